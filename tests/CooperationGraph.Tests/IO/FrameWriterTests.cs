using System.Globalization;
using CooperationGraph.IO;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Tests.IO;

/// <summary>The one writer of frames keeps the guarantees of every CSV and workbook we write.</summary>
public sealed class FrameWriterTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "cg-frames-" + Guid.NewGuid().ToString("N"));

    public FrameWriterTests() => Directory.CreateDirectory(folder);

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private static DataFrame Hostile() => new(
        new StringDataFrameColumn("name", ["=HYPERLINK(\"x\")", "+1", "OPS, \"Łoniów\"", null]),
        new DoubleDataFrameColumn("value", [0.1 + 0.2, null, 1e-300, 1234567.5]),
        new BooleanDataFrameColumn("declared", [true, false, null, true]),
        new Int32DataFrameColumn("count", [1, -2, null, 4]));

    [Fact]
    public void Csv_neutralises_formulas_keeps_round_trip_numbers_and_leaves_nulls_empty_in_any_culture()
    {
        var culture = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = new CultureInfo("pl-PL");
            string csv = FrameWriter.ToCsv(Hostile());

            Assert.Equal(
                "name,value,declared,count\n" +
                "\"'=HYPERLINK(\"\"x\"\")\",0.30000000000000004,true,1\n" +
                "'+1,,false,-2\n" +
                "\"OPS, \"\"Łoniów\"\"\",1E-300,,\n" +
                ",1234567.5,true,4\n",
                csv);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Fact]
    public void Saved_csv_reads_back_to_the_same_text()
    {
        string path = Path.Combine(folder, "frame.csv");
        FrameWriter.SaveCsv(Hostile(), path);

        var table = CsvTableReader.Read(path, path, []);
        Assert.Equal("=HYPERLINK(\"x\")", table.Rows[0].Fields[0]);
        Assert.Equal(0.30000000000000004, double.Parse(table.Rows[0].Fields[1], CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Workbook_sheets_hold_text_as_text_cells_and_no_formula()
    {
        string path = Path.Combine(folder, "frames.xlsx");
        FrameWriter.SaveWorkbook(path, [new("first", Hostile()), new("second", new DataFrame(new StringDataFrameColumn("id", ["@SUM(A1)"])))]);

        var sheets = XlsxTableReader.Read(path);
        Assert.Equal(["first", "second"], sheets.Select(s => s.Sheet));
        Assert.Equal("=HYPERLINK(\"x\")", sheets[0].Table.Rows[0].Fields[0]);
        Assert.Equal("@SUM(A1)", sheets[1].Table.Rows[0].Fields[0]);
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        Assert.All(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)),
            e => Assert.DoesNotContain("<x:f>", new StreamReader(e.Open()).ReadToEnd(), StringComparison.Ordinal));
    }
}
