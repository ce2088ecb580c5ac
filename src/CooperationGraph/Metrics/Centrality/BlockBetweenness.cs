using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// Exact betweenness by decomposition into biconnected blocks (Puzis et al. 2012; Sarıyüce et al. 2013, BADIOS's
/// articulation-point split; see <see cref="Blocks"/>). A shortest path between two nodes crosses the block–cut tree
/// along one route: it passes each articulation point on that route, and inside each block on it runs between the entry and
/// the exit node. So the raw betweenness of v is
/// Σ_{blocks B ∋ v} Σ_{a ∈ B} r_B(a)·δ^B_a(v) + (pairs v separates), where δ^B_a is Brandes' dependency inside B with each
/// target b counted r_B(b) times (r_B(b): the nodes that reach B through b). Blocks of two nodes (bridges, pendant
/// institutions) have no inner node and cost nothing, which folds degree-1 nodes away. Each block runs Brandes on its
/// own compact copy, numbered in the block's order for locality: unweighted sixteen sources at a time
/// (<see cref="BatchBrandes"/>), weighted one Dijkstra per source (<see cref="PathTraversal"/>). A large block splits its
/// units of work (batches, or sources) into 16 fixed chunks run in parallel, one runner per thread; small blocks run in
/// parallel one block per task; all sums are then added in a fixed order, so results do not depend on the number of
/// threads. Cost: Σ_B |B|·m_B instead of n·m, divided unweighted by the batch's sharing of ties (about 8).
/// </summary>
internal static class BlockBetweenness
{
    private const int ChunkCount = 16;
    private const int LargeBlock = 256;

    /// <summary>Raw betweenness (ordered pairs, as <see cref="PathKernel.Betweenness"/>).</summary>
    public static double[] Run(WeightedGraph graph, bool weighted, ExactLengths? exact, CancellationToken cancellationToken, IProgress<double>? progress, int maxDegreeOfParallelism)
    {
        int n = graph.NodeCount;
        var blocks = Blocks.Find(graph, cancellationToken);
        var contribution = new double[blocks.Nodes.Length];
        var small = new List<int>();
        var large = new List<int>();
        long total = 0;
        for (int b = 0; b < blocks.Count; b++)
        {
            int size = blocks.Offsets[b + 1] - blocks.Offsets[b];
            if (size > 2)
            {
                (size >= LargeBlock ? large : small).Add(b);
                total += BlockGraph.UnitsOf(size, weighted);
            }
        }

        long done = 0;
        var parallel = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism };
        void Report(int units)
        {
            long now = Interlocked.Add(ref done, units);
            progress?.Report(Math.Min(1.0, (double)now / Math.Max(1, total)));
        }

        Parallel.For(0, small.Count, parallel, () => (Map: new int[n], Scratch: weighted ? null : new BatchBrandes(LargeBlock)), (i, _, thread) =>
        {
            int b = small[i];
            var block = new BlockGraph(graph, blocks, b, thread.Map, weighted, exact);
            var sum = contribution.AsSpan(blocks.Offsets[b], block.Size);
            var local = new double[block.Size];
            var run = block.Runner(thread.Scratch);
            for (int unit = 0; unit < block.Units; unit++)
            {
                run(unit, local);
            }

            local.CopyTo(sum);
            Report(block.Units);
            return thread;
        }, _ => { });

        var shared = new int[n];
        foreach (int b in large)
        {
            var block = new BlockGraph(graph, blocks, b, shared, weighted, exact);
            int chunks = Math.Min(ChunkCount, block.Units);
            var sum = contribution.AsSpan(blocks.Offsets[b], block.Size).ToArray();
            OrderedChunks.Run(chunks, sum, parallel, () => block.Runner(), (chunk, run, local) =>
            {
                int count = 0;
                for (int unit = chunk; unit < block.Units; unit += chunks)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    run(unit, local!);
                    if (++count == 64)
                    {
                        Report(count);
                        count = 0;
                    }
                }

                Report(count);
            });

            sum.CopyTo(contribution.AsSpan(blocks.Offsets[b], block.Size));
        }

        var betweenness = (double[])blocks.SeparatedPairs.Clone();
        for (int i = 0; i < blocks.Nodes.Length; i++)
        {
            betweenness[blocks.Nodes[i]] += contribution[i];
        }

        return betweenness;
    }
}
