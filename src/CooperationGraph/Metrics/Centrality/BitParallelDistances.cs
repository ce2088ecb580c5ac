using System.Numerics;
using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// Closeness and harmonic sums of an unweighted graph by multi-source bit-parallel breadth-first search (Then, Kaufmann,
/// Chirigati, Hoang-Vu, Pham, Kemper, Neumann &amp; Vo 2014, The More the Merrier: Efficient Multi-Source Graph
/// Traversal, PVLDB 8(4), https://doi.org/10.14778/2735496.2735507): 64 sources at once, one bit each, so one pass over
/// an edge advances 64 searches. At level d, the new bits at node w are the sources first reaching w at distance d; as
/// the graph is undirected, d·popcount is added to w's own distance sum. Sources are batched in breadth-first order, so
/// a batch's sources lie close together and their frontiers move together. Every sum is an integer (Σ 1/d in 64.64
/// fixed point, error below n·2⁻⁶⁴), so the result does not depend on the order batches run in or on the number of
/// threads. O(n/64 · levels · m) word operations; 60 bytes per node per thread.
/// </summary>
internal static class BitParallelDistances
{
    /// <summary>Σ d(s, v) over the sources s reaching v, how many reach it, and Σ 1/d(s, v).</summary>
    public static (double[] DistanceSum, int[] Reachable, double[] InverseDistanceSum) Run(WeightedGraph graph, CancellationToken cancellationToken, IProgress<double>? progress, int maxDegreeOfParallelism)
    {
        int n = graph.NodeCount;
        var sources = graph.BreadthFirstOrder();
        int batches = (n + 63) / 64;
        var far = new long[n];
        var reach = new int[n];
        var inverse = new UInt128[n];
        int done = 0;
        var gate = new object();
        Parallel.For(0, batches, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = maxDegreeOfParallelism }, () => new Batch(n), (batch, _, state) =>
        {
            state.Run(graph, sources.AsSpan(batch * 64, Math.Min(64, n - (batch * 64))));
            if (progress is not null)
            {
                progress.Report((double)Interlocked.Increment(ref done) / batches);
            }

            return state;
        }, state =>
        {
            lock (gate)
            {
                for (int v = 0; v < n; v++)
                {
                    far[v] += state.Far[v];
                    reach[v] += state.Reach[v];
                    inverse[v] += state.Inverse[v];
                }
            }
        });

        cancellationToken.ThrowIfCancellationRequested();
        var distanceSum = new double[n];
        var inverseSum = new double[n];
        for (int v = 0; v < n; v++)
        {
            distanceSum[v] = far[v];
            inverseSum[v] = (double)inverse[v] / 18446744073709551616.0;
        }

        return (distanceSum, reach, inverseSum);
    }

    /// <summary>One thread's buffers and integer sums.</summary>
    private sealed class Batch(int n)
    {
        private readonly ulong[] seen = new ulong[n];
        private readonly ulong[] frontier = new ulong[n];
        private readonly ulong[] next = new ulong[n];
        private readonly int[] active = new int[n];
        private readonly int[] touched = new int[n];
        private UInt128[] reciprocal = [0];

        public long[] Far { get; } = new long[n];

        public int[] Reach { get; } = new int[n];

        public UInt128[] Inverse { get; } = new UInt128[n];

        public void Run(WeightedGraph graph, ReadOnlySpan<int> sources)
        {
            var offsets = graph.Offsets;
            var targets = graph.Targets;
            Array.Clear(seen);
            int activeCount = 0;
            for (int i = 0; i < sources.Length; i++)
            {
                int s = sources[i];
                seen[s] = frontier[s] = 1UL << i;
                active[activeCount++] = s;
            }

            for (int level = 1; activeCount > 0; level++)
            {
                int touchedCount = 0;
                for (int a = 0; a < activeCount; a++)
                {
                    int v = active[a];
                    ulong bits = frontier[v];
                    frontier[v] = 0;
                    for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
                    {
                        int w = targets[i];
                        if (next[w] == 0)
                        {
                            touched[touchedCount++] = w;
                        }

                        next[w] |= bits;
                    }
                }

                var unit = Reciprocal(level);
                activeCount = 0;
                for (int t = 0; t < touchedCount; t++)
                {
                    int w = touched[t];
                    ulong fresh = next[w] & ~seen[w];
                    next[w] = 0;
                    if (fresh == 0)
                    {
                        continue;
                    }

                    seen[w] |= fresh;
                    frontier[w] = fresh;
                    active[activeCount++] = w;
                    int count = BitOperations.PopCount(fresh);
                    Far[w] += (long)level * count;
                    Reach[w] += count;
                    Inverse[w] += unit * (uint)count;
                }
            }
        }

        /// <summary>⌊2⁶⁴/d⌋.</summary>
        private UInt128 Reciprocal(int level)
        {
            if (level >= reciprocal.Length)
            {
                int old = reciprocal.Length;
                Array.Resize(ref reciprocal, Math.Max(level + 1, old * 2));
                for (int d = Math.Max(1, old); d < reciprocal.Length; d++)
                {
                    reciprocal[d] = (UInt128.One << 64) / (uint)d;
                }
            }

            return reciprocal[level];
        }
    }
}
