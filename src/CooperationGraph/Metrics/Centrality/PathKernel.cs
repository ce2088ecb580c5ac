using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// One single-source shortest-path traversal per source (<see cref="PathTraversal"/>: BFS, or Dijkstra on distance
/// 1/strength), shared by betweenness (Brandes 2001), closeness and harmonic centrality. Weighted, paths that are
/// equally short in exact arithmetic count as equal: on exact integer lengths when every strength is a short decimal
/// (<see cref="ExactLengths"/>), otherwise within igraph's relative tolerance of 1e-10. Sources run in parallel in
/// fixed chunks, each chunk with its own buffers and betweenness accumulator; chunks are summed in order, so results do
/// not depend on the number of threads.
/// </summary>
internal sealed class PathKernel
{
    private const int ChunkCount = 64;
    private readonly WeightedGraph graph;
    private readonly bool weighted;
    private readonly ExactLengths? exact;

    public PathKernel(WeightedGraph graph, bool weighted)
    {
        this.graph = graph;
        this.weighted = weighted;
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

    public void Run(bool betweenness, CancellationToken cancellationToken, IProgress<double>? progress = null, int maxDegreeOfParallelism = -1)
    {
        int n = graph.NodeCount;
        DistanceSum = new double[n];
        Reachable = new int[n];
        InverseDistanceSum = new double[n];
        int chunks = Math.Min(ChunkCount, Math.Max(1, n));
        var partial = betweenness ? new double[chunks][] : null;
        int done = 0;
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
        {
            var traversal = new PathTraversal(graph, weighted, exact);
            double[]? accumulator = betweenness ? new double[n] : null;
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

            if (partial is not null)
            {
                partial[chunk] = accumulator!;
            }
        });

        if (partial is not null)
        {
            var total = new double[n];
            foreach (var part in partial)
            {
                for (int v = 0; v < n; v++)
                {
                    total[v] += part[v];
                }
            }

            Betweenness = total;
        }

        progress?.Report(1);
    }
}
