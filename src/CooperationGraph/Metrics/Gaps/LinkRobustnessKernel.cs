using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// Minimum vertex and edge cuts between two groups of nodes of an undirected CSR graph, each as a maximum flow
/// (Menger 1927) on a directed copy: a super-source joined to every source node and a super-sink joined from every sink
/// node by uncuttable arcs (capacity above any cut).
/// </summary>
/// <remarks>
/// Vertex cut: every node v becomes v_in → v_out with capacity 1 (uncuttable for the single source of an isolating
/// cut), each tie u–v the arcs u_out → v_in and v_out → u_in, uncuttable. Edge cut: each tie u–v one arc pair u → v,
/// v → u of capacity 1 each way. Solved by <see cref="LinkRobustnessFlow"/> (Dinic), O(m √m) per cut.
/// </remarks>
internal static class LinkRobustnessKernel
{
    /// <summary>The least number of nodes (sources and sinks included unless <paramref name="fixedSource"/>) separating the groups.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="sources">One group.</param>
    /// <param name="sinks">The other group.</param>
    /// <param name="fixedSource">A source that cannot be cut (an isolating cut), or −1.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    /// <param name="workspace">Arrays to reuse from an earlier cut (emptied here); a new set when null.</param>
    public static int VertexCut(WeightedGraph graph, ReadOnlySpan<int> sources, ReadOnlySpan<int> sinks, int fixedSource = -1, CancellationToken cancellationToken = default, LinkRobustnessFlow? workspace = null)
    {
        if (sources.IsEmpty || sinks.IsEmpty)
        {
            return 0;
        }

        int n = graph.NodeCount;
        int big = n + 1;
        var flow = Workspace(workspace, (2 * n) + 2, n + graph.Targets.Length + sources.Length + sinks.Length);
        for (int v = 0; v < n; v++)
        {
            flow.AddPair(2 * v, (2 * v) + 1, v == fixedSource ? big : 1, 0);
            foreach (int w in graph.Neighbours(v))
            {
                flow.AddPair((2 * v) + 1, 2 * w, big, 0);
            }
        }

        int source = 2 * n, sink = source + 1;
        foreach (int s in sources)
        {
            flow.AddPair(source, 2 * s, big, 0);
        }

        foreach (int t in sinks)
        {
            flow.AddPair((2 * t) + 1, sink, big, 0);
        }

        return flow.Run(source, sink, cancellationToken);
    }

    /// <summary>The least number of edges separating the groups.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="sources">One group.</param>
    /// <param name="sinks">The other group.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    /// <param name="workspace">Arrays to reuse from an earlier cut (emptied here); a new set when null.</param>
    public static int EdgeCut(WeightedGraph graph, ReadOnlySpan<int> sources, ReadOnlySpan<int> sinks, CancellationToken cancellationToken = default, LinkRobustnessFlow? workspace = null)
    {
        if (sources.IsEmpty || sinks.IsEmpty)
        {
            return 0;
        }

        int n = graph.NodeCount;
        int big = graph.EdgeCount + 1;
        var flow = Workspace(workspace, n + 2, graph.EdgeCount + sources.Length + sinks.Length);
        foreach (var (u, v) in graph.Edges())
        {
            flow.AddPair(u, v, 1, 1);
        }

        int source = n, sink = n + 1;
        foreach (int s in sources)
        {
            flow.AddPair(source, s, big, 0);
        }

        foreach (int t in sinks)
        {
            flow.AddPair(t, sink, big, 0);
        }

        return flow.Run(source, sink, cancellationToken);
    }

    private static LinkRobustnessFlow Workspace(LinkRobustnessFlow? workspace, int nodeCount, int arcPairs)
    {
        if (workspace is null)
        {
            return new LinkRobustnessFlow(nodeCount, arcPairs);
        }

        workspace.Reset(nodeCount, arcPairs);
        return workspace;
    }
}
