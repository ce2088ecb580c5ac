using CooperationGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms.MaximumFlow;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// Minimum vertex and edge cuts between two groups of nodes of an undirected CSR graph, each as a maximum flow
/// (Menger 1927) computed by QuikGraph's Edmonds–Karp (1972) on a directed copy: a super-source joined to every
/// source node and a super-sink joined from every sink node by uncuttable arcs (capacity above any cut).
/// </summary>
/// <remarks>
/// Vertex cut: every node v becomes v_in → v_out with capacity 1 (or uncuttable when it is the single source of an
/// isolating cut), each tie u–v the two arcs u_out → v_in and v_out → u_in, uncuttable. Edge cut: each tie u–v the two
/// arcs u → v and v → u with capacity 1, which QuikGraph pairs as each other's reverse. With unit capacities each
/// breadth-first augmentation adds one unit, so the time is O(f (n + m)) for a cut of size f, on QuikGraph's
/// dictionary-based graphs.
/// </remarks>
internal static class LinkRobustnessKernel
{
    /// <summary>The least number of nodes (sources and sinks included unless <paramref name="fixedSource"/>) separating the groups.</summary>
    public static int VertexCut(WeightedGraph graph, ReadOnlySpan<int> sources, ReadOnlySpan<int> sinks, int fixedSource = -1)
    {
        if (sources.IsEmpty || sinks.IsEmpty)
        {
            return 0;
        }

        int n = graph.NodeCount;
        double big = n + 1.0;
        var flow = new AdjacencyGraph<int, TaggedEdge<int, double>>(allowParallelEdges: false);
        flow.AddVertexRange(Enumerable.Range(0, (2 * n) + 2));
        for (int v = 0; v < n; v++)
        {
            flow.AddEdge(new TaggedEdge<int, double>(2 * v, (2 * v) + 1, v == fixedSource ? big : 1.0));
            foreach (int w in graph.Neighbours(v))
            {
                flow.AddEdge(new TaggedEdge<int, double>((2 * v) + 1, 2 * w, big));
            }
        }

        int source = 2 * n, sink = source + 1;
        foreach (int s in sources)
        {
            flow.AddEdge(new TaggedEdge<int, double>(source, 2 * s, big));
        }

        foreach (int t in sinks)
        {
            flow.AddEdge(new TaggedEdge<int, double>((2 * t) + 1, sink, big));
        }

        return MaxFlow(flow, source, sink);
    }

    /// <summary>The least number of edges separating the groups.</summary>
    public static int EdgeCut(WeightedGraph graph, ReadOnlySpan<int> sources, ReadOnlySpan<int> sinks)
    {
        if (sources.IsEmpty || sinks.IsEmpty)
        {
            return 0;
        }

        int n = graph.NodeCount;
        double big = graph.EdgeCount + 1.0;
        var flow = new AdjacencyGraph<int, TaggedEdge<int, double>>(allowParallelEdges: false);
        flow.AddVertexRange(Enumerable.Range(0, n + 2));
        for (int v = 0; v < n; v++)
        {
            foreach (int w in graph.Neighbours(v))
            {
                flow.AddEdge(new TaggedEdge<int, double>(v, w, 1.0));
            }
        }

        int source = n, sink = n + 1;
        foreach (int s in sources)
        {
            flow.AddEdge(new TaggedEdge<int, double>(source, s, big));
        }

        foreach (int t in sinks)
        {
            flow.AddEdge(new TaggedEdge<int, double>(t, sink, big));
        }

        return MaxFlow(flow, source, sink);
    }

    private static int MaxFlow(AdjacencyGraph<int, TaggedEdge<int, double>> flow, int source, int sink)
    {
        EdgeFactory<int, TaggedEdge<int, double>> reversed = (s, t) => new TaggedEdge<int, double>(s, t, 0.0);
        var augmentor = new ReversedEdgeAugmentorAlgorithm<int, TaggedEdge<int, double>>(flow, reversed);
        augmentor.AddReversedEdges();
        try
        {
            var algorithm = new EdmondsKarpMaximumFlowAlgorithm<int, TaggedEdge<int, double>>(flow, e => e.Tag, reversed, augmentor);
            algorithm.Compute(source, sink);
            return (int)Math.Round(algorithm.MaxFlow);
        }
        finally
        {
            augmentor.RemoveReversedEdges();
        }
    }
}
