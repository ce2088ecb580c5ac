using CooperationGraph.Graph;

namespace CooperationGraph;

/// <summary>
/// Components, articulation points, bridges and fragmentation of a network, by default the enacted network of a dataset (joint
/// actions in a window and direct ties; every institution of the dataset is a node).
/// </summary>
/// <remarks>
/// <para>Articulation points and bridges by one depth-first search (Hopcroft &amp; Tarjan 1973, Algorithm 447,
/// https://doi.org/10.1145/362248.362272), equal to NetworkX <c>articulation_points</c> and <c>bridges</c>.
/// Fragmentation after removing each institution (Borgatti 2006, Identifying sets of key players in a social network,
/// https://doi.org/10.1007/s10588-006-7084-x) comes from the same search: the pieces left by removing v are its DFS
/// children whose subtrees have no back edge above v, plus the rest of its component. Time O(n + m) for all
/// institutions together; isolated institutions are components of one and never articulation points.</para>
/// </remarks>
public static partial class StructureAnalysis
{
    /// <summary>The structure of a network (weights are ignored: a tie is a tie).</summary>
    public static StructureSummary Compute(CooperationNetwork network, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(network);
        var institutions = network.Institutions;
        var graph = network.Graph;
        int n = institutions.Count;
        var kernel = Blocks.Find(graph, cancellationToken);
        var reachableWithout = kernel.ReachablePairsWithout();
        var members = new List<string>[kernel.ComponentSizes.Length];
        for (int c = 0; c < members.Length; c++)
        {
            members[c] = new List<string>(kernel.ComponentSizes[c]);
        }

        for (int v = 0; v < n; v++)
        {
            members[kernel.Component[v]].Add(institutions[v].Id);
        }

        var components = members.OrderByDescending(m => m.Count).Select(m => (IReadOnlyList<string>)m.AsReadOnly());
        double orderedPairs = n * (n - 1.0);
        double reachable = kernel.ComponentSizes.Sum(s => s * (s - 1.0));
        double remaining = (n - 1.0) * (n - 2.0);
        var without = new RemovalEffect[n];
        for (int v = 0; v < n; v++)
        {
            without[v] = new RemovalEffect(institutions[v].Id, kernel.IsArticulation(v), n < 3 ? double.NaN : 1 - (reachableWithout[v] / remaining));
        }

        return new StructureSummary(
            components,
            [.. Enumerable.Range(0, n).Where(v => kernel.IsArticulation(v)).Select(v => institutions[v].Id)],
            kernel.Bridges().Order().Select(b => new Bridge(institutions[b.Item1].Id, institutions[b.Item2].Id)),
            n < 2 ? double.NaN : graph.EdgeCount / (orderedPairs / 2),
            n < 2 ? double.NaN : 1 - (reachable / orderedPairs),
            without);
    }
}
