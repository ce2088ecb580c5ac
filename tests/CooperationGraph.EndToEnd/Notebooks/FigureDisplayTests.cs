using System.Text;
using System.Text.RegularExpressions;
using CooperationGraph.Plotting;
using CooperationGraph.Tests.IO;
using CooperationGraph.Tests.Plotting;
using Microsoft.DotNet.Interactive.Formatting;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>Figures and analyses through the real .NET Interactive formatter, and the notebook HTML drawn in a browser.</summary>
[Collection(NotebookCollection.Name)]
public sealed class FigureDisplayTests : IDisposable
{
    private static readonly AnalysisResult Result = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new AnalysisOptions { Permutations = 0 });

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cg-notebook-html-" + Guid.NewGuid().ToString("N"));

    public FigureDisplayTests()
    {
        Formatter.ResetToDefault();
        Directory.CreateDirectory(folder);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_figure_formats_as_a_div_that_draws_itself_loading_plotly_once()
    {
        var figure = Charts.GapHeatmap(Result.Gaps);
        Assert.Equal([HtmlFormatter.MimeType], Formatter.GetPreferredMimeTypesFor(typeof(Figure)));
        string html = figure.ToDisplayString(HtmlFormatter.MimeType);
        Assert.Matches("^<div id=\"cg-[0-9a-f]{32}\" class=\"cg-figure\"></div>", html);
        Assert.Contains("Plotly.newPlot", html, StringComparison.Ordinal);
        Assert.Contains("https://cdn.plot.ly/plotly-4.1.2.min.js", html, StringComparison.Ordinal);
        Assert.Contains("window.cooperationGraphPlotly", html, StringComparison.Ordinal);
        Assert.Contains(figure.ToJson(), html, StringComparison.Ordinal);
        Assert.Equal(figure.ToString(), figure.ToDisplayString(PlainTextFormatter.MimeType));
        Assert.NotEqual(html, figure.ToDisplayString(HtmlFormatter.MimeType)); // a fresh element id per output
    }

    [Fact]
    public void A_list_of_figures_shows_each_and_an_analysis_shows_its_summary_without_page_styles()
    {
        string list = new List<Figure> { Charts.GapHeatmap(Result.Gaps), Charts.Timeline(Result.Dataset) }.ToDisplayString(HtmlFormatter.MimeType);
        Assert.Equal(2, Regex.Count(list, "class=\"cg-figure\""));

        string summary = Result.ToDisplayString(HtmlFormatter.MimeType);
        Assert.StartsWith("<div class=\"cg-summary\">", summary, StringComparison.Ordinal);
        Assert.Contains("Activation rate", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("body{", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", summary, StringComparison.Ordinal);
        Assert.Equal("activation rate 0.867; missing sectors: COURT; missing links: COURT–OPS", Result.ToDisplayString(PlainTextFormatter.MimeType));
    }

    [SkippableFact]
    public void The_notebook_html_draws_when_plotly_is_there_and_says_why_not_when_it_cannot_load()
    {
        HeadlessChromium.SkipUnlessAvailable();
        var figure = Charts.CentralityBar(Result, top: 5);
        string output = figure.ToDisplayString(HtmlFormatter.MimeType), second = figure.ToDisplayString(HtmlFormatter.MimeType);

        // A notebook that already has plotly.js (an earlier output or an offline kernel) draws at once.
        string with = Path.Combine(folder, "with.html");
        File.WriteAllText(with, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>{PlotlyJs.Script}</script></head><body>{output}{second}</body></html>", Encoding.UTF8);
        string dom = HeadlessChromium.DumpDom(with);
        Assert.Equal(2, Regex.Count(dom, "class=\"cg-figure js-plotly-plot\""));
        Assert.Contains("Ośrodek Pomocy Społecznej w Łoniowie", dom, StringComparison.Ordinal);

        // Offline with plotly.js inlined into the outputs: the first output brings it, the second finds it.
        Figure.NotebookPlotly = PlotlyScript.Inline;
        try
        {
            string inlined = figure.ToDisplayString(HtmlFormatter.MimeType), next = figure.ToDisplayString(HtmlFormatter.MimeType);
            Assert.StartsWith("<script>if (!window.Plotly) {", inlined, StringComparison.Ordinal);
            string offline = Path.Combine(folder, "inline.html");
            File.WriteAllText(offline, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{inlined}{next}</body></html>", Encoding.UTF8);
            Assert.Equal(2, Regex.Count(HeadlessChromium.DumpDom(offline), "class=\"cg-figure js-plotly-plot\""));
        }
        finally
        {
            Figure.NotebookPlotly = PlotlyScript.Cdn;
        }

        // Offline with no plotly.js, the CDN fails: the output says so instead of staying blank.
        string without = Path.Combine(folder, "without.html");
        File.WriteAllText(without, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>{output}</body></html>", Encoding.UTF8);
        Assert.Contains("plotly.js 4.1.2 could not be loaded from https://cdn.plot.ly/plotly-4.1.2.min.js", HeadlessChromium.DumpDom(without), StringComparison.Ordinal);
    }
}
