using System.IO.Compression;
using System.Text;
using CooperationGraph.IO;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CooperationGraph.Tests.IO;

/// <summary>What the dataset writer puts in each cell: formula starts guarded in CSV (and unguarded on reading),
/// exact CSV bytes per format, typed workbook cells that are never formulas, and a workbook whose bytes do not depend
/// on the clock.</summary>
public sealed class SpreadsheetWriterMutationTests : IDisposable
{
    private readonly TempDataset folder = TempDataset.Empty();

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("=1+1", "'=1+1")]
    [InlineData("+48 15 123", "'+48 15 123")]
    [InlineData("-2", "'-2")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("'=x", "''=x")]
    [InlineData("''", "'''")]
    [InlineData("'a", "'a")]
    [InlineData("'", "'")]
    [InlineData("", "")]
    [InlineData("a=b", "a=b")]
    [InlineData("x-", "x-")]
    [InlineData("\nx", "\nx")]
    public void A_cell_that_a_spreadsheet_would_read_as_a_formula_gets_one_apostrophe_and_loses_it_on_reading(string text, string guarded)
    {
        Assert.Equal(guarded, SpreadsheetText.Guard(text));
        Assert.Equal(text, SpreadsheetText.Unguard(guarded));
    }

    [Theory]
    [InlineData("'", "'")]
    [InlineData("'a", "'a")]
    [InlineData("''", "'")]
    [InlineData("'-1", "-1")]
    [InlineData("a'=", "a'=")]
    [InlineData("", "")]
    public void Unguard_removes_only_an_apostrophe_before_a_formula_start_or_another_apostrophe(string text, string unguarded) =>
        Assert.Equal(unguarded, SpreadsheetText.Unguard(text));

    [Fact]
    public void Csv_rows_hold_guarded_text_invariant_numbers_words_for_booleans_and_empty_undefined_cells()
    {
        var table = new TableData("t", ["a", "b", "c", "d", "e"],
        [
            ["=1+1", 2.5, true, null, double.NaN],
            ["plain", 1e-17, false, "", "'x"],
        ]);

        Assert.Equal("a;b;c;d;e\n'=1+1;2.5;true;;\nplain;1E-17;false;;'x\n", DatasetWriter.ToCsv(table, ';'));
    }

    [Fact]
    public void Each_csv_format_writes_its_delimiter_and_byte_order_mark()
    {
        var dataset = CooperationDataset.Create([new Institution("i1", "=cmd|' /C calc'!A0", SectorCatalog.Default["OPS"], "Łoniów")]);
        const string Text = "id{0}name{0}sector{0}unit{0}level\ni1{0}'=cmd|' /C calc'!A0{0}OPS{0}Łoniów{0}\n";

        var written = DatasetWriter.SaveFolder(dataset, folder["standard"], null, DatasetLanguage.English, null);
        DatasetWriter.SaveFolder(dataset, folder["excel"], CsvFormat.Excel);

        Assert.Equal([Path.Combine(folder["standard"], "institutions.csv")], written);
        Assert.Equal(Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Text, ",")), File.ReadAllBytes(Path.Combine(folder["standard"], "institutions.csv")));
        Assert.Equal([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(string.Format(System.Globalization.CultureInfo.InvariantCulture, Text, ";"))], File.ReadAllBytes(Path.Combine(folder["excel"], "institutions.csv")));
        Assert.Equal((';', "windows-1250"), (CsvFormat.Windows1250.Delimiter, CsvFormat.Windows1250.Encoding.WebName));
    }

    [Fact]
    public void A_character_the_encoding_cannot_hold_is_refused_with_the_file_and_character_named()
    {
        var dataset = CooperationDataset.Create([new Institution("a", "Управление", SectorCatalog.Default["OPS"])]);
        string target = folder["cp"];

        var refused = Assert.Throws<InvalidOperationException>(() => DatasetWriter.SaveFolder(dataset, target, CsvFormat.Windows1250));

        Assert.Equal($"{Path.Combine(target, "institutions.csv")}: the character 'У' cannot be written in windows-1250; save as UTF-8 instead.", refused.Message);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Folder));
    }

    [Fact]
    public void A_missing_dataset_is_refused_before_anything_is_written()
    {
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => DatasetWriter.SaveFolder(null!, folder["x"], null, DatasetLanguage.English, null)).ParamName);
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => DatasetWriter.SaveWorkbook(null!, folder["x.xlsx"], DatasetLanguage.English, null)).ParamName);
        Assert.Empty(Directory.GetFileSystemEntries(folder.Folder));
    }

    [Fact]
    public void Workbook_cells_are_typed_text_is_never_a_formula_and_sheets_are_numbered_from_one()
    {
        string path = folder["cells.xlsx"];
        DatasetWriter.SaveWorkbook(
        [
            new TableData("first", ["text", "number", "yes", "no", "none", "nan"], [["=1+1", 2.5, true, false, null, double.NaN]]),
            new TableData("second", ["a"], [[" spaced "]]),
        ], path);

        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!;
        var sheets = book.Workbook.Sheets!.Elements<Sheet>().ToArray();
        Assert.Equal([("first", 1u, "rId1"), ("second", 2u, "rId2")], sheets.Select(s => (s.Name!.Value!, s.SheetId!.Value, s.Id!.Value!)));
        var rows = ((WorksheetPart)book.GetPartById("rId1")).Worksheet.Descendants<Row>().ToArray();
        Assert.Equal(2, rows.Length);
        var cells = rows[1].Elements<Cell>().ToArray();
        Assert.Equal(6, cells.Length);
        Assert.Equal((CellValues.InlineString, "=1+1"), (cells[0].DataType!.Value, cells[0].InlineString!.InnerText));
        Assert.Empty(book.WorksheetParts.SelectMany(p => p.Worksheet.Descendants<CellFormula>()));
        Assert.Equal((CellValues.Number, "2.5"), (cells[1].DataType!.Value, cells[1].CellValue!.Text));
        Assert.Equal((CellValues.Boolean, "1"), (cells[2].DataType!.Value, cells[2].CellValue!.Text));
        Assert.Equal((CellValues.Boolean, "0"), (cells[3].DataType!.Value, cells[3].CellValue!.Text));
        Assert.All(cells[4..], c => Assert.Equal((null, null, null), (c.DataType, c.CellValue, c.InlineString)));
        var spaced = ((WorksheetPart)book.GetPartById("rId2")).Worksheet.Descendants<Cell>().Last();
        Assert.Equal(" spaced ", spaced.InlineString!.InnerText);
        Assert.Equal(DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve, spaced.InlineString.GetFirstChild<DocumentFormat.OpenXml.Spreadsheet.Text>()!.Space!.Value);
    }

    [Fact]
    public void Every_part_of_a_written_workbook_carries_the_fixed_time()
    {
        string path = folder["time.xlsx"];
        DatasetWriter.SaveWorkbook(DatasetTemplate.Example, path);

        using var zip = ZipFile.OpenRead(path);
        Assert.True(zip.Entries.Count > 3);
        Assert.All(zip.Entries, e => Assert.Equal(new DateTime(1980, 1, 1), e.LastWriteTime.DateTime));
    }

    [Fact]
    public void A_workbook_is_refused_only_above_the_cap_with_its_size_and_the_cap_in_megabytes()
    {
        var rows = Enumerable.Range(0, 17_000).Select(k => new object?[] { $"A{k}", $"institution {k}", k % 2 == 0 }).ToList();
        void Build(SpreadsheetDocument document) => DatasetWriter.Build(document, [new TableData("participations", ["action_id", "institution_id", "lead"], rows)]);
        string path = folder["cap.xlsx"];
        WorkbookFile.Save(path, Build);
        long unpacked;
        using (var zip = ZipFile.OpenRead(path))
        {
            unpacked = zip.Entries.Sum(e => e.Length);
        }

        Assert.InRange(unpacked, 3L * 1024 * 1024, (4L * 1024 * 1024) - 1);
        WorkbookFile.Save(path, Build, maxUnpackedBytes: unpacked);
        var refused = Assert.Throws<OutputConflictException>(() => WorkbookFile.Save(path, Build, maxUnpackedBytes: unpacked - 1));
        Assert.Equal($"{path}: the workbook would unpack to 3 MB, more than the 3 MB a workbook may hold to be read back; write the tables as CSV files instead", refused.Message);
    }

    [Fact]
    public void A_workbook_into_an_input_is_refused()
    {
        string path = folder["in.xlsx"];
        File.WriteAllText(path, "input");

        Assert.Throws<OutputConflictException>(() => DatasetWriter.SaveWorkbook(DatasetTemplate.Example, path, DatasetLanguage.English, new OutputOptions { Inputs = [path] }));
        Assert.Equal("input", File.ReadAllText(path));
    }
}
