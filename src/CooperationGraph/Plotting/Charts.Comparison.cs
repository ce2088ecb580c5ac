using CooperationGraph.Plotting;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// The indicators the comparison charts show, each between −1 and 1: activation rate, share of required sectors
    /// present, share of required links realised, density, fragmentation and the E-I index.
    /// </summary>
    internal static IReadOnlyList<(string Column, Func<AnalysisResult, double> Value)> Indicators { get; } =
    [
        ("activation_rate", r => r.Gaps.ActivationRate),
        ("required_sectors_present", r => r.Gaps.Model.RequiredSectors.Count == 0 ? double.NaN : 1 - ((double)r.Gaps.MissingSectors.Count / r.Gaps.Model.RequiredSectors.Count)),
        ("required_links_realised", r => r.Gaps.Links.Count == 0 ? double.NaN : 1 - ((double)r.Gaps.MissingLinks.Count / r.Gaps.Links.Count)),
        ("density", r => r.Structure.Density),
        ("fragmentation", r => r.Structure.Fragmentation),
        ("ei_index", r => r.Mixing.EIIndex),
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
            [(comparison.First.Options.Window.Describe(Words.Numbers), comparison.First), (comparison.Second.Options.Window.Describe(Words.Numbers), comparison.Second)],
            Words.Get("MilestonesTitle"), Words.Get("WindowLegend"));
    }

    /// <summary>
    /// Several gminas (or datasets) side by side: for each, grouped bars of the same gap indicators as
    /// <see cref="WindowComparison"/>.
    /// </summary>
    /// <param name="gminas">Each gmina's name and analysis, in the order to show.</param>
    /// <exception cref="ArgumentException">No gmina, or a name repeats.</exception>
    public static Figure GminaComparison(IEnumerable<(string Name, AnalysisResult Result)> gminas)
    {
        ArgumentNullException.ThrowIfNull(gminas);
        var list = gminas.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("No gmina to compare.", nameof(gminas));
        }

        if (list.Select(g => g.Name).Distinct(StringComparer.Ordinal).Count() != list.Count)
        {
            throw new ArgumentException("Two gminas have the same name; names label the bars.", nameof(gminas));
        }

        return GroupedBars(
            [.. list.Select(g => g.Name)],
            [.. Indicators.Select(i => (Words.Label(i.Column), list.Select(g => i.Value(g.Result)).ToArray()))],
            Words.Get("GminasComparedTitle", list.Count));
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
            HoverText = [.. names.Select((n, g) => $"{n}\n{indicator.Label}: {Format(indicator.Values[g])}")],
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

    private static Figure IndicatorBars(IReadOnlyList<(string Name, AnalysisResult Result)> series, string title, string legend)
    {
        var traces = series.Select((s, k) => (Trace)new BarTrace
        {
            Name = s.Name,
            X = [.. Indicators.Select(i => (object?)Words.Label(i.Column))],
            Y = [.. Indicators.Select(i => (object?)i.Value(s.Result))],
            Text = [.. Indicators.Select(i => Format(i.Value(s.Result)))],
            Marker = new Marker { Color = k == 0 ? "#9ecae1" : "#08519c" },
            HoverText = [.. Indicators.Select(i => $"{s.Name}\n{Words.Label(i.Column)}: {Format(i.Value(s.Result))}")],
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

    private static string Format(double value) => Words.Number(value);
}
