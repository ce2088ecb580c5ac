using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>
/// One Plotly.js trace of a <see cref="Figure"/>. Text properties hold plain text (what the reader sees; line breaks
/// allowed), never markup: it is escaped when written. Properties left null are not written, so Plotly's defaults apply.
/// </summary>
public abstract class Trace
{
    private protected Trace()
    {
    }

    /// <summary>The name in the legend and hover labels.</summary>
    public string? Name { get; init; }

    /// <summary>Whether the trace has a legend entry.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>Traces with the same group toggle together in the legend.</summary>
    public string? LegendGroup { get; init; }

    /// <summary>
    /// Which legend lists the trace: <c>legend</c> (the default when null) or <c>legend2</c>, the figure's
    /// <see cref="FigureLayout.SecondLegend"/>.
    /// </summary>
    public string? Legend { get; init; }

    /// <summary>Hover text, one per point (plain text).</summary>
    public IReadOnlyList<string?>? HoverText { get; init; }

    /// <summary>Plotly's <c>hoverinfo</c> (e.g. <c>text</c>, <c>skip</c>, <c>none</c>); authored by the library.</summary>
    public string? HoverInfo { get; init; }

    /// <summary>
    /// Plotly's <c>hovertemplate</c>, authored by the library: Plotly markup with placeholders such as <c>%{text}</c>;
    /// the values put into the placeholders are data and are escaped.
    /// </summary>
    public string? HoverTemplate { get; init; }

    /// <summary>The Plotly.js trace type, e.g. <c>scatter</c>.</summary>
    public abstract string Type { get; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("type", Type);
        PlotlyText.Text(writer, "name", Name);
        PlotlyText.Bool(writer, "showlegend", ShowLegend);
        PlotlyText.Text(writer, "legendgroup", LegendGroup);
        PlotlyText.Raw(writer, "legend", Legend);
        PlotlyText.Texts(writer, "hovertext", HoverText);
        PlotlyText.Raw(writer, "hoverinfo", HoverInfo);
        PlotlyText.Raw(writer, "hovertemplate", HoverTemplate);
        WriteProperties(writer);
        writer.WriteEndObject();
    }

    private protected abstract void WriteProperties(Utf8JsonWriter writer);
}
