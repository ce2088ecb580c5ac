using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>How a line looks: CSS colour, width in pixels, dash (<c>solid</c>, <c>dot</c>, <c>dash</c>…).</summary>
public sealed record LineStyle(string? Color = null, double? Width = null, string? Dash = null)
{
    internal void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("line");
        PlotlyText.Raw(writer, "color", Color);
        PlotlyText.Number(writer, "width", Width);
        PlotlyText.Raw(writer, "dash", Dash);
        writer.WriteEndObject();
    }
}
