using CooperationGraph.Graph;
using QuikGraph;

namespace CooperationGraph;

/// <summary>Articulation points and bridges of any QuikGraph undirected graph, from the same depth-first search.</summary>
/// <remarks>
/// Parallel edges count as one tie for articulation points, and a pair joined by parallel edges is never a bridge (as NetworkX
/// <c>bridges</c> on a multigraph); self-loops are ignored. O(n + m) after one O(n + m log m) copy into the compact form.
/// </remarks>
public static partial class StructureAnalysis
{
    /// <summary>Vertices whose removal increases the number of connected components, in the graph's vertex order; NetworkX <c>articulation_points(G)</c> (as a set).</summary>
    public static IReadOnlyList<TVertex> ArticulationPoints<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var (compact, vertices, _) = QuikGraphAdapter.ToWeightedGraph(graph, null);
        var kernel = Blocks.Find(compact, cancellationToken);
        return [.. Enumerable.Range(0, vertices.Length).Where(v => kernel.IsArticulation(v)).Select(v => vertices[v])];
    }

    /// <summary>
    /// Edges whose removal increases the number of connected components, as vertex pairs (each pair in the graph's vertex
    /// order, pairs sorted by it); NetworkX <c>bridges(G)</c> (as a set).
    /// </summary>
    public static IReadOnlyList<(TVertex First, TVertex Second)> Bridges<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var (compact, vertices, _) = QuikGraphAdapter.ToWeightedGraph(graph, null);
        var kernel = Blocks.Find(compact, cancellationToken);
        return [.. kernel.Bridges().Order().Select(b => (vertices[b.Item1], vertices[b.Item2])).Where(b => Single(graph, b.Item1, b.Item2))];
    }

    /// <summary>Whether exactly one edge joins the two (parallel edges make a pair that no single loss separates).</summary>
    private static bool Single<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, TVertex u, TVertex v)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var comparer = EqualityComparer<TVertex>.Default;
        return graph.AdjacentEdges(u).Count(e => comparer.Equals(e.Source, v) || comparer.Equals(e.Target, v)) == 1;
    }
}
