using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// Betweenness (Brandes 2001), closeness and harmonic centrality. Betweenness runs by decomposition into biconnected
/// blocks (<see cref="BlockBetweenness"/>); unweighted closeness and harmonic by 64-source bit-parallel BFS
/// (<see cref="BitParallelDistances"/>). Weighted closeness or harmonic take one Dijkstra per source
/// (<see cref="PathTraversal"/>), which then also gives betweenness. Weighted, paths that are equally short in exact
/// arithmetic count as equal: on exact integer lengths when every strength is a short decimal (<see cref="ExactLengths"/>),
/// otherwise within igraph's relative tolerance of 1e-10. Within the tolerance, betweenness also takes one Dijkstra per
/// source: the tolerance is relative to the length from the source, which a block (measuring from its own nodes) cannot
/// see, so blocks would part a near-tie behind a long prefix that igraph, and the per-source pass, join. Sources run
/// in parallel in fixed chunks, each chunk with its own buffers and accumulator; chunks are summed in order, so results
/// do not depend on the number of threads.
/// </summary>
internal sealed class PathKernel
{
    private const int ChunkCount = 16;
    private readonly WeightedGraph graph;
    private readonly bool weighted;
    private readonly ExactLengths? exact;

    private readonly bool decompose;

    /// <param name="graph">The graph.</param>
    /// <param name="weighted">Distances 1/strength instead of hops.</param>
    /// <param name="decompose">Blocks and bit-parallel BFS where they apply (the default); false: one traversal per
    /// source for everything (the plain kernel, kept as the reference the faster ones are tested against).</param>
    public PathKernel(WeightedGraph graph, bool weighted, bool decompose = true)
    {
        this.graph = graph;
        this.weighted = weighted;
        this.decompose = decompose;
        exact = weighted ? ExactLengths.TryCreate(graph) : null;
    }

    /// <summary>True when path lengths are compared exactly: unweighted, or weighted on integer lengths.</summary>
    public bool Exact => !weighted || exact is not null;

    /// <summary>Raw Brandes sums (each unordered pair counted from both ends), or null when not asked.</summary>
    public double[]? Betweenness { get; private set; }

    /// <summary>Σ distances to reachable nodes per source.</summary>
    public double[] DistanceSum { get; private set; } = [];

    /// <summary>Number of other nodes reachable per source.</summary>
    public int[] Reachable { get; private set; } = [];

    /// <summary>Σ 1/distance over reachable nodes per source.</summary>
    public double[] InverseDistanceSum { get; private set; } = [];

    /// <summary>Computes betweenness when asked, and the distance sums unless <paramref name="distances"/> is false.</summary>
    public void Run(bool betweenness, CancellationToken cancellationToken, IProgress<double>? progress = null, int maxDegreeOfParallelism = -1, bool distances = true)
    {
        int n = graph.NodeCount;
        if (decompose && (!weighted || (!distances && exact is not null)))
        {
            DistanceSum = new double[n];
            Reachable = new int[n];
            InverseDistanceSum = new double[n];
            bool both = betweenness && distances;
            if (betweenness)
            {
                Betweenness = BlockBetweenness.Run(graph, weighted, exact, cancellationToken, Part(progress, 0, both ? 0.7 : 1), maxDegreeOfParallelism);
            }

            if (distances)
            {
                (DistanceSum, Reachable, InverseDistanceSum) = BitParallelDistances.Run(graph, cancellationToken, Part(progress, both ? 0.7 : 0, both ? 0.3 : 1), maxDegreeOfParallelism);
            }

            progress?.Report(1);
            return;
        }

        RunPerSource(betweenness, cancellationToken, progress, maxDegreeOfParallelism);
    }

    private static IProgress<double>? Part(IProgress<double>? progress, double start, double share) =>
        progress is null ? null : new PartProgress(progress, start, share);

    private void RunPerSource(bool betweenness, CancellationToken cancellationToken, IProgress<double>? progress, int maxDegreeOfParallelism)
    {
        int n = graph.NodeCount;
        DistanceSum = new double[n];
        Reachable = new int[n];
        InverseDistanceSum = new double[n];
        int chunks = Math.Min(ChunkCount, Math.Max(1, n));
        int done = 0;
        var options = new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism };
        var total = betweenness ? new double[n] : null;
        OrderedChunks.Run(chunks, total, options, () => new PathTraversal(graph, weighted, exact), (chunk, traversal, accumulator) =>
        {
            for (int s = chunk; s < n; s += chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int count = traversal.Run(s);
                double sum = 0, inverse = 0;
                var order = traversal.Order;
                for (int i = 1; i < count; i++)
                {
                    double d = traversal.Distance(order[i]);
                    sum += d;
                    inverse += 1 / d;
                }

                DistanceSum[s] = sum;
                InverseDistanceSum[s] = inverse;
                Reachable[s] = count - 1;
                if (accumulator is not null)
                {
                    traversal.Accumulate(accumulator);
                }

                if (progress is not null && (Interlocked.Increment(ref done) & 255) == 0)
                {
                    progress.Report((double)Volatile.Read(ref done) / n);
                }
            }
        });

        Betweenness = total;
        progress?.Report(1);
    }

    /// <summary>Reports a phase's share of the whole.</summary>
    private sealed class PartProgress(IProgress<double> whole, double start, double share) : IProgress<double>
    {
        public void Report(double value) => whole.Report(start + (share * value));
    }
}
