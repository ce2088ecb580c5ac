using CooperationGraph.Analysis;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Text;

namespace CooperationGraph.Plotting;

public static partial class Charts
{
    /// <summary>
    /// The indicators the comparison and over-time charts show, each between −1 and 1: activation rate, share of
    /// required sectors present, share of required links realised, density, fragmentation and the E-I index; each with
    /// its <c>comparison.csv</c> column, read from a gmina's or a window's indicators and from a gap report.
    /// </summary>
    internal static IReadOnlyList<(string Column, Func<GminaIndicators, double> Value, Func<GapReport, double> OfGaps)> Indicators { get; } =
    [
        ("activation_rate", i => i.ActivationRate, g => g.ActivationRate),
        ("required_sectors_present", i => i.RequiredSectorsPresent, GminaIndicators.RequiredSectorsPresentIn),
        ("required_links_realised", i => i.RequiredLinksRealised, GminaIndicators.RequiredLinksRealisedIn),
        ("density", i => i.Density, g => g.Structure.Density),
        ("fragmentation", i => i.Fragmentation, g => g.Structure.Fragmentation),
        ("ei_index", i => i.EIIndex, g => g.Mixing.EIIndex),
    ];

    /// <summary>
    /// Two windows side by side (e.g. milestone I and milestone II): grouped bars of the gap indicators (activation
    /// rate, required sectors present, required links realised, density, fragmentation, E-I index).
    /// </summary>
    /// <param name="comparison">The comparison (<see cref="GapComparison.Compute"/> or <c>AnalysisResult.Comparison</c>).</param>
    public static Figure MilestoneComparison(GapComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return IndicatorBars(
            [(comparison.First.Options.Window.Describe(Words.Numbers), comparison.First), (comparison.Second.Options.Window.Describe(Words.Numbers), comparison.Second)],
            Words.Get("MilestonesTitle"), Words.Get("WindowLegend"));
    }

    /// <summary>For each named gmina, one bar per indicator (an undefined value leaves a gap), grouped by gmina.</summary>
    private static Figure GroupedBars(IReadOnlyList<string> names, IReadOnlyList<(string Label, double[] Values)> indicators, string title)
    {
        var traces = indicators.Select((indicator, k) => (Trace)new BarTrace
        {
            Name = indicator.Label,
            X = [.. names.Select(n => (object?)n)],
            Y = [.. indicator.Values.Select(Nullable)],
            Marker = new Marker { Color = SectorPalette.Of(k + 2) },
            HoverText = [.. names.Select((n, g) => $"{n}\n{indicator.Label}: {Words.Number(indicator.Values[g])}")],
            HoverInfo = "text",
        });
        return new Figure(traces, new FigureLayout
        {
            Title = title,
            BarMode = "group",
            XAxis = new Axis { Kind = "category", TickAngle = names.Count > 6 ? -45 : null },
            YAxis = new Axis { Title = Words.Get("IndicatorAxis") },
            LegendTitle = Words.Get("IndicatorLegend"),
        });
    }

    private static Figure IndicatorBars(IReadOnlyList<(string Name, GapReport Gaps)> series, string title, string legend)
    {
        var traces = series.Select((s, k) => (Trace)new BarTrace
        {
            Name = s.Name,
            X = [.. Indicators.Select(i => (object?)Words.Label(i.Column))],
            Y = [.. Indicators.Select(i => (object?)i.OfGaps(s.Gaps))],
            Text = [.. Indicators.Select(i => Words.Number(i.OfGaps(s.Gaps)))],
            Marker = new Marker { Color = k == 0 ? "#9ecae1" : "#08519c" },
            HoverText = [.. Indicators.Select(i => $"{s.Name}\n{Words.Label(i.Column)}: {Words.Number(i.OfGaps(s.Gaps))}")],
            HoverInfo = "text",
        });
        return new Figure(traces, new FigureLayout
        {
            Title = title,
            BarMode = "group",
            XAxis = new Axis { Kind = "category" },
            YAxis = new Axis { Title = Words.Get("IndicatorAxis") },
            LegendTitle = legend,
        });
    }
}
