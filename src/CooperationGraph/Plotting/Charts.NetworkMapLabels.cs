using CooperationGraph.Plotting;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>Outline of an institution's marker, in pixels.</summary>
    private const double NodeOutline = 1;

    /// <summary>Label font size in pixels (Plotly's default).</summary>
    private const double LabelFontSize = 12;

    /// <summary>Pixels kept free around the most important markers while markers are separated, so their labels find room.</summary>
    private const double LabelRoom = 10;

    /// <summary>A map coordinate rounded to a hundredth of a pixel, to keep the figure small.</summary>
    private static double Pixel(double value) => Math.Round(value, 2);

    /// <summary>
    /// The labels of a map: each institution's name, or its id when the name is longer than
    /// <see cref="NetworkMapOptions.MaxLabelLength"/>; placed greedily from the largest size measure down
    /// (<see cref="LabelPlacement"/>). Returns the texts, each one's position (−1: not written) and how many were left out.
    /// </summary>
    private static (string[] Labels, int[] Placed, int Hidden) Labels(CooperationNetwork network, MapCanvas canvas, int[] order, NetworkMapOptions options)
    {
        int n = network.Institutions.Count;
        var labels = new string[n];
        var widths = new double[n];
        var placed = new int[n];
        Array.Fill(placed, -1);
        if (options.ShowNames == false || n == 0)
        {
            return (labels, placed, 0);
        }

        var screenX = new double[n];
        var screenY = new double[n];
        for (int i = 0; i < n; i++)
        {
            labels[i] = Label(network.Institutions[i], options.MaxLabelLength);
            widths[i] = TextWidths.Of(labels[i], LabelFontSize);
            screenX[i] = canvas.ScreenX(i);
            screenY[i] = canvas.ScreenY(i);
        }

        placed = LabelPlacement.Place(screenX, screenY, canvas.Diameters, NodeOutline, widths, order, canvas.Width, canvas.Height, LabelFontSize);
        return (labels, placed, placed.Count(p => p < 0));
    }

    /// <summary>Institutions in the order their labels are placed: largest size measure first, then most partners, then dataset order.</summary>
    private static int[] LabelOrder(CooperationNetwork network, IReadOnlyList<double>? sizeValues) => [.. Enumerable.Range(0, network.Institutions.Count)
        .OrderByDescending(i => sizeValues is not null && double.IsFinite(sizeValues[i]) ? sizeValues[i] : double.NegativeInfinity)
        .ThenByDescending(network.Graph.Degree)
        .ThenBy(i => i)];

    /// <summary>The short label of an institution: its short name when it has one, else its name when short enough, else its id; one line.</summary>
    private static string Label(Institution institution, int maxLength)
    {
        string label = institution.ShortName
            ?? (institution.Name.Length <= maxLength && institution.Name.Trim().Length > 0 ? institution.Name : institution.Id);
        return label.ReplaceLineEndings(" ");
    }
}
