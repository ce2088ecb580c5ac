using System.Text.RegularExpressions;
using CooperationGraph.Tests.Cli;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Plotting;

/// <summary>The report in a real browser, offline: every chart is drawn by the inlined plotly.js; hostile text stays text.</summary>
public sealed class ReportBrowserTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-browser-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [SkippableFact]
    public void Every_chart_of_the_loniow_report_is_drawn_offline()
    {
        HeadlessChromium.SkipUnlessAvailable();
        string sample = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        var (code, _, stderr) = CliRunner.Run("analyze", sample, "--out", output, "--compare", "..2019-06-30", "--permutations", "20");
        Assert.True(code == 0, stderr);
        string html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);

        string dom = HeadlessChromium.DumpDom(Path.Combine(output, "report.html"));
        var figures = Regex.Matches(html, "<div id=\"(cg-figure-\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(6, figures.Count); // map, gap heatmap, centrality, timeline, mixing, milestones
        foreach (var id in figures)
        {
            Assert.Matches($"<div id=\"{id}\" class=\"cg-figure js-plotly-plot\"", dom);
        }

        // The illustrative partner survey's trust × value chart and level matrix (issue 23).
        var survey = Regex.Matches(html, "<div id=\"(cg-survey-\\d+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["cg-survey-1", "cg-survey-2"], survey);
        Assert.Equal(3 * (figures.Count + survey.Count), Regex.Count(dom, "class=\"main-svg\""));
        Assert.True(Regex.Count(dom, "class=\"point\"") >= 20, "the institutions are drawn as points");
        Assert.Contains("Ośrodek Pomocy Społecznej w Łoniowie", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"hm\"", dom, StringComparison.Ordinal); // a heatmap layer
    }

    [SkippableFact]
    public void Hostile_names_show_as_text_and_run_nothing()
    {
        HeadlessChromium.SkipUnlessAvailable();
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector\nops,\"<img src=x onerror=document.title='pwned'>\",OPS\npcpr,PCPR,PCPR\nsp,</script><script>document.title='pwned'</script>,SCHOOL\n"),
            ("actions.csv", "id,title,kind,date\na1,<svg onload=document.title='pwned'>,meeting,2018-10-01\n"));
        var (code, _, stderr) = CliRunner.Run("analyze", data.Folder, "--out", output, "--permutations", "0");
        Assert.True(code == 0, stderr);

        string dom = HeadlessChromium.DumpDom(Path.Combine(output, "report.html"));
        Assert.DoesNotContain("pwned</title>", dom, StringComparison.Ordinal);
        Assert.Contains("<title>Cooperation analysis", dom, StringComparison.Ordinal);
        Assert.DoesNotMatch("<img[^>]*src=\"?x", dom);
        Assert.DoesNotMatch("<svg[^>]*onload", dom);
        Assert.Contains("<td>&lt;img src=x onerror=document.title='pwned'&gt;</td>", dom, StringComparison.Ordinal);
        Assert.Matches("<text[^>]*>&lt;img src=x onerror=document.title='pwned'&gt;</text>", dom); // an axis label of the centrality chart
        Assert.Equal(5, Regex.Count(dom, "class=\"cg-figure js-plotly-plot\""));
    }
}
