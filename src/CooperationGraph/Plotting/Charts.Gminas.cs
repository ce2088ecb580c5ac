using CooperationGraph.Analysis;

namespace CooperationGraph.Plotting;

public static partial class Charts
{
    /// <summary>The share-type indicators the comparison bars show, with their <c>comparison.csv</c> columns.</summary>
    internal static IReadOnlyList<(string Label, string Column, Func<GminaIndicators, double> Value)> ComparedIndicators { get; } =
    [
        ("activation rate", "activation_rate", i => i.ActivationRate),
        ("required sectors present", "required_sectors_present", i => i.RequiredSectorsPresent),
        ("required links realised", "required_links_realised", i => i.RequiredLinksRealised),
        ("density", "density", i => i.Density),
        ("fragmentation", "fragmentation", i => i.Fragmentation),
        ("E-I index", "ei_index", i => i.EIIndex),
    ];

    /// <summary>
    /// Gminas compared: for each gmina, grouped bars of activation rate, required sectors present, required links
    /// realised, density, fragmentation and E-I index, the values of <c>comparison.csv</c> (undefined values leave a gap).
    /// </summary>
    /// <param name="comparison">The comparison (<see cref="GminaComparer.Compare"/>).</param>
    public static Figure GminaBars(ComparisonResult comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var gminas = comparison.Gminas;
        var traces = ComparedIndicators.Select((indicator, k) => (Trace)new BarTrace
        {
            Name = indicator.Label,
            X = [.. gminas.Select(g => (object?)g.Name)],
            Y = [.. gminas.Select(g => Nullable(indicator.Value(g.Indicators)))],
            Marker = new Marker { Color = SectorPalette.Of(k + 2) },
            HoverText = [.. gminas.Select(g => $"{g.Name}\n{indicator.Label}: {Format(indicator.Value(g.Indicators))}")],
            HoverInfo = "text",
        });
        return new Figure(traces, new FigureLayout
        {
            Title = $"Indicators of {gminas.Count} gminas",
            BarMode = "group",
            XAxis = new Axis { Kind = "category", TickAngle = gminas.Count > 6 ? -45 : null },
            YAxis = new Axis { Title = "value (−1 to 1)" },
            LegendTitle = "indicator",
        });
    }
}
