namespace CooperationGraph.Plotting;

/// <summary>
/// One colour per sector, the same in every chart: the built-in sectors in catalogue order take the first colours of a
/// 24-colour qualitative palette; a dataset's own sectors get a colour from their code, the same in every run.
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

        return Colors[(builtIn.Count + (int)(StableHash(sector.Code) % (uint)Colors.Length)) % Colors.Length];
    }

    /// <summary>FNV-1a of the code: the same colour in every run (string hash codes are randomised per process).</summary>
    private static uint StableHash(string code)
    {
        uint hash = 2166136261;
        foreach (char c in code)
        {
            hash = (hash ^ c) * 16777619;
        }

        return hash;
    }

    public static string Of(int index) => Colors[index % Colors.Length];
}
