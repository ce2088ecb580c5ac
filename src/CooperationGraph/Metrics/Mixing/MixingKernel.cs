namespace CooperationGraph.Metrics.Mixing;

/// <summary>
/// Sector mixing and Krackhardt–Stern E-I indices over an undirected, unweighted edge list (each edge once).
/// </summary>
internal sealed class MixingKernel
{
    private MixingKernel(int groups, int nodes)
    {
        Mixing = new long[groups, groups];
        NodeExternal = new int[nodes];
        NodeInternal = new int[nodes];
        GroupExternal = new long[groups];
        GroupInternal = new long[groups];
    }

    /// <summary>Ties between groups a and b (symmetric); the diagonal holds ties within a group.</summary>
    public long[,] Mixing { get; }

    public int[] NodeExternal { get; }

    public int[] NodeInternal { get; }

    /// <summary>Σ over a group's members of their ties leaving the group.</summary>
    public long[] GroupExternal { get; }

    /// <summary>Σ over a group's members of their ties inside the group (an internal tie counts once per end).</summary>
    public long[] GroupInternal { get; }

    public long External { get; private set; }

    public long Internal { get; private set; }

    public static MixingKernel Run(int nodes, int groups, ReadOnlySpan<int> group, IEnumerable<(int U, int V)> edges)
    {
        var result = new MixingKernel(groups, nodes);
        foreach (var (u, v) in edges)
        {
            int a = group[u], b = group[v];
            result.Mixing[a, b]++;
            if (a != b)
            {
                result.Mixing[b, a]++;
                result.External++;
                result.NodeExternal[u]++;
                result.NodeExternal[v]++;
                result.GroupExternal[a]++;
                result.GroupExternal[b]++;
            }
            else
            {
                result.Internal++;
                result.NodeInternal[u]++;
                result.NodeInternal[v]++;
                result.GroupInternal[a] += 2;
            }
        }

        return result;
    }

    /// <summary>(E − I) / (E + I); NaN when there are no ties.</summary>
    public static double Index(long external, long @internal) =>
        external + @internal == 0 ? double.NaN : (external - @internal) / (double)(external + @internal);
}
