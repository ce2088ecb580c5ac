using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph.Tests.Plotting;

/// <summary>The figure model's JSON and HTML: Plotly.js 3+ conventions, text escaped, no markup from data.</summary>
public class FigureTests
{
    private const string Hostile = "<img src=x onerror=alert(1)> & </script><script>alert(2)</script>";

    private static Figure Sample() => new(
        [
            new ScatterTrace
            {
                Name = Hostile,
                Mode = "lines+markers",
                X = [1.0, null, double.NaN, new DateOnly(2019, 7, 9)],
                Y = ["a", "b", null, 4],
                HoverText = ["line one\nline two", null, "x", "y"],
                Marker = new Marker { Colors = ["#ff0000", "#00ff00", "#0000ff", "#000000"], Sizes = [1, 2, 3, 4] },
                Line = new LineStyle("#333333", 2, "dash"),
            },
            new BarTrace { X = ["p"], Y = [2], Horizontal = true },
            new HeatmapTrace { X = ["c"], Y = ["r"], Z = [[null]], CellText = [[null]], ColorScale = [(0, "#fff"), (1, "#000")], ZMin = 0, ZMax = 1 },
        ],
        new FigureLayout { Title = Hostile, XAxis = new Axis { Title = "t", Kind = "date" }, YAxis = new Axis { Reversed = true, EqualScale = true }, BarMode = "group" });

    [Fact]
    public void Json_follows_plotly_3_conventions()
    {
        using var json = JsonDocument.Parse(Sample().ToJson());
        var root = json.RootElement;
        Assert.Equal(["scatter", "bar", "heatmap"], root.GetProperty("data").EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        var layout = root.GetProperty("layout");
        Assert.Equal(JsonValueKind.Object, layout.GetProperty("title").ValueKind);
        Assert.Equal("t", layout.GetProperty("xaxis").GetProperty("title").GetProperty("text").GetString());
        Assert.Equal("reversed", layout.GetProperty("yaxis").GetProperty("autorange").GetString());
        Assert.Equal("x", layout.GetProperty("yaxis").GetProperty("scaleanchor").GetString());
        Assert.Equal("group", layout.GetProperty("barmode").GetString());
        Assert.False(root.GetProperty("config").GetProperty("displaylogo").GetBoolean());
        Assert.Equal("h", root.GetProperty("data")[1].GetProperty("orientation").GetString());
        Assert.Equal("%{text}", root.GetProperty("data")[2].GetProperty("texttemplate").GetString());
    }

    [Fact]
    public void Values_write_numbers_dates_text_and_null_gaps()
    {
        using var json = JsonDocument.Parse(Sample().ToJson());
        var trace = json.RootElement.GetProperty("data")[0];
        var x = trace.GetProperty("x");
        Assert.Equal(1.0, x[0].GetDouble());
        Assert.Equal(JsonValueKind.Null, x[1].ValueKind);
        Assert.Equal(JsonValueKind.Null, x[2].ValueKind);
        Assert.Equal("2019-07-09", x[3].GetString());
        Assert.Equal(4, trace.GetProperty("y")[3].GetInt32());
        Assert.Equal("line one<br>line two", trace.GetProperty("hovertext")[0].GetString());
        Assert.Equal(3, trace.GetProperty("marker").GetProperty("size")[2].GetDouble());
        Assert.Equal("dash", trace.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(string.Empty, json.RootElement.GetProperty("data")[2].GetProperty("text")[0][0].GetString());
    }

    [Fact]
    public void Text_from_data_reaches_plotly_as_entities_and_the_json_has_no_markup_characters()
    {
        string raw = Sample().ToJson();
        Assert.DoesNotContain('<', raw);
        Assert.DoesNotContain('>', raw);
        using var json = JsonDocument.Parse(raw);
        string name = json.RootElement.GetProperty("data")[0].GetProperty("name").GetString()!;
        Assert.Equal("&lt;img src=x onerror=alert(1)&gt; &amp; &lt;/script&gt;&lt;script&gt;alert(2)&lt;/script&gt;", name);
        Assert.Equal(name, json.RootElement.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Html_page_inlines_plotly_once_and_hostile_text_never_closes_a_script()
    {
        string html = Sample().ToHtml();
        Assert.Contains("plotly.js v4.1.2", html, StringComparison.Ordinal);
        Assert.Contains("MIT License", html, StringComparison.Ordinal);
        // Our own elements only: the inlined bundle's script, the drawing script.
        Assert.Equal(2, CountOf(html, "</script>"));
        Assert.Equal(2, CountOf(html, "<script"));
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("<title>&lt;img src=x", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Cdn_page_is_small_and_names_the_pinned_version()
    {
        string html = Sample().ToHtml(PlotlyScript.Cdn);
        Assert.Contains("<script src=\"https://cdn.plot.ly/plotly-4.1.2.min.js\"", html, StringComparison.Ordinal);
        Assert.True(html.Length < 10_000, $"{html.Length} characters");
    }

    [Fact]
    public void Save_and_show_write_an_offline_page()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cg-figure-{Guid.NewGuid():N}.html");
        try
        {
            Sample().SaveHtml(path);
            Assert.Equal(Sample().ToHtml(), File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }

        var opener = Figure.Opener;
        string? opened = null;
        Figure.Opener = p => opened = p;
        try
        {
            string shown = Sample().Show();
            Assert.Equal(shown, opened);
            Assert.Contains("Plotly.newPlot", File.ReadAllText(shown), StringComparison.Ordinal);
            File.Delete(shown);
        }
        finally
        {
            Figure.Opener = opener;
        }
    }

    [Fact]
    public void A_figure_folder_saves_named_pages_opens_them_when_asked_and_keeps_names_inside()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cg-figures-{Guid.NewGuid():N}", "nested");
        var opener = Figure.Opener;
        var opened = new List<string>();
        Figure.Opener = opened.Add;
        try
        {
            string quiet = new FigureFolder(path).Save("network-map_1", Sample());
            Assert.Equal(Path.Combine(path, "network-map_1.html"), quiet);
            Assert.Equal(Sample().ToHtml(), File.ReadAllText(quiet));
            Assert.Empty(opened);
            string shown = new FigureFolder(path, open: true).Save("timeline", Sample());
            Assert.Equal([shown], opened);
            var error = Assert.Throws<ArgumentException>(() => new FigureFolder(path).Save("../escape", Sample()));
            Assert.Contains("'../escape'", error.Message, StringComparison.Ordinal);
            Assert.Equal(["network-map_1.html", "timeline.html", ".cooperation-graph.json"], Directory.GetFiles(path).Select(Path.GetFileName).OrderBy(n => n!.StartsWith('.')).ThenBy(n => n, StringComparer.Ordinal));
            Assert.Equal(["network-map_1.html", "timeline.html"], CooperationGraph.IO.OutputManifest.Read(path)!.Files);
        }
        finally
        {
            Figure.Opener = opener;
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void Inlined_javascript_cannot_end_its_script_element()
    {
        Assert.Equal("a=\"<\\/script>\";b=/<\\!--/", PlotlyJs.SafeInsideScriptElement("a=\"</script>\";b=/<!--/"));
        Assert.Equal("<\\/SCRIPT", PlotlyJs.SafeInsideScriptElement("</SCRIPT"));
        string bundle = PlotlyJs.Script;
        Assert.DoesNotContain("</script", bundle, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", bundle, StringComparison.Ordinal);
        Assert.StartsWith("/**\n* plotly.js v" + PlotlyJs.Version, bundle, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_trace_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new Figure([null!]));
    }

    private static int CountOf(string text, string part)
    {
        int count = 0;
        for (int i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
