using System.Text.Json;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>A matrix of coloured cells (<c>heatmap</c>): <see cref="Z"/>[row][column], rows along <see cref="Y"/>.</summary>
public sealed class HeatmapTrace : Trace
{
    /// <inheritdoc/>
    public override string Type => "heatmap";

    /// <summary>Column labels.</summary>
    public required IReadOnlyList<object?> X { get; init; }

    /// <summary>Row labels.</summary>
    public required IReadOnlyList<object?> Y { get; init; }

    /// <summary>Values by row, then column; null or NaN leaves a cell blank.</summary>
    public required IReadOnlyList<IReadOnlyList<double?>> Z { get; init; }

    /// <summary>Text written in each cell (plain text; null writes nothing), by row, then column.</summary>
    public IReadOnlyList<IReadOnlyList<string?>>? CellText { get; init; }

    /// <summary>Colour scale as (position in 0..1, CSS colour) stops.</summary>
    public IReadOnlyList<(double Position, string Color)>? ColorScale { get; init; }

    /// <summary>Lowest value of the colour scale.</summary>
    public double? ZMin { get; init; }

    /// <summary>Highest value of the colour scale.</summary>
    public double? ZMax { get; init; }

    /// <summary>Whether to show the colour bar.</summary>
    public bool? ShowScale { get; init; }

    /// <summary>Title of the colour bar.</summary>
    public string? ScaleTitle { get; init; }

    /// <summary>Gap between cells in pixels.</summary>
    public double? Gap { get; init; }

    private protected override void WriteProperties(Utf8JsonWriter writer)
    {
        PlotlyText.Values(writer, "x", X);
        PlotlyText.Values(writer, "y", Y);
        writer.WriteStartArray("z");
        foreach (var row in Z)
        {
            writer.WriteStartArray();
            foreach (var cell in row)
            {
                PlotlyText.Value(writer, cell);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        if (CellText is not null)
        {
            writer.WriteStartArray("text");
            foreach (var row in CellText)
            {
                writer.WriteStartArray();
                foreach (var cell in row)
                {
                    PlotlyText.Value(writer, cell ?? string.Empty);
                }

                writer.WriteEndArray();
            }

            writer.WriteEndArray();
            writer.WriteString("texttemplate", "%{text}");
            writer.WriteStartObject("textfont");
            writer.WriteNumber("size", 13);
            writer.WriteEndObject();
        }

        if (ColorScale is not null)
        {
            writer.WriteStartArray("colorscale");
            foreach (var (position, color) in ColorScale)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(position);
                writer.WriteStringValue(color);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }

        PlotlyText.Number(writer, "zmin", ZMin);
        PlotlyText.Number(writer, "zmax", ZMax);
        PlotlyText.Bool(writer, "showscale", ShowScale);
        PlotlyText.Number(writer, "xgap", Gap);
        PlotlyText.Number(writer, "ygap", Gap);
        if (ScaleTitle is not null)
        {
            writer.WriteStartObject("colorbar");
            PlotlyText.Title(writer, "title", ScaleTitle);
            writer.WriteEndObject();
        }
    }
}
