using System.Globalization;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// The model's required sector links as a sector × sector heatmap: each required pair coloured by the number of
    /// institution pairs that realise it in the enacted network (red and marked "missing" when none), pairs the model
    /// does not require left blank. Rows and columns are the model's required sectors; the matrix is symmetric.
    /// </summary>
    /// <param name="gaps">A gap report (<see cref="GapAnalysis.Compute"/> or <c>AnalysisResult.Gaps</c>).</param>
    public static Figure GapHeatmap(GapReport gaps)
    {
        ArgumentNullException.ThrowIfNull(gaps);
        var sectors = gaps.Model.RequiredSectors;
        var labels = sectors.Select(s => (object?)s.Code).ToList();
        int n = sectors.Count;
        var z = new double?[n][];
        var text = new string?[n][];
        for (int i = 0; i < n; i++)
        {
            z[i] = new double?[n];
            text[i] = new string?[n];
        }

        int max = 1;
        foreach (var link in gaps.Links)
        {
            int a = IndexOf(sectors, link.Link.First), b = IndexOf(sectors, link.Link.Second);
            if (a < 0 || b < 0)
            {
                continue;
            }

            string cell = link.IsMissing ? Words.Get("Missing") : link.InstitutionPairs.ToString(CultureInfo.InvariantCulture);
            z[a][b] = z[b][a] = link.InstitutionPairs;
            text[a][b] = text[b][a] = cell;
            max = Math.Max(max, link.InstitutionPairs);
        }

        double red = 0.5 / max;
        var heatmap = new HeatmapTrace
        {
            X = labels,
            Y = labels,
            Z = z,
            CellText = text,
            ZMin = 0,
            ZMax = max,
            ColorScale = [(0, "#d73027"), (red, "#d73027"), (Math.Min(1, red + 1e-9), "#d9f0d3"), (1, "#1b7837")],
            ScaleTitle = Words.Get("Head_institution_pairs"),
            Gap = 2,
            HoverTemplate = "%{y} – %{x}: %{text}<extra></extra>",
        };
        int missing = gaps.MissingLinks.Count;
        return new Figure([heatmap], SectorMatrixLayout(Words.Get("GapHeatmapTitle", gaps.Links.Count - missing, gaps.Links.Count, gaps.Model.Name), n));
    }

    /// <summary>
    /// The sector mixing matrix as a heatmap: how many enacted ties join an institution of one sector with one of
    /// another (the diagonal counts ties inside a sector). Sectors are those present in the network.
    /// </summary>
    /// <param name="mixing">The mixing matrix (<c>AnalysisResult.Mixing</c>).</param>
    public static Figure MixingHeatmap(SectorMixing mixing)
    {
        ArgumentNullException.ThrowIfNull(mixing);
        var sectors = mixing.Sectors;
        var labels = sectors.Select(s => (object?)s.Code).ToList();
        var z = sectors.Select(a => (IReadOnlyList<double?>)[.. sectors.Select(b => (double?)mixing[a, b])]).ToList();
        var text = sectors.Select(a => (IReadOnlyList<string?>)[.. sectors.Select(b => mixing[a, b].ToString(CultureInfo.InvariantCulture))]).ToList();
        var heatmap = new HeatmapTrace
        {
            X = labels,
            Y = labels,
            Z = z,
            CellText = text,
            ZMin = 0,
            ColorScale = [(0, "#f7fbff"), (0.5, "#6baed6"), (1, "#08306b")],
            ScaleTitle = Words.Get("TiesScale"),
            Gap = 1,
            HoverTemplate = Words.Get("MixingHover"),
        };
        return new Figure([heatmap], SectorMatrixLayout(Words.Get("MixingTitle", Words.Number(mixing.EIIndex)), sectors.Count));
    }

    /// <summary>Square cells, sectors read down and across like a table.</summary>
    private static FigureLayout SectorMatrixLayout(string title, int sectors) => new()
    {
        Title = title,
        XAxis = new Axis { Kind = "category", TickAngle = -45, ShowGrid = false },
        YAxis = new Axis { Kind = "category", Reversed = true, ShowGrid = false, EqualScale = true },
        Height = 240 + (40 * sectors),
    };

    private static int IndexOf(IReadOnlyList<Sector> sectors, Sector sector)
    {
        for (int i = 0; i < sectors.Count; i++)
        {
            if (sectors[i] == sector)
            {
                return i;
            }
        }

        return -1;
    }
}
