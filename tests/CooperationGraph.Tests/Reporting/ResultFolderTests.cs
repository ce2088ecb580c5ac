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

        Assert.Equal(["gaps.json", "metrics.csv", "profiles.csv", "families.csv", "family_pairs.csv", "survey.csv", "perceived_centrality.csv", "report.html"], written.Select(Path.GetFileName));
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(Path.Combine(folder, "report.html")), StringComparison.Ordinal);
        Assert.Equal(FrameWriterCsv(), File.ReadAllText(Path.Combine(folder, "metrics.csv")));
        // gaps.json is streamed into its file: the same bytes as the document text, without a byte-order mark.
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(ResultJson.ToJson(Loniow)), File.ReadAllBytes(Path.Combine(folder, "gaps.json")));
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

    [Fact]
    public void A_report_under_the_page_limit_is_one_self_contained_file_equal_to_the_rendered_page()
    {
        var written = ResultFolder.Save(Loniow, folder);

        Assert.Equal(["gaps.json", "metrics.csv", "profiles.csv", "families.csv", "family_pairs.csv", "survey.csv", "perceived_centrality.csv", "report.html"], written.Select(Path.GetFileName));
        Assert.Equal(HtmlReport.Render(Loniow), File.ReadAllText(Path.Combine(folder, "report.html")));
    }

    [Fact]
    public void A_report_over_the_page_limit_loads_plotly_styles_and_script_written_beside_it_and_says_so()
    {
        var written = ResultFolder.Save(Loniow, folder, new ReportOptions { MaxPageBytes = 1_000_000 });

        Assert.Equal(
            ["gaps.json", "metrics.csv", "profiles.csv", "families.csv", "family_pairs.csv", "survey.csv", "perceived_centrality.csv", "plotly-4.1.2.min.js", "plotly-LICENSE.txt", "report.css", "report.js", "report.html"],
            written.Select(Path.GetFileName));
        string page = File.ReadAllText(Path.Combine(folder, "report.html"));
        Assert.True(new FileInfo(Path.Combine(folder, "report.html")).Length < 1_000_000);
        Assert.Contains("<script src=\"plotly-4.1.2.min.js\" charset=\"utf-8\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"report.css\">", page, StringComparison.Ordinal);
        Assert.Contains("<script src=\"report.js\"></script>", page, StringComparison.Ordinal);
        Assert.Contains("keep these files together with report.html", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", page, StringComparison.Ordinal);

        // The same body as the self-contained page: only what carries plotly.js, the styles and the script differs.
        string whole = HtmlReport.Render(Loniow);
        static string Body(string html) => html[html.IndexOf("<h1>", StringComparison.Ordinal)..html.LastIndexOf("<script", StringComparison.Ordinal)];
        Assert.Equal(Body(whole), Body(page));
        Assert.Contains(File.ReadAllText(Path.Combine(folder, "plotly-4.1.2.min.js")), whole, StringComparison.Ordinal);
    }

    private static string FrameWriterCsv() => FrameWriter.ToCsv(Loniow.ToDataFrame());
}
