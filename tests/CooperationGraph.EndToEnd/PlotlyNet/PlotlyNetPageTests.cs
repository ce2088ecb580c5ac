using CooperationGraph.PlotlyNet;
using CooperationGraph.Tests.IO;
using CooperationGraph.Tests.Plotting;
using Microsoft.FSharp.Core;
using Plotly.NET;

namespace CooperationGraph.Tests.PlotlyNet;

/// <summary>Pages that Plotly.NET writes for converted figures, drawn offline in headless Chromium.</summary>
public sealed class PlotlyNetPageTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("cg-plotlynet-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [SkippableFact]
    public void A_converted_network_map_saved_by_plotly_net_draws_offline()
    {
        HeadlessChromium.SkipUnlessAvailable();
        var result = CooperationAnalysis.Run(
            DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
            new AnalysisOptions { Permutations = 0 });

        string dom = HeadlessChromium.DumpDom(Save(Charts.NetworkMap(result).ToGenericChart(), "map.html"));

        Assert.Contains("js-plotly-plot", dom, StringComparison.Ordinal);
        Assert.Contains("class=\"main-svg\"", dom, StringComparison.Ordinal);
        Assert.Contains("Ośrodek Pomocy Społecznej w Łoniowie", dom, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Hostile_names_and_titles_stay_text_on_the_page_plotly_net_writes()
    {
        HeadlessChromium.SkipUnlessAvailable();

        string dom = HeadlessChromium.DumpDom(Save(FigureExtensionsTests.Hostile().ToGenericChart(), "hostile.html"));

        Assert.Contains("js-plotly-plot", dom, StringComparison.Ordinal); // it drew
        Assert.DoesNotContain("<title>pwned</title>", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("data-pwned=\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", dom, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom, StringComparison.Ordinal); // the legend shows the name
        Assert.Contains("&lt;img src=x onerror=\"document.body.setAttribute('data-pwned','2')\"&gt;", dom, StringComparison.Ordinal);
    }

    [SkippableFact]
    public void Without_the_bridge_a_script_in_a_trace_name_runs_on_a_plotly_net_page()
    {
        HeadlessChromium.SkipUnlessAvailable();
        var trace = new Trace2D("scatter");
        trace.SetProperty("x", new object[] { 1, 2 });
        trace.SetProperty("y", new object[] { 1, 2 });
        trace.SetProperty("name", "</script><script>document.title='pwned'</script>");

        string dom = HeadlessChromium.DumpDom(Save(GenericChart.ofTraceObject(false, trace), "raw.html"));

        Assert.Contains("<title>pwned</title>", dom, StringComparison.Ordinal); // why the bridge neutralises strings
    }

    private string Save(GenericChart chart, string name)
    {
        string path = Path.Combine(folder, name);
        var offline = DisplayOptions.init(null, FSharpOption<string>.Some("utf-8"), null, null, null, null, FSharpOption<PlotlyJSReference>.Some(PlotlyJSReference.Full));
        Chart.saveHtml(path, FSharpOption<bool>.Some(false)).Invoke(GenericChart.setDisplayOptions(offline, chart));
        return path;
    }
}
