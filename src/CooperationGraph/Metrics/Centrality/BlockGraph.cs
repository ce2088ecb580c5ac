using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// One biconnected block as a compact graph of its own (local ids 0..|B|−1 in the order of
/// <see cref="Blocks.BlockNodes"/>: an edge whose two ends lie in one block belongs to that block), with each node's
/// representative count, and a factory of per-thread Brandes runners over it (BFS, or Dijkstra on the block's slice of
/// the exact lengths or on 1/strength).
/// </summary>
internal sealed class BlockGraph
{
    private readonly WeightedGraph graph;
    private readonly ExactLengths? exact;
    private readonly bool weighted;
    private readonly int[] representatives;
    private int[]? sources;

    /// <param name="source">The whole graph.</param>
    /// <param name="blocks">Its blocks.</param>
    /// <param name="b">The block.</param>
    /// <param name="map">Scratch of n entries, all zero on entry and on return.</param>
    /// <param name="weighted">Dijkstra instead of BFS.</param>
    /// <param name="exact">The whole graph's exact lengths, or null.</param>
    public BlockGraph(WeightedGraph source, Blocks blocks, int b, int[] map, bool weighted, ExactLengths? exact)
    {
        var nodes = blocks.BlockNodes(b);
        Size = nodes.Length;
        this.weighted = weighted;
        representatives = blocks.Representatives.AsSpan(blocks.Offsets[b], Size).ToArray();
        for (int i = 0; i < Size; i++)
        {
            map[nodes[i]] = i + 1;
        }

        var offsets = new int[Size + 1];
        int ends = 0;
        for (int i = 0; i < Size; i++)
        {
            foreach (int t in source.Neighbours(nodes[i]))
            {
                ends += map[t] > 0 ? 1 : 0;
            }

            offsets[i + 1] = ends;
        }

        var targets = new int[ends];
        var weights = weighted ? new double[ends] : [];
        var lengths = exact is not null && weighted ? new long[ends] : null;
        int k = 0;
        for (int i = 0; i < Size; i++)
        {
            int v = nodes[i];
            for (int j = source.Offsets[v], end = source.Offsets[v + 1]; j < end; j++)
            {
                int local = map[source.Targets[j]] - 1;
                if (local < 0)
                {
                    continue;
                }

                targets[k] = local;
                if (weighted)
                {
                    weights[k] = source.Weights[j];
                }

                if (lengths is not null)
                {
                    lengths[k] = exact!.Lengths[j];
                }

                k++;
            }
        }

        for (int i = 0; i < Size; i++)
        {
            map[nodes[i]] = 0;
        }

        graph = new WeightedGraph(Size, offsets, targets, weights);
        this.exact = lengths is null ? null : new ExactLengths(lengths, exact!.Unit);
    }

    public int Size { get; }

    /// <summary>Units of work: batches of <see cref="BatchBrandes.Lanes"/> sources unweighted, single sources weighted.</summary>
    public int Units => UnitsOf(Size, weighted);

    /// <summary>Units of work of a block of <paramref name="size"/> nodes.</summary>
    public static int UnitsOf(int size, bool weighted) => weighted ? size : (size + BatchBrandes.Lanes - 1) / BatchBrandes.Lanes;

    /// <summary>
    /// A runner for one thread: run(unit, betweenness) adds the unit's weighted dependencies (local ids). Unweighted it
    /// runs on <paramref name="scratch"/> when that is large enough, on scratch of its own otherwise.
    /// </summary>
    public Action<int, double[]> Runner(BatchBrandes? scratch = null)
    {
        if (!weighted)
        {
            sources ??= graph.BreadthFirstOrder(); // batches of neighbouring sources share most levels
            var brandes = scratch is not null && scratch.Capacity >= Size ? scratch : new BatchBrandes(Size);
            brandes.Use(graph.Offsets, graph.Targets, representatives, sources);
            return brandes.Run;
        }

        var traversal = new PathTraversal(graph, true, exact);
        return (s, betweenness) =>
        {
            traversal.Run(s);
            traversal.Accumulate(betweenness, representatives);
        };
    }
}
