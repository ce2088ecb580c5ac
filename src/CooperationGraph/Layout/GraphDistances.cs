using CooperationGraph.Graph;

namespace CooperationGraph.Layout;

/// <summary>
/// Shortest-path lengths for <see cref="StressLayout"/>: hop counts by breadth-first search, or with weights the
/// library's path length (a tie of strength w is 1/w long, so a heavier tie is shorter) by Dijkstra. Unreachable nodes
/// get <see cref="double.PositiveInfinity"/>.
/// </summary>
internal static class GraphDistances
{
    /// <summary>Lengths from <paramref name="source"/> to every node, into <paramref name="row"/> (one entry per node).</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Tie length 1/weight instead of 1.</param>
    /// <param name="source">The node to measure from.</param>
    /// <param name="row">Receives the lengths.</param>
    /// <param name="queue">Work space of one int per node (the BFS queue).</param>
    /// <param name="heap">Work space for Dijkstra; not used unweighted.</param>
    public static void FromSource(WeightedGraph graph, bool weighted, int source, Span<double> row, int[] queue, MinHeap<double>? heap)
    {
        row.Fill(double.PositiveInfinity);
        row[source] = 0;
        int[] offsets = graph.Offsets, targets = graph.Targets;
        if (!weighted)
        {
            int head = 0, tail = 0;
            queue[tail++] = source;
            while (head < tail)
            {
                int u = queue[head++];
                double next = row[u] + 1;
                for (int e = offsets[u]; e < offsets[u + 1]; e++)
                {
                    int v = targets[e];
                    if (double.IsPositiveInfinity(row[v]))
                    {
                        row[v] = next;
                        queue[tail++] = v;
                    }
                }
            }

            return;
        }

        double[] weights = graph.Weights;
        var done = queue.AsSpan(0, graph.NodeCount);
        done.Clear();
        heap!.Clear();
        heap.Push(0, source);
        while (heap.Count > 0)
        {
            int u = heap.Pop();
            double length = row[u];
            done[u] = 1;
            for (int e = offsets[u]; e < offsets[u + 1]; e++)
            {
                int v = targets[e];
                double candidate = length + (1 / weights[e]);
                if (done[v] == 0 && candidate < row[v])
                {
                    row[v] = candidate;
                    heap.Push(candidate, v);
                }
            }
        }
    }

    /// <summary>
    /// The n × n matrix of <b>inverse</b> lengths 1/d_ij, row-major (0 on the diagonal), which is what the stress kernel
    /// reads: w_ij = d_ij⁻² and w_ij·d_ij = d_ij⁻¹. Pairs in different components get 1/<paramref name="unreachable"/>.
    /// </summary>
    public static double[] InverseMatrix(WeightedGraph graph, bool weighted, double unreachable, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var inverse = new double[(long)n * n];
        var queue = new int[n];
        var heap = weighted ? new MinHeap<double>(n) : null;
        for (int s = 0; s < n; s++)
        {
            if ((s & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            var row = inverse.AsSpan(s * n, n);
            FromSource(graph, weighted, s, row, queue, heap);
            for (int t = 0; t < n; t++)
            {
                double d = double.IsPositiveInfinity(row[t]) ? unreachable : row[t];
                row[t] = t == s ? 0 : 1 / d;
            }
        }

        return inverse;
    }
}
