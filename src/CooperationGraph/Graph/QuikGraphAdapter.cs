using System.Runtime.InteropServices;
using QuikGraph;

namespace CooperationGraph.Graph;

/// <summary>
/// Turns any QuikGraph undirected graph into the compact <see cref="WeightedGraph"/> the kernels run on, once: node i
/// is the i-th vertex of <c>graph.Vertices</c> (so results follow the graph's own vertex order), edges come with the
/// caller's weight (a strength) or 1. Parallel edges merge into one tie whose weight is their sum; self-loops are
/// dropped. O(n + m log m) time, one dictionary lookup per edge end.
/// </summary>
internal static class QuikGraphAdapter
{
    public static (WeightedGraph Graph, TVertex[] Vertices, Dictionary<TVertex, int> Index) ToWeightedGraph<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentNullException.ThrowIfNull(graph);
        var vertices = graph.Vertices.ToArray();
        var index = new Dictionary<TVertex, int>(vertices.Length);
        for (int i = 0; i < vertices.Length; i++)
        {
            if (!index.TryAdd(vertices[i], i))
            {
                throw new ArgumentException($"The graph lists vertex '{vertices[i]}' twice.", nameof(graph));
            }
        }

        var edges = new List<(int U, int V, double Weight)>(graph.EdgeCount);
        foreach (var edge in graph.Edges)
        {
            if (!index.TryGetValue(edge.Source, out int u) || !index.TryGetValue(edge.Target, out int v))
            {
                throw new ArgumentException($"Edge {edge.Source}–{edge.Target} joins a vertex that is not among the graph's vertices.", nameof(graph));
            }

            if (u == v)
            {
                continue;
            }

            double w = weight is null ? 1.0 : weight(edge);
            if (!(w > 0) || !double.IsFinite(w))
            {
                throw new ArgumentException($"Edge {edge.Source}–{edge.Target}: a weight must be a positive finite number (a strength), not {w}.", nameof(weight));
            }

            edges.Add((u, v, w));
        }

        return (WeightedGraph.FromEdges(vertices.Length, CollectionsMarshal.AsSpan(edges)), vertices, index);
    }
}
