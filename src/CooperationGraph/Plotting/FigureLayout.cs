using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>Title, axes, legend and size of a <see cref="Figure"/> (plotly.js 3+ layout: titles as <c>{text: …}</c>).</summary>
public sealed record FigureLayout
{
    /// <summary>The figure title (plain text).</summary>
    public string? Title { get; init; }

    /// <summary>A second line under the title, in smaller type (plain text).</summary>
    public string? Subtitle { get; init; }

    /// <summary>The horizontal axis.</summary>
    public Axis? XAxis { get; init; }

    /// <summary>The vertical axis.</summary>
    public Axis? YAxis { get; init; }

    /// <summary>A second vertical axis on the right, over the same plot (for traces with <see cref="ScatterTrace.OnSecondAxis"/>).</summary>
    public Axis? YAxis2 { get; init; }

    /// <summary>Whether the legend is shown.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>The legend's title (plain text).</summary>
    public string? LegendTitle { get; init; }

    /// <summary>Where the legend sits and how its entries run; Plotly's default (a column right of the plot) when null.</summary>
    public LegendPlacement? Legend { get; init; }

    /// <summary>A second legend (<c>legend2</c>) for the traces whose <see cref="Trace.Legend"/> is <c>legend2</c>.</summary>
    public LegendPlacement? SecondLegend { get; init; }

    /// <summary>Space around the plot area; Plotly's default when null.</summary>
    public FigureMargin? Margin { get; init; }

    /// <summary>Height in pixels; Plotly's default (450) when null.</summary>
    public int? Height { get; init; }

    /// <summary>Width in pixels; the container's width when null.</summary>
    public int? Width { get; init; }

    /// <summary>How bars of several traces share a category: <c>group</c>, <c>stack</c>, <c>overlay</c>.</summary>
    public string? BarMode { get; init; }

    /// <summary>Plotly's <c>separators</c>: the decimal and thousands separators of tick and scale labels. By default
    /// those of the reader's language when the figure is made (the current UI culture): <c>", "</c> in Polish
    /// (<c>0,5</c>, <c>1 000</c>), Plotly's own <c>".,"</c> otherwise.</summary>
    public string? Separators { get; init; } = Messages.Polish ? ", " : null;

    /// <summary>Plotly's <c>hovermode</c>: <c>closest</c>, <c>x</c>, <c>y</c>, or <c>false</c> as the text "false".</summary>
    public string? HoverMode { get; init; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("layout");
        if (Subtitle is null)
        {
            PlotlyText.Title(writer, "title", Title);
        }
        else
        {
            writer.WriteStartObject("title");
            PlotlyText.Text(writer, "text", Title);
            PlotlyText.Title(writer, "subtitle", Subtitle);
            writer.WriteEndObject();
        }

        XAxis?.Write(writer, "xaxis", "y");
        YAxis?.Write(writer, "yaxis", "x");
        YAxis2?.Write(writer, "yaxis2", "x", overlaying: "y");
        PlotlyText.Bool(writer, "showlegend", ShowLegend);
        if (Legend is not null)
        {
            Legend.Write(writer, "legend", LegendTitle);
        }
        else if (LegendTitle is not null)
        {
            writer.WriteStartObject("legend");
            PlotlyText.Title(writer, "title", LegendTitle);
            writer.WriteEndObject();
        }

        SecondLegend?.Write(writer, "legend2", null);
        if (Margin is { } margin)
        {
            writer.WriteStartObject("margin");
            writer.WriteNumber("l", margin.Left);
            writer.WriteNumber("r", margin.Right);
            writer.WriteNumber("t", margin.Top);
            writer.WriteNumber("b", margin.Bottom);
            writer.WriteEndObject();
        }

        PlotlyText.Number(writer, "height", Height);
        PlotlyText.Number(writer, "width", Width);
        PlotlyText.Raw(writer, "barmode", BarMode);
        PlotlyText.Raw(writer, "separators", Separators);
        if (HoverMode == "false")
        {
            writer.WriteBoolean("hovermode", false);
        }
        else
        {
            PlotlyText.Raw(writer, "hovermode", HoverMode);
        }

        writer.WriteEndObject();
    }
}
