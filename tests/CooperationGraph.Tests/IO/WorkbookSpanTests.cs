using System.Globalization;
using System.IO.Compression;
using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// How far a sheet may reach: the reader returns every row and column up to a sheet's last cell, empty or not, so one
/// cell far away in a file of a few hundred bytes asked for billions of fields (at ZZZZZZ1, 321 million in one row, a
/// 2.5 GB array per row). A cell beyond XFD, the last column of an .xlsx sheet, is refused by name; a sheet spanning more
/// than <see cref="WorkbookSpan.MaxCells"/> cells (rows times columns) is refused before it is visited.
/// </summary>
public sealed class WorkbookSpanTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cg-workbook-span-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    /// <summary>A workbook of one sheet <c>institutions</c>: <c>id</c> in A1 and <c>x</c> in <paramref name="cell"/>.</summary>
    private string Book(string cell)
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
        string path = Path.Combine(root, cell + ".xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Add(string name, string text)
        {
            using var entry = zip.CreateEntry(name).Open();
            entry.Write(Encoding.UTF8.GetBytes(text));
        }

        Add("[Content_Types].xml", "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>");
        Add("_rels/.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        Add("xl/workbook.xml", $"<?xml version=\"1.0\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"institutions\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        Add("xl/_rels/workbook.xml.rels", $"<?xml version=\"1.0\"?><Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>");
        string row = System.Text.RegularExpressions.Regex.Match(cell, "[0-9]+").Value;
        Add("xl/worksheets/sheet1.xml", $"<?xml version=\"1.0\"?><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row><row r=\"{row}\"><c r=\"{cell}\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData></worksheet>");
        return path;
    }

    private static string Refused(Func<object> read) => Assert.Single(Assert.Throws<DatasetException>(read).Problems).ToString();

    [Fact]
    public void A_cell_in_the_last_column_xfd_is_read_and_one_beyond_it_is_refused_by_its_column()
    {
        var table = XlsxTableReader.Read(Book("XFD3"))[0].Table;
        Assert.Equal(16_384, table.Header.Length);
        Assert.Equal("x", table.Rows.Single().Fields[^1]);

        string path = Book("XFE3");
        Assert.Equal($"{path}[institutions]: has a cell in column XFE, beyond the 16384 columns an .xlsx sheet can hold", Refused(() => XlsxTableReader.Read(path)));
    }

    [Fact]
    public void A_cell_at_zzzzzz1_is_refused_before_its_row_is_read_in_english_and_polish()
    {
        string path = Book("ZZZZZZ1");
        long before = GC.GetAllocatedBytesForCurrentThread();
        Assert.Equal($"{path}[institutions]: has a cell in column ZZZZZZ, beyond the 16384 columns an .xlsx sheet can hold", Refused(() => XlsxTableReader.Read(path)));
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
        Assert.Equal($"{path}[institutions]: spans more than 10 cells (its rows times its columns up to the last cell), more than this tool accepts; save large data as CSV files",
            Refused(() => XlsxTableReader.ReadSheets(path, maxCells: 10)));
    }

    [Fact]
    public void One_cell_at_xfd1048576_is_refused_after_at_most_the_cap_of_cells()
    {
        string path = Book("XFD1048576");
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Equal($"{path}[institutions]: spans more than 50000000 cells (its rows times its columns up to the last cell), more than this tool accepts; save large data as CSV files",
            Refused(() => XlsxTableReader.Read(path)));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"refused after {watch.Elapsed}");
    }

    [Fact]
    public void A_row_sixty_million_down_is_refused_as_too_many_cells_and_a_dimension_past_xfd_by_its_column()
    {
        string deep = Book("A60000000");
        Assert.Equal($"{deep}[institutions]: spans more than 50000000 cells (its rows times its columns up to the last cell), more than this tool accepts; save large data as CSV files",
            Refused(() => XlsxTableReader.Read(deep)));

        string wide = Book("B2");
        using (var zip = ZipFile.Open(wide, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("xl/worksheets/sheet1.xml")!;
            string text;
            using (var reader = new StreamReader(entry.Open()))
            {
                text = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("xl/worksheets/sheet1.xml").Open());
            writer.Write(text.Replace("<sheetData>", "<dimension ref=\"A1:XFE2\"/><sheetData>", StringComparison.Ordinal));
        }

        Assert.Equal($"{wide}[institutions]: has a cell in column XFE, beyond the 16384 columns an .xlsx sheet can hold", Refused(() => XlsxTableReader.Read(wide)));
    }
}
