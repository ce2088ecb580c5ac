using System.Text.RegularExpressions;
using CooperationGraph.Tests.Cli;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Plotting;

/// <summary>The profile pages of <c>analyze --profiles</c> in a real browser, offline: the shared plotly.js beside them
/// draws each page's ego map and timeline; the index's table sorts.</summary>
public sealed class ProfileBrowserTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-profile-browser-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [SkippableFact]
    public void A_profile_page_draws_its_ego_map_and_timeline_offline_from_the_shared_plotly()
    {
        HeadlessChromium.SkipUnlessAvailable();
        string sample = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        var (code, _, stderr) = CliRunner.Run("analyze", sample, "--out", output, "--permutations", "0", "--profiles");
        Assert.True(code == 0, stderr);
        string page = Path.Combine(output, "profiles", "OPS_LONIOW.html");
        string html = File.ReadAllText(page);
        Assert.DoesNotContain("src=\"http", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"plotly-4.1.2.min.js\"", html, StringComparison.Ordinal);

        string dom = HeadlessChromium.DumpDom(page);

        Assert.Matches("<div id=\"cg-profile-map\" class=\"cg-figure js-plotly-plot\"", dom);
        Assert.Matches("<div id=\"cg-profile-timeline\" class=\"cg-figure js-plotly-plot\"", dom);
        Assert.Equal(2 * 3, Regex.Count(dom, "class=\"main-svg\""));
        int split = dom.IndexOf("id=\"cg-profile-timeline\"", StringComparison.Ordinal);
        const string Marker = "<path class=\"point\"[^>]*stroke: rgb\\(255, 255, 255\\)"; // a marker with its white outline
        Assert.Equal(18, Regex.Count(dom[..split], Marker)); // the institution and its 17 partners
        Assert.Equal(20, Regex.Count(dom[split..], Marker)); // its 20 joint actions
        Assert.Contains("Ośrodek Pomocy Społecznej w Łoniowie", dom, StringComparison.Ordinal);

        string index = HeadlessChromium.DumpDom(Path.Combine(output, "profiles", "index.html"));
        Assert.Equal(20, Regex.Count(index, "<tr><td><a href=\""));
    }

    [SkippableFact]
    public void A_hostile_name_runs_nothing_on_its_page()
    {
        HeadlessChromium.SkipUnlessAvailable();
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector\nops,\"<img src=x onerror=document.title='pwned'>\",OPS\npcpr,PCPR,PCPR\nsp,</script><script>document.title='pwned'</script>,SCHOOL\n"),
            ("actions.csv", "id,title,kind,date\na1,<svg onload=document.title='pwned'>,meeting,2018-10-01\n"));
        var (code, _, stderr) = CliRunner.Run("analyze", data.Folder, "--out", output, "--permutations", "0", "--profiles");
        Assert.True(code == 0, stderr);

        foreach (var id in new[] { "ops", "sp" })
        {
            string dom = HeadlessChromium.DumpDom(Path.Combine(output, "profiles", id + ".html"));
            Assert.DoesNotContain("pwned</title>", dom, StringComparison.Ordinal);
            Assert.DoesNotMatch("<img[^>]*src=\"?x", dom);
            Assert.DoesNotMatch("<svg[^>]*onload", dom);
            Assert.Equal(2, Regex.Count(dom, "class=\"cg-figure js-plotly-plot\""));
        }
    }
}
