using CooperationGraph.Graph;
using QuikGraph;
using QuikGraph.Algorithms.MaximumFlow;

namespace CooperationGraph.Tests.Metrics.Gaps;

/// <summary>
/// The link-robustness cuts driven through QuikGraph's Edmonds–Karp maximum flow on a mutable directed copy (with
/// <c>ReversedEdgeAugmentorAlgorithm</c>), the same construction as the library's Dinic kernel: a reference for it.
/// </summary>
internal static class QuikGraphMaxFlow
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
