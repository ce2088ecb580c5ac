using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>A horizontal or vertical axis of a <see cref="FigureLayout"/>.</summary>
public sealed record Axis
{
    /// <summary>The axis title (plain text).</summary>
    public string? Title { get; init; }

    /// <summary>Plotly axis type: <c>linear</c>, <c>category</c>, <c>date</c>; Plotly guesses when null.</summary>
    public string? Kind { get; init; }

    /// <summary>Whether the axis (line, ticks, labels) is drawn.</summary>
    public bool? Visible { get; init; }

    /// <summary>Whether grid lines are drawn.</summary>
    public bool? ShowGrid { get; init; }

    /// <summary>Whether the zero line is drawn.</summary>
    public bool? ZeroLine { get; init; }

    /// <summary>Whether values run from the top down (for category rows read like a table).</summary>
    public bool Reversed { get; init; }

    /// <summary>Keep one unit on this axis as long as one unit on the other (for maps).</summary>
    public bool EqualScale { get; init; }

    /// <summary>Tick label angle in degrees.</summary>
    public double? TickAngle { get; init; }

    /// <summary>Whether the axis is fixed (no zoom or pan).</summary>
    public bool? Fixed { get; init; }

    /// <summary>Plotly's <c>tickformat</c> (d3 format), e.g. <c>%Y-%m</c> for a date axis whose ticks must not carry
    /// English month names; Plotly's automatic labels when null.</summary>
    public string? TickFormat { get; init; }

    /// <summary>The range shown, [from, to] in data units; Plotly fits the data when null.</summary>
    public IReadOnlyList<double>? Range { get; init; }

    internal void Write(Utf8JsonWriter writer, string name, string otherAxisId)
    {
        writer.WriteStartObject(name);
        PlotlyText.Title(writer, "title", Title);

        PlotlyText.Raw(writer, "type", Kind);
        PlotlyText.Bool(writer, "visible", Visible);
        PlotlyText.Bool(writer, "showgrid", ShowGrid);
        PlotlyText.Bool(writer, "zeroline", ZeroLine);
        PlotlyText.Number(writer, "tickangle", TickAngle);
        PlotlyText.Bool(writer, "fixedrange", Fixed);
        PlotlyText.Raw(writer, "tickformat", TickFormat);
        writer.WriteBoolean("automargin", true);
        if (Range is { Count: 2 } range)
        {
            writer.WriteStartArray("range");
            writer.WriteNumberValue(range[0]);
            writer.WriteNumberValue(range[1]);
            writer.WriteEndArray();
        }

        if (Reversed)
        {
            writer.WriteString("autorange", "reversed");
        }

        if (EqualScale)
        {
            writer.WriteString("scaleanchor", otherAxisId);
            writer.WriteNumber("scaleratio", 1);
        }

        writer.WriteEndObject();
    }
}
