using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>
/// Box plots (<c>box</c>): the values in <see cref="Y"/>, one box per distinct category in <see cref="X"/> (median,
/// quartiles, whiskers at 1.5 IQR, the points beyond drawn), computed by plotly.js.
/// </summary>
public sealed class BoxTrace : Trace
{
    /// <inheritdoc/>
    public override string Type => "box";

    /// <summary>The category (box) of each value; one box when null.</summary>
    public IReadOnlyList<object?>? X { get; init; }

    /// <summary>The values.</summary>
    public IReadOnlyList<object?>? Y { get; init; }

    /// <summary>The boxes' and points' colour.</summary>
    public Marker? Marker { get; init; }

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        PlotlyText.Values(writer, "x", X);
        PlotlyText.Values(writer, "y", Y);
        writer.WriteString("boxpoints", "outliers");
        Marker?.Write(writer);
    }
}
