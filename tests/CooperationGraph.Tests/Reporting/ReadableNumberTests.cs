using CooperationGraph.IO;
using CooperationGraph.Tests.IO;
using CooperationGraph.Text;

namespace CooperationGraph.Tests.Reporting;

/// <summary>Rounding noise is not data: what people read shows 0 where a kernel left 1e−17, and CSV keeps every bit.</summary>
public sealed class ReadableNumberTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cg-readable-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Theory]
    [InlineData(-1.56287e-17, "0")]
    [InlineData(9.9e-13, "0")]
    [InlineData(1e-12, "0")]
    [InlineData(0.8666666, "0.867")]
    [InlineData(double.NaN, "undefined")]
    public void Values_within_1e_12_of_zero_read_as_0(double value, string shown) => Assert.Equal(shown, ReadableNumber.Short(value));

    [Fact]
    public void The_workbook_and_the_report_show_an_isolates_eigenvector_as_0_and_the_csv_keeps_its_bits()
    {
        var dataset = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
        var frame = result.ToDataFrame();
        var eigenvector = frame["eigenvector"];
        var noisy = Enumerable.Range(0, (int)frame.Rows.Count).Where(r => eigenvector[r] is double v && v != 0 && Math.Abs(v) < 1e-12).ToList();
        Assert.NotEmpty(noisy);

        string book = Path.Combine(folder, "results.xlsx");
        ResultFolder.SaveWorkbook(result, book);
        var metrics = XlsxTableReader.Read(book).Single(s => s.Sheet == "metrics").Table;
        int column = Array.IndexOf(metrics.Header, "eigenvector");

        Assert.All(noisy, r => Assert.Equal("0", metrics.Rows[r].Fields[column]));
        Assert.All(noisy, r => Assert.NotEqual("0", FrameWriter.ToTableData("metrics", frame).Rows[r][column]?.ToString()));
        Assert.DoesNotContain("E-17", global::CooperationGraph.Tables.FrameHtml.ToHtml(frame, "metrics"), StringComparison.Ordinal);
    }
}
