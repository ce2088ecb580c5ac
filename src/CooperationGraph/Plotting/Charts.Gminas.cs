using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// Gminas compared: for each gmina, grouped bars of the same gap indicators as <see cref="WindowComparison"/>
    /// (activation rate, required sectors present, required links realised, density, fragmentation and E-I index), the
    /// values of <c>comparison.csv</c> (undefined values leave a gap).
    /// </summary>
    /// <param name="comparison">The comparison (<see cref="GminaComparer.Compare"/>): gminas named uniquely, in the order to show.</param>
    public static Figure GminaComparison(GminaComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var gminas = comparison.Gminas;
        return GroupedBars(
            [.. gminas.Select(g => g.Name)],
            [.. Indicators.Select(i => (Words.Label(i.Column), gminas.Select(g => i.Value(g.Indicators)).ToArray()))],
            Words.Get("GminaBarsTitle", gminas.Count));
    }
}
