using CooperationGraph.Model;

namespace CooperationGraph.Plotting;

/// <summary>
/// One colour per sector, the same in every chart: the built-in sectors in catalogue order take the first colours of a
/// 24-colour qualitative palette; other sectors follow in order of first use.
/// </summary>
internal static class SectorPalette
{
    private static readonly string[] Colors =
    [
        "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f",
        "#bcbd22", "#17becf", "#393b79", "#637939", "#8c6d31", "#843c39", "#7b4173", "#3182bd",
        "#e6550d", "#31a354", "#756bb1", "#636363", "#6baed6", "#fd8d3c", "#74c476", "#9e9ac8",
    ];

    public static string Of(Sector sector)
    {
        var builtIn = SectorCatalog.Default.Sectors;
        for (int i = 0; i < builtIn.Count; i++)
        {
            if (builtIn[i] == sector)
            {
                return Colors[i % Colors.Length];
            }
        }

        return Colors[(builtIn.Count + (StringComparer.Ordinal.GetHashCode(sector.Code) & int.MaxValue)) % Colors.Length];
    }

    public static string Of(int index) => Colors[index % Colors.Length];
}
