using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Reporting;

public sealed class ResultFolderTests : IDisposable
{
    private static readonly AnalysisResult Loniow = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new AnalysisOptions { Permutations = 10, Pseudonymizer = new("a key of sixteen characters") });

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cg-result-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Save_writes_every_file_and_the_page_says_it_is_english()
    {
        var written = ResultFolder.Save(Loniow, folder, new ReportOptions { Plotly = PlotlyScript.Cdn });

        Assert.Equal(["gaps.json", "metrics.csv", "families.csv", "family_pairs.csv", "report.html"], written.Select(Path.GetFileName));
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
        Assert.Equal(FrameWriterCsv(), File.ReadAllText(Path.Combine(folder, "metrics.csv")));
    }

    [Fact]
    public void A_cancelled_save_or_report_stops_before_writing()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ResultFolder.Save(Loniow, folder, cancellationToken: cancel.Token));
        Assert.False(Directory.Exists(folder));
        Assert.Empty(Directory.GetFileSystemEntries(Path.GetDirectoryName(folder)!, "." + Path.GetFileName(folder) + "*"));
        Assert.ThrowsAny<OperationCanceledException>(() => HtmlReport.Render(Loniow, cancellationToken: cancel.Token));
    }

    private static string FrameWriterCsv() => FrameWriter.ToCsv(Loniow.ToDataFrame());
}
