using System.Globalization;
using System.Text.Json.Nodes;
using CooperationGraph.PlotlyNet;
using CooperationGraph.Tests.IO;
using Plotly.NET;

namespace CooperationGraph.Tests.PlotlyNet;

/// <summary>Our figures as Plotly.NET charts: the JSON Plotly.NET writes equals ours, trace by trace.</summary>
public sealed class FigureExtensionsTests
{
    private static readonly AnalysisResult Result = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new AnalysisOptions { Permutations = 0 });

    public static TheoryData<string> FigureNames => ["network map", "gap heatmap", "mixing heatmap", "centrality bar", "timeline", "milestones", "hostile"];

    [Theory]
    [MemberData(nameof(FigureNames))]
    public void The_plotly_net_json_of_a_converted_figure_equals_ours_trace_by_trace(string name)
    {
        var figure = Make(name);

        var ours = JsonNode.Parse(figure.ToJson())!;
        var theirs = JsonNode.Parse(GenericChart.toJson(figure.ToGenericChart()))!;

        var ourTraces = ours["data"]!.AsArray();
        var theirTraces = theirs["data"]!.AsArray();
        Assert.Equal(ourTraces.Count, theirTraces.Count);
        Assert.True(ourTraces.Count > 0);
        for (int i = 0; i < ourTraces.Count; i++)
        {
            AssertSame(ourTraces[i], theirTraces[i], $"data[{i}]");
        }

        AssertSame(ours["layout"], theirs["layout"], "layout");
        AssertSame(ours["config"], theirs["config"], "config");
    }

    [Fact]
    public void A_converted_chart_is_plotly_net_s_to_restyle()
    {
        var chart = Charts.NetworkMap(Result).ToGenericChart();

        var layout = GenericChart.getLayout(chart);
        layout.SetProperty("paper_bgcolor", "#fbfaf7");
        foreach (var trace in GenericChart.getTraces(chart).Where(t => t.GetPropertyValue("mode") as string == "markers"))
        {
            trace.SetProperty("opacity", 0.8);
        }

        var json = JsonNode.Parse(GenericChart.toJson(GenericChart.setLayout(layout, chart)))!;
        Assert.Equal("#fbfaf7", (string?)json["layout"]!["paper_bgcolor"]);
        Assert.Contains(json["data"]!.AsArray(), t => (double?)t!["opacity"] == 0.8);
        Assert.IsType<Plotly.NET.TraceObjects.Marker>(GenericChart.getTraces(chart).First(t => t.GetPropertyValue("mode") as string == "markers").GetPropertyValue("marker"));
    }

    [Fact]
    public void Strings_that_could_end_a_script_are_written_inert_and_data_text_stays_plotly_entities()
    {
        string json = GenericChart.toJson(Make("hostile").ToGenericChart());

        Assert.DoesNotContain("</script", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<!--", json, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;", json, StringComparison.Ordinal);
        Assert.Contains("&lt;/script><b>%{y}</b>", json, StringComparison.Ordinal); // a raw hover template: only its </script made inert
    }

    [Fact]
    public void A_missing_figure_is_refused() => Assert.Throws<ArgumentNullException>(() => ((Figure)null!).ToGenericChart());

    /// <summary>A figure with a hostile title, trace name, texts and hover template.</summary>
    public static Figure Hostile() => new(
        [
            new ScatterTrace
            {
                Name = "</script><script>document.title='pwned'</script>",
                X = [1, 2],
                Y = [3.5, 4.25],
                Text = ["<img src=x onerror=\"document.body.setAttribute('data-pwned','1')\">", "OPS Łoniów"],
                Mode = "markers+text",
                HoverTemplate = "</script><b>%{y}</b>",
            },
            new BarTrace { Name = "<img src=x onerror=\"document.body.setAttribute('data-pwned','2')\">", X = ["a"], Y = [1] },
        ],
        new FigureLayout { Title = "<!--</script><script>document.title='pwned'</script>", ShowLegend = true });

    private static Figure Make(string name) => name switch
    {
        "network map" => Charts.NetworkMap(Result),
        "gap heatmap" => Charts.GapHeatmap(Result.Gaps),
        "mixing heatmap" => Charts.MixingHeatmap(Result.Mixing),
        "centrality bar" => Charts.CentralityBar(Result, top: 5),
        "timeline" => Charts.Timeline(Result.Dataset),
        "milestones" => Charts.WindowComparison(CooperationAnalysis.Run(
            Result.Dataset, new AnalysisOptions { Window = new AnalysisWindow(new DateOnly(2019, 7, 9), null), ComparisonWindow = new AnalysisWindow(null, new DateOnly(2019, 7, 8)) }).WindowComparison!),
        "hostile" => Hostile(),
        _ => throw new ArgumentOutOfRangeException(nameof(name)),
    };

    private static void AssertSame(JsonNode? ours, JsonNode? theirs, string path)
    {
        switch (ours)
        {
            case JsonObject ourObject:
                var theirObject = Assert.IsType<JsonObject>(theirs);
                Assert.True(
                    ourObject.Select(p => p.Key).Order(StringComparer.Ordinal).SequenceEqual(theirObject.Select(p => p.Key).Order(StringComparer.Ordinal)),
                    $"{path}: keys {string.Join(",", ourObject.Select(p => p.Key))} against {string.Join(",", theirObject.Select(p => p.Key))}");
                foreach (var (key, value) in ourObject)
                {
                    AssertSame(value, theirObject[key], $"{path}.{key}");
                }

                break;
            case JsonArray ourArray:
                var theirArray = Assert.IsType<JsonArray>(theirs);
                Assert.True(ourArray.Count == theirArray.Count, $"{path}: {ourArray.Count} items against {theirArray.Count}");
                for (int i = 0; i < ourArray.Count; i++)
                {
                    AssertSame(ourArray[i], theirArray[i], $"{path}[{i}]");
                }

                break;
            case null:
                Assert.True(theirs is null, $"{path}: null against {theirs?.ToJsonString()}");
                break;
            default:
                var ourValue = ours.AsValue();
                var theirValue = Assert.IsAssignableFrom<JsonValue>(theirs);
                if (ourValue.TryGetValue(out double number))
                {
                    Assert.True(number == theirValue.GetValue<double>(), $"{path}: {number.ToString("R", CultureInfo.InvariantCulture)} against {theirValue.ToJsonString()}");
                }
                else if (ourValue.TryGetValue(out string? text))
                {
                    // the one change: the < of a </script or <!-- in a raw string is written as a plotly.js entity
                    string inert = text.Replace("</script", "&lt;/script", StringComparison.OrdinalIgnoreCase).Replace("<!--", "&lt;!--", StringComparison.Ordinal);
                    Assert.True(inert == theirValue.GetValue<string>(), $"{path}: {text} against {theirValue.ToJsonString()}");
                }
                else
                {
                    Assert.Equal(ours.ToJsonString(), theirValue.ToJsonString());
                }

                break;
        }
    }
}
