using System.Text.RegularExpressions;
using CooperationGraph.Tests.Cli;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Plotting;

/// <summary>The comparison dashboard in a real browser, offline: the charts are drawn; hostile gmina names stay text.</summary>
public sealed class DashboardBrowserTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-dashboard-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [SkippableFact]
    public void Hostile_gmina_names_show_as_text_run_nothing_and_every_chart_is_drawn()
    {
        HeadlessChromium.SkipUnlessAvailable();
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector,unit,level\n" +
                "ops1,OPS,OPS,\"<img src=x onerror=document.title='pwned'>\",gmina\nsp1,Szkoła,SCHOOL,\"<img src=x onerror=document.title='pwned'>\",gmina\n" +
                "ops2,OPS 2,OPS,</script><script>document.title='pwned'</script>,gmina\npcpr,PCPR,PCPR,powiat,powiat\n"),
            ("signatures.csv", "declaration_id,institution_id\nd1,ops1\nd1,pcpr\n"),
            ("actions.csv", "id,title,kind,date\na1,Spotkanie,meeting,2018-10-01\na2,Spotkanie,meeting,2018-11-01\n"),
            ("participations.csv", "action_id,institution_id\na1,ops1\na1,sp1\na1,pcpr\na2,ops2\na2,pcpr\n"));
        var (code, _, stderr) = CliRunner.Run("compare", data.Folder, "--by", "unit", "--out", output, "--permutations", "0");
        Assert.True(code == 0, stderr);
        string html = File.ReadAllText(Path.Combine(output, "dashboard.html"));
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);

        string dom = HeadlessChromium.DumpDom(Path.Combine(output, "dashboard.html"));
        Assert.DoesNotContain("pwned</title>", dom, StringComparison.Ordinal);
        Assert.Contains("<title>Gminas compared", dom, StringComparison.Ordinal);
        Assert.DoesNotMatch("<img[^>]*src=\"?x", dom);
        Assert.Contains("\">&lt;img src=x onerror=document.title='pwned'&gt;</a>", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;</a>", dom, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Count(dom, "class=\"cg-figure js-plotly-plot\"")); // the bars and two maps
        Assert.True(Directory.Exists(Path.Combine(output, "gminas", "_img_src_x_onerror_document.title__pwned__")));
    }

    [SkippableFact]
    public void The_over_time_charts_of_the_report_are_drawn_offline()
    {
        HeadlessChromium.SkipUnlessAvailable();
        string sample = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        var (code, _, stderr) = CliRunner.Run("analyze", sample, "--out", output, "--every", "quarter", "--project-end", "2019-12-31", "--permutations", "0");
        Assert.True(code == 0, stderr);

        string dom = HeadlessChromium.DumpDom(Path.Combine(output, "report.html"));
        Assert.Matches("<div id=\"cg-time-1\" class=\"cg-figure js-plotly-plot\"", dom);
        Assert.Matches("<div id=\"cg-time-2\" class=\"cg-figure js-plotly-plot\"", dom);
        Assert.Contains("Did declarations lead to cooperation?", dom, StringComparison.Ordinal);
    }
}
