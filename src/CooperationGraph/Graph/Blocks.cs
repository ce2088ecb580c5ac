namespace CooperationGraph.Graph;

/// <summary>
/// The biconnected blocks of an undirected CSR graph, with what betweenness by decomposition needs (Puzis, Zilberman,
/// Elovici &amp; Shapira 2012, Heuristics for speeding up betweenness centrality computation, SocialCom,
/// https://doi.org/10.1109/SocialCom-PASSAT.2012.66; Sarıyüce, Saule, Kaya &amp; Çatalyürek 2013, Shattering and compressing
/// networks for betweenness centrality, SDM, https://doi.org/10.1137/1.9781611972832.76): for every node v of every
/// block B the number of nodes whose paths into B enter through v (v itself included), and for every node the ordered
/// pairs of other nodes that it separates. One iterative Hopcroft–Tarjan depth-first search, O(n + m); a block's nodes
/// are listed with the block's top (the articulation point nearest the search root) first. Isolated nodes are in no block; a
/// bridge is a block of two. The same search gives the connected components, the articulation points (the nodes that
/// separate some pair) and the bridges, which the structure measures and the layout use.
/// </summary>
internal sealed class Blocks
{
    private Blocks(int[] offsets, int[] nodes, int[] representatives, double[] separatedPairs, int[] component, int[] componentSizes)
    {
        Offsets = offsets;
        Nodes = nodes;
        Representatives = representatives;
        SeparatedPairs = separatedPairs;
        Component = component;
        ComponentSizes = componentSizes;
    }

    public int Count => Offsets.Length - 1;

    /// <summary>Block b's nodes are <c>Nodes[Offsets[b]..Offsets[b + 1]]</c>.</summary>
    public int[] Offsets { get; }

    public int[] Nodes { get; }

    /// <summary>Aligned with <see cref="Nodes"/>: how many nodes of the component reach the block through this node.</summary>
    public int[] Representatives { get; }

    /// <summary>Per node: ordered pairs (s, t) of other nodes that its removal disconnects, (c − 1)² − Σ part².</summary>
    public double[] SeparatedPairs { get; }

    /// <summary>Component id of each node (0-based, in order of each component's first node; an isolated node is one).</summary>
    public int[] Component { get; }

    /// <summary>Size of each component.</summary>
    public int[] ComponentSizes { get; }

    public ReadOnlySpan<int> BlockNodes(int b) => Nodes.AsSpan(Offsets[b], Offsets[b + 1] - Offsets[b]);

    /// <summary>Whether removing v increases the number of components: it separates some pair.</summary>
    public bool IsArticulation(int v) => SeparatedPairs[v] > 0;

    /// <summary>Ties whose removal increases the number of components (blocks of two), as (smaller, larger) pairs.</summary>
    public IEnumerable<(int, int)> Bridges()
    {
        for (int b = 0; b < Count; b++)
        {
            if (Offsets[b + 1] - Offsets[b] == 2)
            {
                int u = Nodes[Offsets[b]], v = Nodes[Offsets[b] + 1];
                yield return (Math.Min(u, v), Math.Max(u, v));
            }
        }
    }

    /// <summary>
    /// Ordered pairs of nodes other than v that stay connected when v is removed: Σ s(s − 1) over the components of
    /// the graph without v. In v's own component of size s the other s − 1 nodes form (s − 1)(s − 2) ordered pairs, of
    /// which <see cref="SeparatedPairs"/> are cut.
    /// </summary>
    public double[] ReachablePairsWithout()
    {
        double all = 0;
        foreach (int size in ComponentSizes)
        {
            all += (double)size * (size - 1);
        }

        var pairs = new double[Component.Length];
        for (int v = 0; v < pairs.Length; v++)
        {
            double size = ComponentSizes[Component[v]];
            pairs[v] = all - (size * (size - 1)) + ((size - 1) * (size - 2)) - SeparatedPairs[v];
        }

        return pairs;
    }

    public static Blocks Find(WeightedGraph graph, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        var discovery = new int[n];
        var low = new int[n];
        var parent = new int[n];
        var subtree = new int[n];
        var cursor = new int[n];
        var hanging = new int[n];
        var hangingSquares = new double[n];
        var stack = new int[n];
        var pending = new int[n];
        var byTime = new int[n];
        var separated = new double[n];
        var blockOffsets = new List<int> { 0 };
        var blockChild = new List<int>();
        var topCounts = new List<int>();
        var nodes = new List<int>();
        var component = new int[n];
        var componentSizes = new List<int>();
        Array.Fill(discovery, -1);
        int time = 0;
        for (int root = 0; root < n; root++)
        {
            if (discovery[root] >= 0)
            {
                continue;
            }

            if (offsets[root] == offsets[root + 1])
            {
                discovery[root] = time;
                byTime[time++] = root;
                component[root] = componentSizes.Count;
                componentSizes.Add(1);
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            int firstTime = time, firstBlock = blockChild.Count, depth = 0, waiting = 0;
            stack[depth++] = root;
            pending[waiting++] = root;
            parent[root] = -1;
            byTime[time] = root;
            discovery[root] = low[root] = time++;
            subtree[root] = 1;
            cursor[root] = offsets[root];
            while (depth > 0)
            {
                int v = stack[depth - 1];
                if (cursor[v] < offsets[v + 1])
                {
                    int w = targets[cursor[v]++];
                    if (discovery[w] < 0)
                    {
                        parent[w] = v;
                        byTime[time] = w;
                        discovery[w] = low[w] = time++;
                        subtree[w] = 1;
                        cursor[w] = offsets[w];
                        stack[depth++] = w;
                        pending[waiting++] = w;
                    }
                    else if (w != parent[v])
                    {
                        low[v] = Math.Min(low[v], discovery[w]);
                    }

                    continue;
                }

                depth--;
                int u = parent[v];
                if (u < 0)
                {
                    continue;
                }

                low[u] = Math.Min(low[u], low[v]);
                subtree[u] += subtree[v];
                if (low[v] >= discovery[u])
                {
                    hanging[u] += subtree[v];
                    hangingSquares[u] += (double)subtree[v] * subtree[v];
                    nodes.Add(u);
                    int x;
                    do
                    {
                        x = pending[--waiting];
                        nodes.Add(x);
                    }
                    while (x != v);
                    blockChild.Add(v);
                    topCounts.Add(0);
                    blockOffsets.Add(nodes.Count);
                }
            }

            int size = subtree[root];
            for (int t = firstTime; t < time; t++)
            {
                int v = byTime[t];
                component[v] = componentSizes.Count;
                double rest = size - 1 - hanging[v];
                separated[v] = ((size - 1.0) * (size - 1.0)) - hangingSquares[v] - (rest * rest);
            }

            for (int b = firstBlock; b < blockChild.Count; b++)
            {
                topCounts[b] = size - subtree[blockChild[b]];
            }

            componentSizes.Add(size);
        }

        var list = nodes.ToArray();
        var representatives = new int[list.Length];
        for (int b = 0; b + 1 < blockOffsets.Count; b++)
        {
            int start = blockOffsets[b];
            representatives[start] = topCounts[b];
            for (int i = start + 1; i < blockOffsets[b + 1]; i++)
            {
                representatives[i] = 1 + hanging[list[i]];
            }
        }

        return new Blocks([.. blockOffsets], list, representatives, separated, component, [.. componentSizes]);
    }
}
