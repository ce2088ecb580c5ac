using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CooperationGraph.IO;

/// <summary>
/// Writes <see cref="TemplateSheet"/>s as an <c>.xlsx</c> workbook: bold frozen headers, text as text cells (never
/// formulas), dates as date cells (built-in format 14, the reader's short date), and Excel data validation lists
/// (warnings, so that Polish synonyms typed by hand are still accepted).
/// </summary>
internal static class TemplateWorkbook
{
    private const uint BoldStyle = 1;
    private const uint DateStyle = 2;
    private const uint WrapStyle = 3;

    public static void Save(string path, IReadOnlyList<TemplateSheet> sheets, int rows, OutputOptions? output = null) =>
        WorkbookFile.Save(path, document => Build(document, sheets, rows), output);

    private static void Build(SpreadsheetDocument document, IReadOnlyList<TemplateSheet> sheets, int rows)
    {
        var workbookPart = WorkbookFile.AddWorkbook(document);
        workbookPart.Workbook = new Workbook();
        var styles = workbookPart.AddNewPart<WorkbookStylesPart>(WorkbookFile.NextId(workbookPart));
        styles.Stylesheet = Stylesheet();
        var list = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var sheet in sheets)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(WorkbookFile.NextId(workbookPart));
            worksheetPart.Worksheet = Worksheet(sheet, rows);
            list.AppendChild(new Sheet
            {
                Id = workbookPart.GetIdOfPart(worksheetPart),
                SheetId = sheetId++,
                Name = sheet.Name,
                State = sheet.Hidden ? SheetStateValues.Hidden : null,
            });
        }

        workbookPart.Workbook.Save();
    }

    /// <summary>A column's letters: 0 → A, 25 → Z, 26 → AA.</summary>
    public static string Column(int index)
    {
        string letters = "";
        for (int i = index + 1; i > 0; i = (i - 1) / 26)
        {
            letters = (char)('A' + ((i - 1) % 26)) + letters;
        }

        return letters;
    }

    private static Worksheet Worksheet(TemplateSheet sheet, int rows)
    {
        var worksheet = new Worksheet();
        if (sheet.Header.Length > 0)
        {
            worksheet.AppendChild(new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }));
        }

        int width = Math.Max(sheet.Header.Length, sheet.Rows.Count == 0 ? 0 : sheet.Rows.Max(r => r.Length));
        if (width > 0)
        {
            var columns = new Columns();
            for (int c = 0; c < width; c++)
            {
                int longest = sheet.Rows.Select(r => c < r.Length ? Text(r[c]).Length : 0).Append(c < sheet.Header.Length ? sheet.Header[c].Length : 0).Max();
                var column = new Column { Min = (uint)(c + 1), Max = (uint)(c + 1), Width = Math.Clamp(longest + 2, 10, sheet.BoldFirstColumn && c > 0 ? 120 : 60), CustomWidth = true };
                if (sheet.DateColumns.Contains(c))
                {
                    column.Style = DateStyle;
                }

                columns.AppendChild(column);
            }

            worksheet.AppendChild(columns);
        }

        var data = new SheetData();
        uint rowIndex = 1;
        if (sheet.Header.Length > 0)
        {
            data.AppendChild(Row(rowIndex++, sheet.Header, sheet, header: true));
        }

        foreach (var row in sheet.Rows)
        {
            data.AppendChild(Row(rowIndex++, row, sheet, header: false));
        }

        worksheet.AppendChild(data);
        if (sheet.Lists.Count > 0)
        {
            var validations = new DataValidations { Count = (uint)sheet.Lists.Count };
            foreach (var (column, range) in sheet.Lists)
            {
                string letters = Column(column);
                validations.AppendChild(new DataValidation
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowInputMessage = true,
                    ShowErrorMessage = true,
                    ErrorStyle = DataValidationErrorStyleValues.Warning,
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letters}2:{letters}{rows + 1}" },
                    Formula1 = new Formula1(range),
                });
            }

            worksheet.AppendChild(validations);
        }

        return worksheet;
    }

    private static Row Row(uint index, IReadOnlyList<object?> cells, TemplateSheet sheet, bool header)
    {
        var row = new Row { RowIndex = index };
        for (int c = 0; c < cells.Count; c++)
        {
            uint? style = header || (sheet.BoldFirstColumn && c == 0) ? BoldStyle : sheet.BoldFirstColumn ? WrapStyle : null;
            var cell = cells[c] switch
            {
                null => null,
                string text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }) },
                DateOnly date => new Cell { CellValue = new CellValue(date.ToDateTime(TimeOnly.MinValue).ToOADate().ToString(CultureInfo.InvariantCulture)), StyleIndex = DateStyle },
                double number when !double.IsFinite(number) => null,
                IFormattable number => new Cell { DataType = CellValues.Number, CellValue = new CellValue(number.ToString(null, CultureInfo.InvariantCulture)) },
                var other => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(other.ToString() ?? "")) },
            };
            if (cell is null)
            {
                continue;
            }

            cell.CellReference = Column(c) + index.ToString(CultureInfo.InvariantCulture);
            if (style is { } s && cell.StyleIndex is null)
            {
                cell.StyleIndex = s;
            }

            row.AppendChild(cell);
        }

        return row;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly => "2019-07-09",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static Stylesheet Stylesheet() => new(
        new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true },
            new CellFormat { NumberFormatId = 14, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top }) { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyAlignment = true }) { Count = 4 });
}
