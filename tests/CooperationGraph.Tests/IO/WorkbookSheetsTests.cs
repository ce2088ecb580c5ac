using CooperationGraph.IO;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// Workbooks written cell by cell (text, numbers, booleans, dates with and without a time, blank rows, sheets named
/// freely) and read as a dataset: sheet row numbers as lines, each cell as text, which sheets are tables, and each
/// refusal with its sheet.
/// </summary>
public sealed class WorkbookSheetsTests : IDisposable
{
    private readonly TempDataset folder = TempDataset.Empty();

    public void Dispose() => folder.Dispose();

    /// <summary>Writes a workbook: each sheet's rows of cells (null for none, an empty row for a blank one).</summary>
    internal static void Write(string path, params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var document = SpreadsheetDocument.Create(path, SpreadsheetDocumentType.Workbook);
        var book = document.AddWorkbookPart();
        book.Workbook = new Workbook();
        var styles = book.AddNewPart<WorkbookStylesPart>();
        styles.Stylesheet = new Stylesheet(
            new Fonts(new Font()) { Count = 1 },
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None })) { Count = 1 },
            new Borders(new Border()) { Count = 1 },
            new CellStyleFormats(new CellFormat()) { Count = 1 },
            new CellFormats(
                new CellFormat(),
                new CellFormat { NumberFormatId = 14, ApplyNumberFormat = true },
                new CellFormat { NumberFormatId = 22, ApplyNumberFormat = true }) { Count = 3 });
        var list = book.Workbook.AppendChild(new Sheets());
        uint id = 1;
        foreach (var (name, rows) in sheets)
        {
            var part = book.AddNewPart<WorksheetPart>();
            var data = new SheetData();
            for (int r = 0; r < rows.Length; r++)
            {
                var row = new Row { RowIndex = (uint)(r + 1) };
                for (int c = 0; c < rows[r].Length; c++)
                {
                    if (rows[r][c] is { } value)
                    {
                        row.Append(Cell(value, $"{(char)('A' + c)}{r + 1}"));
                    }
                }

                data.Append(row);
            }

            part.Worksheet = new Worksheet(data);
            list.Append(new Sheet { Id = book.GetIdOfPart(part), SheetId = id++, Name = name });
        }
    }

    private static Cell Cell(object value, string reference) => value switch
    {
        string text => new Cell(new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text))) { CellReference = reference, DataType = CellValues.InlineString },
        bool flag => new Cell(new CellValue(flag ? "1" : "0")) { CellReference = reference, DataType = CellValues.Boolean },
        DateTime date => new Cell(new CellValue(date.ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture))) { CellReference = reference, StyleIndex = date.TimeOfDay == TimeSpan.Zero ? 1U : 2U },
        _ => new Cell(new CellValue(Convert.ToDouble(value, System.Globalization.CultureInfo.InvariantCulture).ToString("R", System.Globalization.CultureInfo.InvariantCulture))) { CellReference = reference },
    };

    private static (string, object?[][]) Institutions(string name = "institutions") =>
        (name, [["id", "name", "sector"], ["ops", "OPS", "OPS"], ["pcpr", "PCPR", "PCPR"], ["sp", "SP", "SCHOOL"]]);

    private static string[] Printed(string path) =>
        [.. Assert.Throws<DatasetException>(() => DatasetReader.Load(path)).Problems.Select(p => p.ToString().Replace(path, "book.xlsx", StringComparison.Ordinal))];

    [Fact]
    public void Cells_of_every_kind_are_read_as_text_with_rows_numbered_as_in_the_sheet()
    {
        string path = folder["book.xlsx"];
        Write(path,
            ("institutions", [[], ["id", "name", "sector", "flag", "count", "when", "day"], ["ops", "OPS", "OPS", true, 3, new DateTime(2019, 5, 1, 12, 30, 0), new DateTime(2019, 5, 1)], [], ["sp", "SP", "SCHOOL", false, 2.5, null, null]]),
            ("declarations", [["id", "title", "signed_on"], ["d1", "Deklaracja", new DateTime(2018, 9, 14)]]),
            ("signatures", [["declaration_id", "institution_id"], ["d1", "ops"], ["d1", "sp"]]));
        var table = XlsxTableReader.Read(path)[0].Table;
        Assert.Equal((2, $"{path}[institutions]"), (table.HeaderLine, table.Label));
        Assert.Equal([3, 5], table.Rows.Select(r => r.Line));
        Assert.Equal(["ops", "OPS", "OPS", "true", "3", "2019-05-01 12:30:00", "2019-05-01"], table.Rows[0].Fields);
        Assert.Equal(["sp", "SP", "SCHOOL", "false", "2.5", "", ""], table.Rows[1].Fields);

        var dataset = DatasetReader.Load(path);
        Assert.Equal(new DateOnly(2018, 9, 14), dataset.GetDeclaration("d1").SignedOn);
        Assert.Equal("true", dataset.GetInstitution("ops").Attributes["flag"]);
    }

    [Fact]
    public void A_problem_is_located_at_its_sheet_and_row()
    {
        string path = folder["book.xlsx"];
        Write(path, Institutions(), ("actions.csv", [["id", "title", "kind", "date"], [], ["a1", "Spotkanie", "spotkanko", "2018-10-01"]]), ("participations", [["action_id", "institution_id"], ["a1", "ops"]]));
        Assert.Equal(["book.xlsx[actions.csv]:3: unknown kind 'spotkanko'; did you mean 'meeting'?"], Printed(path));
    }

    [Fact]
    public void An_unknown_sheet_with_data_is_refused_and_an_empty_one_skipped()
    {
        string path = folder["book.xlsx"];
        Write(path, Institutions(), ("Arkusz1", []), ("tiez", [["source", "target"], ["ops", "sp"]]));
        Assert.Equal(["book.xlsx[tiez]: is not a table of the dataset format; did you mean 'ties'? (prefix the name with '_' to keep it out of the dataset)"], Printed(path));
    }

    [Fact]
    public void Four_unknown_sheets_are_three_lines_and_a_count()
    {
        string path = folder["book.xlsx"];
        object?[][] rows = [["x"], ["1"]];
        Write(path, Institutions(), ("qqqqqqqqqqqq1", rows), ("qqqqqqqqqqqq2", rows), ("qqqqqqqqqqqq3", rows), ("qqqqqqqqqqqq4", rows));
        var printed = Printed(path);
        Assert.Equal(4, printed.Length);
        Assert.Equal("book.xlsx: and 1 more files or sheets of unknown names", printed[3]);
    }

    [Fact]
    public void An_empty_sheet_of_a_table_is_refused_and_its_references_counted()
    {
        string path = folder["book.xlsx"];
        Write(path, Institutions(), ("actions", [[], [null, ""]]), ("participations", [["action_id", "institution_id"], ["a1", "ops"]]));
        Assert.Equal(
        [
            "book.xlsx[actions]: is empty; it needs at least a header row",
            "book.xlsx[actions]: 1 reference into this table (from participations) could not be checked because it could not be read; fix the problems above first",
        ], Printed(path));
        var error = Assert.Throws<DatasetException>(() => XlsxTableReader.Read(path));
        Assert.Equal("book.xlsx[actions]: is empty; it needs at least a header row", Assert.Single(error.Problems).ToString().Replace(path, "book.xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public void A_second_sheet_for_a_table_is_refused()
    {
        string path = folder["book.xlsx"];
        Write(path, Institutions(), Institutions("instytucje"));
        Assert.Equal(["book.xlsx[instytucje]: a second sheet for table 'institutions'"], Printed(path));
    }

    [Fact]
    public void A_missing_table_of_a_workbook_is_named_as_a_sheet()
    {
        string path = folder["book.xlsx"];
        Write(path, ("actions", [["id", "title", "kind", "date"], ["a1", "Spotkanie", "meeting", "2018-10-01"]]));
        Assert.Equal(
        [
            "book.xlsx: sheet 'institutions' is missing; every dataset needs it, with columns id,name,sector",
            "book.xlsx: sheet 'actions' is given but sheet 'participations' is missing; the two go together",
        ], Printed(path));
    }
}
