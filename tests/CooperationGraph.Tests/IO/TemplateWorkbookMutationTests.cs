using CooperationGraph.IO;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CooperationGraph.Tests.IO;

/// <summary>The template workbook's layout, checked cell by cell: sheet order and ids, the hidden lists sheet, frozen
/// headers, column widths, styles, the validations' ranges and flags, the answers list, the model line, the rows option.</summary>
public sealed class TemplateWorkbookMutationTests : IDisposable
{
    private readonly TempDataset folder = TempDataset.Empty();

    public void Dispose() => folder.Dispose();

    private string Save(TemplateOptions? options = null)
    {
        string path = folder[$"t{Guid.NewGuid():N}.xlsx"];
        DatasetTemplate.Save(path, options);
        return path;
    }

    private static Worksheet Sheet(SpreadsheetDocument document, string name)
    {
        var book = document.WorkbookPart!;
        var sheet = book.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == name);
        return ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
    }

    private static Cell At(Worksheet sheet, string reference) => sheet.Descendants<Cell>().Single(c => c.CellReference == reference);

    private static double[] Widths(Worksheet sheet) => [.. sheet.Descendants<Column>().Select(c => c.Width!.Value)];

    [Theory]
    [InlineData(0, "A")]
    [InlineData(1, "B")]
    [InlineData(25, "Z")]
    [InlineData(26, "AA")]
    [InlineData(27, "AB")]
    [InlineData(51, "AZ")]
    [InlineData(52, "BA")]
    [InlineData(701, "ZZ")]
    [InlineData(702, "AAA")]
    [InlineData(16_383, "XFD")]
    [InlineData(321_272_405, "ZZZZZZ")]
    public void A_column_index_becomes_its_letters(int index, string letters) =>
        Assert.Equal(letters, TemplateWorkbook.Column(index));

    [Fact]
    public void Fewer_than_one_row_is_refused_and_one_row_gets_ranges_of_one_cell()
    {
        var refused = Assert.Throws<ArgumentException>(() => DatasetTemplate.Save(folder["zero.xlsx"], new TemplateOptions { Rows = 0 }));
        Assert.Equal("TemplateOptions.Rows must be at least 1. (Parameter 'options')", refused.Message);
        Assert.False(File.Exists(folder["zero.xlsx"]));

        var book = DatasetTemplateTests.Open(Save(new TemplateOptions { Rows = 1 }));
        Assert.Equal("'actions'!$A$2:$A$2", book["participations"].Lists["A2"]);
        Assert.Equal(["A2:A2", "B2:B2", "C2:C2"], book["participations"].Sheet.Descendants<DataValidation>().Select(v => v.SequenceOfReferences!.InnerText));
    }

    [Fact]
    public void The_sheets_come_in_filling_order_numbered_from_one_with_only_the_lists_hidden()
    {
        using var document = SpreadsheetDocument.Open(Save(), false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().ToArray();

        Assert.Equal(["instructions", "institutions", "sectors", "declarations", "signatures", "actions", "participations", "ties", "beneficiaries", "survey", "respondents", "_lists"], sheets.Select(s => s.Name!.Value));
        Assert.Equal(Enumerable.Range(1, 12).Select(k => (uint)k), sheets.Select(s => s.SheetId!.Value));
        Assert.Equal(Enumerable.Range(2, 12).Select(k => $"rId{k}"), sheets.Select(s => s.Id!.Value));
        Assert.Equal([.. Enumerable.Repeat<SheetStateValues?>(null, 11), SheetStateValues.Hidden], sheets.Select(s => s.State?.Value));
    }

    [Fact]
    public void Table_sheets_freeze_their_header_and_the_instructions_have_no_header_row_or_validations()
    {
        using var document = SpreadsheetDocument.Open(Save(), false);
        var pane = Sheet(document, "institutions").Descendants<Pane>().Single();
        Assert.Equal(("A2", 1.0, PaneStateValues.Frozen, PaneValues.BottomLeft), (pane.TopLeftCell!.Value, pane.VerticalSplit!.Value, pane.State!.Value, pane.ActivePane!.Value));
        var instructions = Sheet(document, "instructions");
        Assert.Empty(instructions.Descendants<SheetViews>());
        Assert.Empty(instructions.Descendants<DataValidations>());
        Assert.Equal((1u, "A1", "CooperationGraph dataset template"), (instructions.Descendants<Row>().First().RowIndex!.Value, instructions.Descendants<Cell>().First().CellReference!.Value, instructions.Descendants<Cell>().First().InnerText));
        Assert.Equal([1u, 2u, 3u], Sheet(document, "institutions").Descendants<Row>().Select(r => r.RowIndex!.Value));
    }

    [Fact]
    public void Each_drop_down_warns_allows_blanks_shows_its_messages_and_spans_the_rows_asked()
    {
        using var document = SpreadsheetDocument.Open(Save(new TemplateOptions { Rows = 500 }), false);
        var validations = Sheet(document, "participations").Descendants<DataValidations>().Single();

        Assert.Equal(3u, validations.Count!.Value);
        Assert.Equal(["A2:A501", "B2:B501", "C2:C501"], validations.Elements<DataValidation>().Select(v => v.SequenceOfReferences!.InnerText));
        Assert.All(validations.Elements<DataValidation>(), v => Assert.Equal(
            (DataValidationValues.List, true, true, true, DataValidationErrorStyleValues.Warning),
            (v.Type!.Value, v.AllowBlank!.Value, v.ShowInputMessage!.Value, v.ShowErrorMessage!.Value, v.ErrorStyle!.Value)));
    }

    [Fact]
    public void Columns_are_as_wide_as_their_longest_text_plus_two_within_ten_and_sixty_or_one_hundred_twenty()
    {
        using var document = SpreadsheetDocument.Open(Save(), false);

        // id: PCPR_SANDOMIERZ (15); name: "Powiatowe Centrum Pomocy Rodzinie w Sandomierzu" (47); sector: "OPS (municipal social
        // assistance centre)" (40); unit: "powiat sandomierski" (19); level: "powiat" (6, at least 10); short_name: "PCPR Sandomierz" (15).
        Assert.Equal([17, 49, 42, 21, 10, 17], Widths(Sheet(document, "institutions")));
        // id, title (51 letters), signed_on: a date counts as 10 letters.
        Assert.Equal([11, 53, 12, 13], Widths(Sheet(document, "declarations")));
        // The instructions: the title "CooperationGraph dataset template" (33), the explanations past 118.
        Assert.Equal([35, 120], Widths(Sheet(document, "instructions")));
        Assert.Equal([1u, 2u, 3u, 4u], Sheet(document, "declarations").Descendants<Column>().Select(c => c.Min!.Value));
        Assert.Equal(Sheet(document, "declarations").Descendants<Column>().Select(c => c.Min!.Value), Sheet(document, "declarations").Descendants<Column>().Select(c => c.Max!.Value));
    }

    [Fact]
    public void A_bold_first_column_stops_at_sixty_and_the_others_at_one_hundred_twenty_as_every_column_of_a_plain_sheet_at_sixty()
    {
        string path = folder["sheets.xlsx"];
        var notes = new TemplateSheet("notes", [], [[new string('x', 100), new string('y', 200)], ["short"]], [], []) { BoldFirstColumn = true };
        var plain = new TemplateSheet("plain", ["h", "date"], [[new string('x', 100), new DateOnly(2020, 1, 2), double.NaN, 7], [" spaced "]], [1], []);

        TemplateWorkbook.Save(path, [notes, plain], 5);

        using var document = SpreadsheetDocument.Open(path, false);
        Assert.Equal([60, 120], Widths(Sheet(document, "notes")));
        var sheet = Sheet(document, "plain");
        Assert.Equal([60, 12, 10, 10], Widths(sheet));
        Assert.Equal([null, 2u, null, null], sheet.Descendants<Column>().Select(c => c.Style?.Value));
        Assert.Equal(["A2", "B2", "D2"], sheet.Descendants<Row>().ElementAt(1).Elements<Cell>().Select(c => c.CellReference!.Value));
        var spaced = At(sheet, "A3").InlineString!.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>()!;
        Assert.Equal((" spaced ", DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve), (spaced.Text, spaced.Space!.Value));
        var date = At(sheet, "B2");
        Assert.Equal((null, "43832", 2u), (date.DataType?.Value, date.CellValue!.Text, date.StyleIndex!.Value));
        Assert.Equal((CellValues.Number, "7"), (At(sheet, "D2").DataType!.Value, At(sheet, "D2").CellValue!.Text));
        Assert.Empty(sheet.Descendants<DataValidations>());
    }

    [Fact]
    public void Headers_and_the_instructions_first_column_are_bold_their_text_wraps_and_data_cells_have_no_style()
    {
        string path = Save();
        using var document = SpreadsheetDocument.Open(path, false);
        var institutions = Sheet(document, "institutions");
        var instructions = Sheet(document, "instructions");

        Assert.All(institutions.Descendants<Row>().First().Elements<Cell>(), c => Assert.Equal(1u, c.StyleIndex!.Value));
        Assert.Null(At(institutions, "A2").StyleIndex);
        Assert.Equal(2u, At(Sheet(document, "declarations"), "C2").StyleIndex!.Value);
        Assert.Equal(1u, At(instructions, "A1").StyleIndex!.Value);
        var intro = instructions.Descendants<Cell>().First(c => c.CellReference == "B2");
        Assert.Equal(3u, intro.StyleIndex!.Value);

        var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();
        Assert.Equal(4, formats.Length);
        Assert.Equal((1u, true), (formats[1].FontId!.Value, formats[1].ApplyFont!.Value));
        Assert.Equal((14u, true), (formats[2].NumberFormatId!.Value, formats[2].ApplyNumberFormat!.Value));
        Assert.Equal((true, true), (formats[3].Alignment!.WrapText!.Value, formats[3].ApplyAlignment!.Value));
        var fonts = document.WorkbookPart.WorkbookStylesPart.Stylesheet.Fonts!.Elements<Font>().ToArray();
        Assert.Equal(["Calibri", "Calibri"], fonts.Select(f => f.GetFirstChild<FontName>()!.Val!.Value));
        Assert.NotNull(fonts[1].GetFirstChild<Bold>());
    }

    [Theory]
    [InlineData(DatasetLanguage.English, "institutions", "OPS (municipal social assistance centre)", "respondents", "true", "false", "_lists")]
    [InlineData(DatasetLanguage.Polish, "instytucje", "OPS (Ośrodek Pomocy Społecznej)", "respondenci", "tak", "nie", "_listy")]
    public void The_example_sector_is_its_drop_down_entry_and_the_answers_list_holds_yes_and_no(DatasetLanguage language, string institutions, string sector, string respondents, string yes, string no, string lists)
    {
        var book = DatasetTemplateTests.Open(Save(new TemplateOptions { Language = language, Rows = 20 }));

        Assert.Equal(sector, book[institutions].Rows[1][2]);
        Assert.Equal($"'{lists}'!$H$2:$H$3", book[respondents].Lists["B2"]);
        Assert.Equal([yes, no], book[lists].Rows.Skip(1).Take(2).Select(r => r[7]));
        Assert.Equal("", book[lists].Rows[3].ElementAtOrDefault(7) ?? "");
    }

    [Fact]
    public void The_instructions_name_the_models_sectors_and_links()
    {
        var model = new CooperationModel("m", [SectorCatalog.Default["OPS"], SectorCatalog.Default["PUP"]], [new SectorPair(SectorCatalog.Default["OPS"], SectorCatalog.Default["PUP"]), new SectorPair(SectorCatalog.Default["OPS"], SectorCatalog.Default["PCPR"])]);

        var lines = DatasetTemplateTests.Open(Save(new TemplateOptions { Model = model }))["instructions"].Rows;

        Assert.Equal(["", "The model 'm' requires the sectors OPS, PUP, PCPR and the links OPS–PUP, OPS–PCPR."], lines[4]);
    }

    [Fact]
    public void The_worked_example_gives_both_institutions_their_short_names()
    {
        Assert.Equal(["OPS Łoniów", "PCPR Sandomierz"], DatasetTemplate.Example.Institutions.Select(i => i.ShortName));
    }
}
