using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>How points or bars look. Colours are CSS colours; per-point lists override the single values.</summary>
public sealed record Marker
{
    /// <summary>One colour for all points.</summary>
    public string? Color { get; init; }

    /// <summary>A colour per point.</summary>
    public IReadOnlyList<string>? Colors { get; init; }

    /// <summary>One size (pixels) for all points.</summary>
    public double? Size { get; init; }

    /// <summary>A size per point (pixels).</summary>
    public IReadOnlyList<double>? Sizes { get; init; }

    /// <summary>A Plotly symbol name, e.g. <c>circle</c>, <c>diamond</c>, <c>square</c>.</summary>
    public string? Symbol { get; init; }

    /// <summary>Opacity, 0..1.</summary>
    public double? Opacity { get; init; }

    /// <summary>Outline colour.</summary>
    public string? OutlineColor { get; init; }

    /// <summary>Outline width in pixels.</summary>
    public double? OutlineWidth { get; init; }

    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("marker");
        if (Colors is not null)
        {
            PlotlyText.Values(writer, "color", [.. Colors]);
        }
        else
        {
            PlotlyText.Raw(writer, "color", Color);
        }

        if (Sizes is not null)
        {
            PlotlyText.Values(writer, "size", [.. Sizes.Select(s => (object?)s)]);
        }
        else
        {
            PlotlyText.Number(writer, "size", Size);
        }

        PlotlyText.Raw(writer, "symbol", Symbol);
        PlotlyText.Number(writer, "opacity", Opacity);
        if (OutlineColor is not null || OutlineWidth is not null)
        {
            writer.WriteStartObject("line");
            PlotlyText.Raw(writer, "color", OutlineColor);
            PlotlyText.Number(writer, "width", OutlineWidth);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }
}
