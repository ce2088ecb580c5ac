using CooperationGraph.Plotting;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>The institutions with the highest value of one centrality measure of an analysis, as horizontal bars.</summary>
    /// <param name="result">An analysis (its enacted network and centrality table).</param>
    /// <param name="measure">A measure that the analysis computed (every one but Katz); betweenness by default.</param>
    /// <param name="top">How many institutions to show, at least 1; 20 by default.</param>
    public static Figure CentralityBar(AnalysisResult result, CentralityMeasure measure = CentralityMeasure.Betweenness, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(result);
        return CentralityBar(result.Network, result.Centrality, measure, top);
    }

    /// <summary>
    /// The <paramref name="top"/> institutions by <paramref name="measure"/>, highest first, as horizontal bars coloured
    /// by sector; undefined values (NaN) are left out; ties keep network order.
    /// </summary>
    /// <param name="network">The network the table was computed on (for names and sectors).</param>
    /// <param name="centrality">The centrality table (<see cref="CentralityAnalysis.Compute"/>).</param>
    /// <param name="measure">The column to rank by.</param>
    /// <param name="top">How many institutions to show, at least 1.</param>
    /// <exception cref="KeyNotFoundException">The measure was not computed.</exception>
    /// <exception cref="ArgumentException">The table was not computed on this network.</exception>
    public static Figure CentralityBar(CooperationNetwork network, CentralityTable centrality, CentralityMeasure measure = CentralityMeasure.Betweenness, int top = 20)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(centrality);
        ArgumentOutOfRangeException.ThrowIfLessThan(top, 1);
        if (centrality.Ids.Count != network.Institutions.Count || !centrality.Ids.SequenceEqual(network.Institutions.Select(i => i.Id)))
        {
            throw new ArgumentException("The centrality table was computed on another network.", nameof(centrality));
        }

        string name = measure.ColumnName(), label = Words.Column(name);
        var values = centrality.Column(measure);
        var order = Enumerable.Range(0, values.Count).Where(i => !double.IsNaN(values[i]))
            .OrderByDescending(i => values[i]).ThenBy(i => i).Take(top).ToList();
        var institutions = order.Select(i => network.Institutions[i]).ToList();
        var bar = new BarTrace
        {
            Horizontal = true,
            X = [.. order.Select(i => (object?)values[i])],
            Y = [.. Labels(institutions)],
            HoverText = [.. order.Select(i => $"{network.Institutions[i].Name}\n{network.Institutions[i].Sector.Code}\n{label}: {ReadableNumber.Digits(values[i], Words.Numbers)}")],
            HoverInfo = "text",
            Marker = new Marker { Colors = [.. institutions.Select(i => SectorPalette.Of(i.Sector))] },
        };
        return new Figure([bar], new FigureLayout
        {
            Title = Words.Get("CentralityTitle", label, order.Count, values.Count),
            XAxis = new Axis { Title = label },
            YAxis = new Axis { Kind = "category", Reversed = true },
            Height = 160 + (24 * order.Count),
            ShowLegend = false,
        });
    }
}
