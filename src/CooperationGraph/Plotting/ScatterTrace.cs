using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>
/// Points, lines or both (<c>scatter</c>). A <see langword="null"/> in <see cref="X"/> and <see cref="Y"/> breaks a
/// line, which draws many ties as one trace.
/// </summary>
public sealed class ScatterTrace : Trace
{
    /// <inheritdoc/>
    public override string Type => "scatter";

    /// <summary>Horizontal values: numbers, text (categories) or dates; null breaks a line.</summary>
    public IReadOnlyList<object?>? X { get; init; }

    /// <summary>Vertical values, as <see cref="X"/>.</summary>
    public IReadOnlyList<object?>? Y { get; init; }

    /// <summary><c>markers</c>, <c>lines</c>, <c>lines+markers</c>, <c>text</c>…</summary>
    public string Mode { get; init; } = "markers";

    /// <summary>Text per point, shown with mode <c>text</c> (plain text).</summary>
    public IReadOnlyList<string?>? Text { get; init; }

    /// <summary>
    /// Where each point's text sits around its marker (Plotly's <c>textposition</c> per point: <c>top center</c>,
    /// <c>middle right</c>, <c>bottom left</c>…); Plotly's default (<c>middle center</c>) when null.
    /// </summary>
    public IReadOnlyList<string>? TextPositions { get; init; }

    /// <summary>The markers.</summary>
    public Marker? Marker { get; init; }

    /// <summary>The line.</summary>
    public LineStyle? Line { get; init; }

    /// <summary>Drawn against the figure's second vertical axis (<see cref="FigureLayout.YAxis2"/>); false by default.</summary>
    public bool OnSecondAxis { get; init; }

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        writer.WriteString("mode", Mode);
        if (OnSecondAxis)
        {
            writer.WriteString("yaxis", "y2");
        }

        PlotlyText.Values(writer, "x", X);
        PlotlyText.Values(writer, "y", Y);
        PlotlyText.Texts(writer, "text", Text);
        if (TextPositions is not null)
        {
            writer.WriteStartArray("textposition");
            foreach (var position in TextPositions)
            {
                writer.WriteStringValue(position);
            }

            writer.WriteEndArray();
        }

        Marker?.Write(writer);
        Line?.Write(writer);
    }
}
