using System.Globalization;
using System.IO.Compression;
using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// How far a sheet may reach: the reader returns every row and column up to a sheet's last cell, empty or not, so one
/// cell far away in a file of a few hundred bytes asked for billions of fields (at ZZZZZZ1, 321 million in one row, a
/// 2.5 GB array per row). A cell beyond XFD, the last column of an .xlsx sheet, is refused by name; a sheet spanning more
/// than <see cref="WorkbookSpan.MaxCells"/> cells (rows times columns) is refused before it is visited. Each sheet is
/// counted as ExcelDataReader 3.6 counts it (its rows, references and parts; see <see cref="WorkbookSpan"/>'s remarks):
/// every way the two counts could differ let a sheet through, so the cases below hold the check to the reader, each with
/// the reader's own result beside the refusal.
/// </summary>
public sealed class WorkbookSpanTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cg-workbook-span-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    /// <summary>A workbook of one sheet <c>institutions</c>: <c>id</c> in A1 and <c>x</c> in <paramref name="cell"/>.</summary>
    private string Book(string cell)
    {
        string row = System.Text.RegularExpressions.Regex.Match(cell, "[0-9]+").Value;
        return Book(cell, $"<row r=\"1\">{Cell("id", "A1")}</row><row r=\"{row}\">{Cell("x", cell)}</row>");
    }

    /// <summary>An inline text cell, with the reference <paramref name="r"/> or none.</summary>
    private static string Cell(string text, string? r = null) => $"<c{(r is null ? "" : $" r=\"{r}\"")} t=\"inlineStr\"><is><t>{text}</t></is></c>";

    /// <summary>A workbook of the <paramref name="sheets"/> (one, <c>institutions</c>) whose part's <c>sheetData</c> holds <paramref name="sheetData"/>,
    /// with <paramref name="before"/> and <paramref name="after"/> it in the worksheet; the workbook's relationship points
    /// at <paramref name="target"/>, the part is stored as <paramref name="part"/>, and <paramref name="extra"/> parts are
    /// added as they are.</summary>
    private string Book(string name, string sheetData, string target = "worksheets/sheet1.xml", string part = "xl/worksheets/sheet1.xml",
        string sheets = "<sheet name=\"institutions\" sheetId=\"1\" r:id=\"rId1\"/>", string relationshipId = " Id=\"rId1\"", string before = "", string after = "", params (string Name, string Text)[] extra)
    {
        const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
        string path = Path.Combine(root, name + ".xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string entryName, string text)
        {
            using var entry = zip.CreateEntry(entryName).Open();
            entry.Write(Encoding.UTF8.GetBytes(text));
        }

        Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Add("_rels/.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Add("xl/workbook.xml", $"<?xml version=\"1.0\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>{sheets}</sheets></workbook>");
        Add("xl/_rels/workbook.xml.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"{Relationships}\"><Relationship{relationshipId} Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"{target}\"/></Relationships>");
        Add(part, $"<?xml version=\"1.0\"?><worksheet xmlns=\"{Main}\">{before}<sheetData>{sheetData}</sheetData>{after}</worksheet>");
        foreach (var (entryName, text) in extra)
        {
            Add(entryName, text);
        }

        return path;
    }

    private static string Refused(Func<object> read) => Assert.Single(Assert.Throws<DatasetException>(read).Problems).ToString();

    /// <summary>The refusal of a sheet of <paramref name="path"/> with a cell in column <paramref name="letters"/>.</summary>
    private static string TooWide(string path, string letters, string sheet = "institutions") =>
        $"{path}[{sheet}]: has a cell in column {letters}, beyond the 16384 columns an .xlsx sheet can hold";

    /// <summary>The refusal of a sheet of <paramref name="path"/> spanning more than <paramref name="cells"/> cells.</summary>
    private static string TooLarge(string path, long cells) =>
        $"{path}[institutions]: spans more than {cells} cells (its rows times its columns up to the last cell), more than this tool accepts; save large data as CSV files";

    [Fact]
    public void A_cell_in_the_last_column_xfd_is_read_and_one_beyond_it_is_refused_by_its_column()
    {
        var table = XlsxTableReader.Read(Book("XFD3"))[0].Table;
        Assert.Equal(16_384, table.Header.Length);
        Assert.Equal("x", table.Rows.Single().Fields[^1]);

        string path = Book("XFE3");
        Assert.Equal(TooWide(path, "XFE"), Refused(() => XlsxTableReader.Read(path)));
    }

    [Fact]
    public void A_cell_at_zzzzzz1_is_refused_before_its_row_is_read_in_english_and_polish()
    {
        string path = Book("ZZZZZZ1");
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal(TooWide(path, "ZZZZZZ"), Refused(() => XlsxTableReader.Read(path)));
        Assert.True(GC.GetAllocatedBytesForCurrentThread() - before < 100_000_000, "no row of 321 million fields is made");
        Assert.Equal($"{path}[institutions]: ma komórkę w kolumnie ZZZZZZ, poza 16384 kolumnami, które mieści arkusz .xlsx",
            UiCulture.In(CultureInfo.GetCultureInfo("pl-PL"), () => Refused(() => XlsxTableReader.Read(path))));
    }

    [Fact]
    public void A_sheet_of_exactly_the_cell_cap_is_read_and_one_row_more_is_refused()
    {
        // Columns A and B: rows 1 to 5 are 10 cells, row 6 the 11th and 12th. The empty rows 2 to 4 are skipped.
        var table = XlsxTableReader.ReadSheets(Book("B5"), maxCells: 10)[0].Table!;
        Assert.Equal(["id", ""], table.Header);
        Assert.Equal(5, table.Rows.Single().Line);
        Assert.Equal(["", "x"], table.Rows.Single().Fields);
        string path = Book("B6");
        Assert.Equal(TooLarge(path, 10), Refused(() => XlsxTableReader.ReadSheets(path, maxCells: 10)));
    }

    [Fact]
    public void One_cell_at_xfd1048576_is_refused_after_at_most_the_cap_of_cells()
    {
        string path = Book("XFD1048576");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal(TooLarge(path, 50000000), Refused(() => XlsxTableReader.Read(path)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"refused after {watch.Elapsed}");
    }

    [Fact]
    public void A_row_sixty_million_down_is_refused_as_too_many_cells_and_a_dimension_past_xfd_is_read_as_the_reader_reads_it_not_at_all()
    {
        string deep = Book("A60000000");
        Assert.Equal(TooLarge(deep, 50000000), Refused(() => XlsxTableReader.Read(deep)));

        // The reader sizes a sheet by its rows and cells, never by the dimension element.
        string wide = Book("dimension", $"<row r=\"1\">{Cell("id", "A1")}{Cell("n", "B1")}</row>", before: "<dimension ref=\"A1:XFE1048576\"/>");
        Assert.Equal(["id", "n"], XlsxTableReader.ReadSheets(wide, maxCells: 2)[0].Table!.Header);
    }

    /// <summary>A first row of twelve cells, each with the reference <paramref name="reference"/>.</summary>
    [Theory]
    [InlineData("1")]
    [InlineData("7")]
    [InlineData("A")]
    [InlineData("b1")]
    [InlineData("A-1")]
    [InlineData("A1x")]
    [InlineData("A 1")]
    [InlineData("A99999999999")]
    [InlineData("")]
    [InlineData(null)]
    public void A_reference_the_reader_does_not_take_puts_the_cell_in_the_next_column_and_counts_there(string? reference)
    {
        string row = $"<row r=\"1\">{string.Concat(Enumerable.Range(1, 12).Select(i => Cell("v" + i, reference)))}</row>";
        string path = Book("refs", row);
        Assert.Equal([.. Enumerable.Range(1, 12).Select(i => "v" + i)], XlsxTableReader.ReadSheets(path, maxCells: 12)[0].Table!.Header);
        Assert.Equal(TooLarge(path, 11), Refused(() => XlsxTableReader.ReadSheets(path, maxCells: 11)));
    }

    [Fact]
    public void A_reference_after_references_the_reader_does_not_take_counts_from_its_own_column()
    {
        // A1, C1, then "1" (the next: D), E1 and one without a reference (F): six columns; two rows of them, 12 cells.
        string path = Book("mixed", $"<row r=\"1\">{Cell("a", "A1")}{Cell("c", "C1")}{Cell("d", "1")}{Cell("e", "E1")}{Cell("f")}</row><row>{Cell("x", "B2")}</row>");
        var table = XlsxTableReader.ReadSheets(path, maxCells: 12)[0].Table!;
        Assert.Equal(["a", "", "c", "d", "e", "f"], table.Header);
        Assert.Equal(["", "x", "", "", "", ""], table.Rows.Single().Fields);
        Assert.Equal(TooLarge(path, 11), Refused(() => XlsxTableReader.ReadSheets(path, maxCells: 11)));
    }

    /// <summary>Rows of two cells without references, their <c>r</c> given as <paramref name="numbers"/> (blank: none).</summary>
    [Theory]
    [InlineData(",,,,,")]
    [InlineData("1,,,,,")]
    [InlineData("1,2,2,2,2,2")]
    [InlineData("1, 6")]
    [InlineData("1,+6")]
    [InlineData("1,x,,,,")]
    [InlineData("3,1,1,1")]
    [InlineData("1,-4,,,,")]
    public void Rows_count_as_the_reader_returns_them_numbered_or_following_the_row_before(string numbers)
    {
        // Each case is six rows to the reader: twelve cells.
        string sheet = string.Concat(numbers.Split(',').Select((r, i) => $"<row{(r.Length == 0 ? "" : $" r=\"{r}\"")}>{Cell("a" + i)}{Cell("b" + i)}</row>"));
        string path = Book("rows", sheet);
        Assert.NotNull(XlsxTableReader.ReadSheets(path, maxCells: 12)[0].Table);
        Assert.Equal(TooLarge(path, 11), Refused(() => XlsxTableReader.ReadSheets(path, maxCells: 11)));
    }

    [Fact]
    public void A_row_numbered_with_spaces_is_placed_where_the_reader_puts_it()
    {
        var table = XlsxTableReader.ReadSheets(Book("spaced", $"<row r=\"1\">{Cell("id")}</row><row r=\" 6 \">{Cell("x")}</row>"), maxCells: 6)[0].Table!;
        Assert.Equal(6, table.Rows.Single().Line);
    }

    [Fact]
    public void A_row_of_16385_cells_without_references_is_refused_by_column_xfe()
    {
        string path = Book("wide", $"<row>{string.Concat(Enumerable.Repeat(Cell("v"), 16_384))}</row>");
        Assert.Equal(16_384, XlsxTableReader.Read(path)[0].Table.Header.Length);
        path = Book("wider", $"<row>{string.Concat(Enumerable.Repeat(Cell("v"), 16_385))}</row>");
        Assert.Equal(TooWide(path, "XFE"), Refused(() => XlsxTableReader.Read(path)));
    }

    [Theory]
    [InlineData("AAAA1", "AAAA")]
    [InlineData("MWLQLAR1", "MWLQLAR")]
    [InlineData("FXSHRXW1", "FXSHRXW")]
    public void A_column_of_four_letters_or_more_is_refused_by_its_letters_even_where_an_int_would_wrap_to_a_small_one(string cell, string letters)
    {
        // MWLQLAR adds up past the int range to 100 (the reader's own sum), FXSHRXW to int.MaxValue.
        string path = Book(cell);
        Assert.Equal(TooWide(path, letters), Refused(() => XlsxTableReader.Read(path)));
    }

    /// <summary>The sheet's part where the reader finds it: the relationship's target under <c>xl/</c>, or a target that
    /// starts <c>/xl/</c> as it is; the part's name compared without case and with <c>\</c> read as <c>/</c>.</summary>
    [Theory]
    [InlineData("data/one.xml", "xl/data/one.xml")]
    [InlineData("/xl/data/one.xml", "xl/data/one.xml")]
    [InlineData("/XL/data/one.xml", "xl/data/one.xml")]
    [InlineData("worksheets/sheet1.xml", "XL/Worksheets/Sheet1.XML")]
    [InlineData("worksheets/sheet1.xml", "xl\\worksheets\\sheet1.xml")]
    [InlineData("../one.xml", "xl/../one.xml")]
    public void A_sheet_is_checked_in_the_part_the_reader_opens_wherever_it_lies(string target, string part)
    {
        string path = Book("far", $"<row r=\"1\">{Cell("id", "A1")}{Cell("x", "ZZZZZZ1")}</row>", target, part);
        Assert.Equal(TooWide(path, "ZZZZZZ"), Refused(() => XlsxTableReader.Read(path)));
    }

    [Fact]
    public void A_sheet_without_a_relationship_id_opens_the_relationship_without_one_and_is_checked()
    {
        string path = Book("unnamed", $"<row r=\"1\">{Cell("id", "A1")}{Cell("x", "ZZZZZZ1")}</row>", sheets: "<sheet name=\"institutions\" sheetId=\"1\"/>", relationshipId: "");
        Assert.Equal(TooWide(path, "ZZZZZZ"), Refused(() => XlsxTableReader.Read(path)));
    }

    [Fact]
    public void Parts_no_sheet_opens_and_rows_or_cells_the_reader_skips_move_nothing()
    {
        string far = $"<worksheet xmlns=\"{Main}\"><sheetData><row r=\"60000000\">{Cell("x", "ZZZZZZ1")}</row></sheetData></worksheet>";
        string skipped = $"<row r=\"1\">{Cell("id", "A1")}<x:c xmlns:x=\"urn:other\" r=\"XFE1\"/><extLst><c r=\"ZZZ1\"/></extLst></row>"
            + $"<x:row xmlns:x=\"urn:other\" r=\"60000000\"/><extLst><row r=\"60000000\"><c r=\"ZZZ1\"/></row></extLst>";
        string path = Book("quiet", skipped, after: $"<extLst><row r=\"60000000\"><c r=\"ZZZ1\"/></row></extLst>",
            extra: [("xl/worksheets/sheet2.xml", far), ("customXml/item1.xml", far)]);
        var table = XlsxTableReader.ReadSheets(path, maxCells: 1)[0].Table!;
        Assert.Equal(["id"], table.Header);
        Assert.Empty(table.Rows);
    }

    [Fact]
    public void A_relationship_with_an_empty_id_is_not_opened_by_a_sheet_without_one()
    {
        string path = Book("empty-id", $"<row r=\"1\">{Cell("x", "ZZZZZZ1")}</row>", sheets: "<sheet name=\"institutions\" sheetId=\"1\"/>", relationshipId: " Id=\"\"");
        Assert.Null(Assert.Single(XlsxTableReader.ReadSheets(path)).Table);
    }

    [Fact]
    public void A_sheet_named_twice_is_checked_under_the_first_name()
    {
        string path = Book("twice", $"<row r=\"1\">{Cell("id", "A1")}{Cell("x", "ZZZZZZ1")}</row>",
            sheets: "<sheet name=\"first\" sheetId=\"1\" r:id=\"rId1\"/><sheet name=\"second\" sheetId=\"2\" r:id=\"rId1\"/>");
        Assert.Equal(TooWide(path, "ZZZZZZ", "first"), Refused(() => XlsxTableReader.Read(path)));
    }

    [Fact]
    public void A_sheet_whose_part_is_missing_is_read_empty_as_the_reader_reads_it()
    {
        string path = Book("missing", $"<row r=\"1\">{Cell("x", "ZZZZZZ1")}</row>", part: "xl/worksheets/elsewhere.xml");
        var sheet = Assert.Single(XlsxTableReader.ReadSheets(path));
        Assert.Equal("institutions", sheet.Sheet);
        Assert.Null(sheet.Table);
    }

    [Fact]
    public void A_foreign_row_inside_a_row_does_not_restart_its_columns()
    {
        string path = Book("nested", $"<row r=\"1\"><c r=\"XFD1\"/><x:row xmlns:x=\"urn:other\"/><c/></row>");
        Assert.Equal(TooWide(path, "XFE"), Refused(() => XlsxTableReader.Read(path)));
    }
}
