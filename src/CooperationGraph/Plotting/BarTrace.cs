using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>Bars (<c>bar</c>), vertical by default, horizontal with <see cref="Horizontal"/>.</summary>
public sealed class BarTrace : Trace
{
    /// <inheritdoc/>
    public override string Type => "bar";

    /// <summary>Horizontal values (categories for vertical bars).</summary>
    public IReadOnlyList<object?>? X { get; init; }

    /// <summary>Vertical values (categories for horizontal bars).</summary>
    public IReadOnlyList<object?>? Y { get; init; }

    /// <summary>Bars along the horizontal axis.</summary>
    public bool Horizontal { get; init; }

    /// <summary>Text on or beside each bar (plain text).</summary>
    public IReadOnlyList<string?>? Text { get; init; }

    /// <summary>The bars' colours and outline.</summary>
    public Marker? Marker { get; init; }

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        if (Horizontal)
        {
            writer.WriteString("orientation", "h");
        }

        PlotlyText.Values(writer, "x", X);
        PlotlyText.Values(writer, "y", Y);
        PlotlyText.Texts(writer, "text", Text);
        Marker?.Write(writer);
    }
}
