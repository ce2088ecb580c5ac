using System.Text.Json.Nodes;
using Plotly.NET;
using Plotly.NET.LayoutObjects;

namespace CooperationGraph.PlotlyNet;

/// <summary>
/// Any CooperationGraph <see cref="Figure"/> as a Plotly.NET <see cref="GenericChart"/> with the same traces, layout
/// and config, for .NET apps that use Plotly.NET: restyle it (<c>WithMarkerStyle</c>, <c>WithLayout</c>…), combine it
/// with other charts, save or export it. The conversion reads <see cref="Figure.ToJson"/>, so every property the
/// figure writes arrives, with nested objects as Plotly.NET's own types (<see cref="Marker"/>, <see cref="Line"/>,
/// <see cref="Title"/>, <see cref="LinearAxis"/>…) so that Plotly.NET's style functions update them.
/// </summary>
/// <remarks>
/// Plotly.NET writes its pages with Newtonsoft.Json, which does not escape <c>&lt;</c>: a <c>&lt;/script&gt;</c> in a
/// string would end the page's script. Texts from the data reach the figure as plotly.js entities already
/// (<c>&amp;lt;</c>, which plotly.js shows as <c>&lt;</c>); every other string is kept inert here by writing the
/// <c>&lt;</c> of a <c>&lt;/script</c> or <c>&lt;!--</c> as <c>&amp;lt;</c>.
/// </remarks>
public static class FigureExtensions
{
    private static readonly Dictionary<string, Func<DynamicObj.DynamicObj>> Types = new(StringComparer.Ordinal)
    {
        ["marker"] = () => new Plotly.NET.TraceObjects.Marker(),
        ["line"] = () => new Line(),
        ["title"] = () => new Title(),
        ["colorbar"] = () => new ColorBar(),
        ["textfont"] = () => new Font(),
        ["xaxis"] = () => new LinearAxis(),
        ["yaxis"] = () => new LinearAxis(),
        ["legend"] = () => new Legend(),
    };

    /// <summary>The figure as a Plotly.NET chart with the same traces, layout and config.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="figure"/> is null.</exception>
    public static GenericChart ToGenericChart(this Figure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        var json = JsonNode.Parse(figure.ToJson())!.AsObject();
        var traces = json["data"]!.AsArray().Select(t => Fill(new Trace2D((string)t!["type"]!), t!.AsObject())).ToArray();
        var layout = Fill(new Plotly.NET.Layout(), json["layout"]!.AsObject());
        var config = Fill(new Config(), json["config"]!.AsObject());
        var chart = GenericChart.ofTraceObjects(false, traces);
        return GenericChart.setConfig(config, GenericChart.setLayout(layout, chart));
    }

    private static T Fill<T>(T target, JsonObject source)
        where T : DynamicObj.DynamicObj
    {
        foreach (var (name, value) in source)
        {
            target.SetProperty(name, Value(name, value));
        }

        return target;
    }

    private static object? Value(string name, JsonNode? node) => node switch
    {
        null => null,
        JsonObject nested => Fill(Types.TryGetValue(name, out var create) ? create() : new DynamicObj.DynamicObj(), nested),
        JsonArray items => items.Select(item => Value(name, item)).ToArray(),
        JsonValue value when value.TryGetValue(out string? text) => Inert(text),
        JsonValue value when value.TryGetValue(out bool flag) => flag,
        JsonValue value when value.TryGetValue(out long whole) => whole,
        JsonValue value => value.GetValue<double>(),
        _ => throw new InvalidOperationException($"unexpected JSON in the figure: {node.ToJsonString()}"),
    };

    private static string Inert(string text) => text
        .Replace("</script", "&lt;/script", StringComparison.OrdinalIgnoreCase)
        .Replace("<!--", "&lt;!--", StringComparison.Ordinal);
}
