namespace CooperationGraph.Metrics.Structure;

/// <summary>
/// One iterative depth-first search (Hopcroft–Tarjan) over an undirected CSR graph that finds connected
/// components, articulation points, bridges, and for every node the sizes of the pieces its removal leaves behind.
/// </summary>
internal sealed class CutPointKernel
{
    private CutPointKernel(int nodeCount)
    {
        Component = new int[nodeCount];
        IsArticulation = new bool[nodeCount];
        SumSquaresAfterRemoval = new double[nodeCount];
    }

    /// <summary>Component id of each node (0-based, in order of first node).</summary>
    public int[] Component { get; }

    /// <summary>Size of each component.</summary>
    public List<int> ComponentSizes { get; } = [];

    /// <summary>Whether removing the node increases the number of components.</summary>
    public bool[] IsArticulation { get; }

    /// <summary>Edges whose removal increases the number of components, as (smaller, larger) node pairs.</summary>
    public List<(int, int)> Bridges { get; } = [];

    /// <summary>Σ s(s − 1) over the components of the graph without the node (pairs still reachable, ordered).</summary>
    public double[] SumSquaresAfterRemoval { get; }

    /// <summary>Runs the search. Parallel edges must have been merged; self-loops must be absent.</summary>
    public static CutPointKernel Run(int nodeCount, ReadOnlySpan<int> offsets, ReadOnlySpan<int> targets, CancellationToken cancellationToken)
    {
        var result = new CutPointKernel(nodeCount);
        var discovery = new int[nodeCount];
        var low = new int[nodeCount];
        var parent = new int[nodeCount];
        var subtree = new int[nodeCount];
        var cursor = new int[nodeCount];
        var separated = new long[nodeCount];
        var separatedSquares = new double[nodeCount];
        var stack = new int[nodeCount];
        Array.Fill(discovery, -1);
        int time = 0;
        for (int root = 0; root < nodeCount; root++)
        {
            if (discovery[root] >= 0)
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            int component = result.ComponentSizes.Count;
            int firstTime = time;
            int depth = 0;
            stack[depth++] = root;
            parent[root] = -1;
            discovery[root] = low[root] = time++;
            subtree[root] = 1;
            cursor[root] = offsets[root];
            int rootChildren = 0;
            while (depth > 0)
            {
                int v = stack[depth - 1];
                if (cursor[v] < offsets[v + 1])
                {
                    int w = targets[cursor[v]++];
                    if (discovery[w] < 0)
                    {
                        parent[w] = v;
                        discovery[w] = low[w] = time++;
                        subtree[w] = 1;
                        cursor[w] = offsets[w];
                        stack[depth++] = w;
                        rootChildren += v == root ? 1 : 0;
                    }
                    else if (w != parent[v])
                    {
                        low[v] = Math.Min(low[v], discovery[w]);
                    }

                    continue;
                }

                depth--;
                result.Component[v] = component;
                int p = parent[v];
                if (p < 0)
                {
                    continue;
                }

                subtree[p] += subtree[v];
                low[p] = Math.Min(low[p], low[v]);
                if (low[v] > discovery[p])
                {
                    result.Bridges.Add((Math.Min(p, v), Math.Max(p, v)));
                }

                if (low[v] >= discovery[p])
                {
                    separated[p] += subtree[v];
                    separatedSquares[p] += (double)subtree[v] * (subtree[v] - 1);
                    if (p != root)
                    {
                        result.IsArticulation[p] = true;
                    }
                }
            }

            result.IsArticulation[root] = rootChildren > 1;
            int size = time - firstTime;
            result.ComponentSizes.Add(size);
        }

        double allSquares = 0;
        foreach (int size in result.ComponentSizes)
        {
            allSquares += (double)size * (size - 1);
        }

        for (int v = 0; v < nodeCount; v++)
        {
            int size = result.ComponentSizes[result.Component[v]];
            double rest = size - 1 - separated[v];
            result.SumSquaresAfterRemoval[v] = allSquares - ((double)size * (size - 1)) + separatedSquares[v] + (rest * (rest - 1));
        }

        return result;
    }
}
