using CooperationGraph.Plotting;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// The indicators the comparison and over-time charts show, each between −1 and 1: activation rate, share of
    /// required sectors present, share of required links realised, density, fragmentation and the E-I index; each with
    /// its <c>comparison.csv</c> column, read from the indicators of a gmina or a window.
    /// </summary>
    internal static IReadOnlyList<(string Column, Func<CooperationIndicators, double> Value)> Indicators { get; } =
    [
        ("activation_rate", i => i.ActivationRate),
        ("required_sectors_present", i => i.RequiredSectorsPresent),
        ("required_links_realised", i => i.RequiredLinksRealised),
        ("density", i => i.Density),
        ("fragmentation", i => i.Fragmentation),
        ("ei_index", i => i.EIIndex),
    ];

    /// <summary>
    /// Two windows side by side (e.g. milestone I and milestone II): grouped bars of the gap indicators (activation
    /// rate, required sectors present, required links realised, density, fragmentation, E-I index).
    /// </summary>
    /// <param name="comparison">The window comparison (<c>AnalysisResult.WindowComparison</c>).</param>
    public static Figure WindowComparison(WindowComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return IndicatorBars(
            [(comparison.First.Options.Window.Describe(Words.Numbers), CooperationIndicators.From(comparison.First)),
                (comparison.Second.Options.Window.Describe(Words.Numbers), CooperationIndicators.From(comparison.Second))],
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

    private static Figure IndicatorBars(IReadOnlyList<(string Name, CooperationIndicators Indicators)> series, string title, string legend)
    {
        var traces = series.Select((s, k) => (Trace)new BarTrace
        {
            Name = s.Name,
            X = [.. Indicators.Select(i => (object?)Words.Label(i.Column))],
            Y = [.. Indicators.Select(i => (object?)i.Value(s.Indicators))],
            Text = [.. Indicators.Select(i => Words.Number(i.Value(s.Indicators)))],
            Marker = new Marker { Color = k == 0 ? "#9ecae1" : "#08519c" },
            HoverText = [.. Indicators.Select(i => $"{s.Name}\n{Words.Label(i.Column)}: {Words.Number(i.Value(s.Indicators))}")],
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
