using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>
/// Where a legend of a <see cref="FigureLayout"/> sits and how its entries run. Positions are fractions of the plot area
/// (0 to 1; below 0 is under the plot), as in plotly.js.
/// </summary>
public sealed record LegendPlacement
{
    /// <summary>The legend's title (plain text).</summary>
    public string? Title { get; init; }

    /// <summary>Entries side by side, wrapping into rows (true), or one under another (false, Plotly's default).</summary>
    public bool Horizontal { get; init; }

    /// <summary>Horizontal position of the anchor, a fraction of the plot width.</summary>
    public double? X { get; init; }

    /// <summary>Vertical position of the anchor, a fraction of the plot height (negative: below the plot).</summary>
    public double? Y { get; init; }

    /// <summary>Which side of the legend is at <see cref="X"/>: <c>left</c>, <c>center</c>, <c>right</c>.</summary>
    public string? XAnchor { get; init; }

    /// <summary>Which side of the legend is at <see cref="Y"/>: <c>top</c>, <c>middle</c>, <c>bottom</c>.</summary>
    public string? YAnchor { get; init; }

    internal void Write(Utf8JsonWriter writer, string name, string? fallbackTitle)
    {
        writer.WriteStartObject(name);
        PlotlyText.Title(writer, "title", Title ?? fallbackTitle);
        if (Horizontal)
        {
            writer.WriteString("orientation", "h");
        }

        PlotlyText.Number(writer, "x", X);
        PlotlyText.Number(writer, "y", Y);
        PlotlyText.Raw(writer, "xanchor", XAnchor);
        PlotlyText.Raw(writer, "yanchor", YAnchor);
        writer.WriteEndObject();
    }
}
