namespace CooperationGraph.Graph;

/// <summary>
/// An undirected graph in compressed sparse row form: node ids are 0..n−1, the neighbours of v are
/// <c>Targets[Offsets[v]..Offsets[v + 1]]</c> sorted ascending, with the tie's strength in <c>Weights</c>.
/// Every edge appears once from each end; there are no self-loops or parallel edges.
/// About 12 bytes per edge end (24 per edge) plus 4 per node.
/// </summary>
internal sealed class WeightedGraph
{
    public WeightedGraph(int nodeCount, int[] offsets, int[] targets, double[] weights)
    {
        NodeCount = nodeCount;
        Offsets = offsets;
        Targets = targets;
        Weights = weights;
    }

    public int NodeCount { get; }

    public int[] Offsets { get; }

    public int[] Targets { get; }

    /// <summary>Strength of each edge end (larger = more cooperation).</summary>
    public double[] Weights { get; }

    /// <summary>Number of undirected edges.</summary>
    public int EdgeCount => Targets.Length / 2;

    public int Degree(int v) => Offsets[v + 1] - Offsets[v];

    public ReadOnlySpan<int> Neighbours(int v) => Targets.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    public ReadOnlySpan<double> NeighbourWeights(int v) => Weights.AsSpan(Offsets[v], Offsets[v + 1] - Offsets[v]);

    /// <summary>All nodes, component by component, each component in breadth-first order from its lowest id.</summary>
    public int[] BreadthFirstOrder()
    {
        int n = NodeCount;
        var order = new int[n];
        var seen = new bool[n];
        int tail = 0;
        for (int root = 0; root < n; root++)
        {
            if (seen[root])
            {
                continue;
            }

            seen[root] = true;
            int head = tail;
            order[tail++] = root;
            while (head < tail)
            {
                foreach (int w in Neighbours(order[head++]))
                {
                    if (!seen[w])
                    {
                        seen[w] = true;
                        order[tail++] = w;
                    }
                }
            }
        }

        return order;
    }

    /// <summary>Each undirected edge once, as (u, v) with u &lt; v, in (u, v) order.</summary>
    public IEnumerable<(int U, int V)> Edges()
    {
        for (int u = 0; u < NodeCount; u++)
        {
            for (int i = Offsets[u]; i < Offsets[u + 1]; i++)
            {
                if (Targets[i] > u)
                {
                    yield return (u, Targets[i]);
                }
            }
        }
    }

    /// <summary>The weight of edge u–v, or 0 when absent (binary search).</summary>
    public double Weight(int u, int v)
    {
        int i = Neighbours(u).BinarySearch(v);
        return i >= 0 ? Weights[Offsets[u] + i] : 0;
    }

    /// <summary>Builds the graph from edges; repeated pairs are merged by summing weights, self-loops are dropped.</summary>
    public static WeightedGraph FromEdges(int nodeCount, ReadOnlySpan<(int U, int V, double Weight)> edges)
    {
        var keys = new long[edges.Length * 2];
        var values = new double[edges.Length * 2];
        int count = 0;
        foreach (var (u, v, w) in edges)
        {
            if (u == v)
            {
                continue;
            }

            keys[count] = ((long)u * nodeCount) + v;
            values[count++] = w;
            keys[count] = ((long)v * nodeCount) + u;
            values[count++] = w;
        }

        Array.Sort(keys, values, 0, count);
        int distinct = 0;
        for (int i = 0; i < count; i++)
        {
            if (distinct > 0 && keys[distinct - 1] == keys[i])
            {
                values[distinct - 1] += values[i];
            }
            else
            {
                keys[distinct] = keys[i];
                values[distinct++] = values[i];
            }
        }

        var offsets = new int[nodeCount + 1];
        var targets = new int[distinct];
        var weights = new double[distinct];
        for (int i = 0; i < distinct; i++)
        {
            offsets[(keys[i] / nodeCount) + 1]++;
            targets[i] = (int)(keys[i] % nodeCount);
            weights[i] = values[i];
        }

        for (int v = 0; v < nodeCount; v++)
        {
            offsets[v + 1] += offsets[v];
        }

        return new WeightedGraph(nodeCount, offsets, targets, weights);
    }
}
