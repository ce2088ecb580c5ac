using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// One single-source shortest-path traversal per source (BFS, or Dijkstra on distance = 1/weight), shared by
/// betweenness (Brandes 2001), closeness and harmonic centrality. Sources run in parallel in fixed chunks, each chunk
/// with its own buffers and betweenness accumulator; chunks are summed in order, so results do not depend on the
/// number of threads.
/// </summary>
internal sealed class PathKernel
{
    private const int ChunkCount = 64;
    private readonly WeightedGraph graph;
    private readonly bool weighted;

    public PathKernel(WeightedGraph graph, bool weighted)
    {
        this.graph = graph;
        this.weighted = weighted;
    }

    /// <summary>Raw Brandes sums (each unordered pair counted from both ends), or null when not asked.</summary>
    public double[]? Betweenness { get; private set; }

    /// <summary>Σ distances to reachable nodes per source.</summary>
    public double[] DistanceSum { get; private set; } = [];

    /// <summary>Number of other nodes reachable per source.</summary>
    public int[] Reachable { get; private set; } = [];

    /// <summary>Σ 1/distance over reachable nodes per source.</summary>
    public double[] InverseDistanceSum { get; private set; } = [];

    public void Run(bool betweenness, CancellationToken cancellationToken, IProgress<double>? progress = null)
    {
        int n = graph.NodeCount;
        DistanceSum = new double[n];
        Reachable = new int[n];
        InverseDistanceSum = new double[n];
        int chunks = Math.Min(ChunkCount, Math.Max(1, n));
        var partial = betweenness ? new double[chunks][] : null;
        int done = 0;
        Parallel.For(0, chunks, new ParallelOptions { CancellationToken = cancellationToken }, chunk =>
        {
            var buffers = new Buffers(n, weighted);
            double[]? accumulator = betweenness ? new double[n] : null;
            for (int s = chunk; s < n; s += chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int count = weighted ? buffers.Dijkstra(graph, s) : buffers.Bfs(graph, s);
                double sum = 0, inverse = 0;
                for (int i = 1; i < count; i++)
                {
                    double d = buffers.Distance[buffers.Order[i]];
                    sum += d;
                    inverse += 1 / d;
                }

                DistanceSum[s] = sum;
                InverseDistanceSum[s] = inverse;
                Reachable[s] = count - 1;
                if (accumulator is not null)
                {
                    buffers.Accumulate(graph, s, count, accumulator);
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

    /// <summary>Per-thread state for one traversal at a time; reset only where touched.</summary>
    private sealed class Buffers
    {
        public readonly double[] Distance;
        public readonly int[] Order;
        private readonly double[] sigma;
        private readonly double[] delta;
        private readonly bool[] settled;
        private readonly MinHeap? heap;

        public Buffers(int n, bool weighted)
        {
            Distance = new double[n];
            Order = new int[n];
            sigma = new double[n];
            delta = new double[n];
            settled = new bool[n];
            Array.Fill(Distance, double.PositiveInfinity);
            heap = weighted ? new MinHeap(n) : null;
        }

        /// <summary>Breadth-first search from s; returns the number of nodes reached (s first in Order).</summary>
        public int Bfs(WeightedGraph graph, int s)
        {
            Reset();
            Distance[s] = 0;
            sigma[s] = 1;
            Order[0] = s;
            settled[s] = true;
            int head = 0, tail = 1;
            while (head < tail)
            {
                int v = Order[head++];
                double next = Distance[v] + 1;
                foreach (int w in graph.Neighbours(v))
                {
                    if (!settled[w])
                    {
                        settled[w] = true;
                        Distance[w] = next;
                        Order[tail++] = w;
                    }

                    if (Distance[w] == next)
                    {
                        sigma[w] += sigma[v];
                    }
                }
            }

            touched = tail;
            return tail;
        }

        /// <summary>Dijkstra from s on distance 1/weight, counting equal-length paths exactly as NetworkX does.</summary>
        public int Dijkstra(WeightedGraph graph, int s)
        {
            Reset();
            var queue = heap!;
            queue.Clear();
            Distance[s] = 0;
            sigma[s] = 1;
            queue.Push(0, s);
            int count = 0;
            seenCount = 0;
            seen[seenCount++] = s;
            while (queue.Count > 0)
            {
                var (d, v) = queue.Pop();
                if (settled[v] || d > Distance[v])
                {
                    continue;
                }

                settled[v] = true;
                Order[count++] = v;
                var neighbours = graph.Neighbours(v);
                var weights = graph.NeighbourWeights(v);
                for (int i = 0; i < neighbours.Length; i++)
                {
                    int w = neighbours[i];
                    if (settled[w])
                    {
                        continue;
                    }

                    double candidate = d + (1 / weights[i]);
                    if (candidate < Distance[w])
                    {
                        if (double.IsPositiveInfinity(Distance[w]))
                        {
                            seen[seenCount++] = w;
                        }

                        Distance[w] = candidate;
                        sigma[w] = sigma[v];
                        queue.Push(candidate, w);
                    }
                    else if (candidate == Distance[w])
                    {
                        sigma[w] += sigma[v];
                    }
                }
            }

            touched = count;
            return count;
        }

        /// <summary>Brandes' dependency accumulation over the nodes reached, farthest first.</summary>
        public void Accumulate(WeightedGraph graph, int s, int count, double[] betweenness)
        {
            for (int i = count - 1; i >= 0; i--)
            {
                int w = Order[i];
                double coefficient = (1 + delta[w]) / sigma[w];
                var neighbours = graph.Neighbours(w);
                var weights = graph.NeighbourWeights(w);
                for (int j = 0; j < neighbours.Length; j++)
                {
                    int v = neighbours[j];
                    if (IsPredecessor(v, w, weights[j]))
                    {
                        delta[v] += sigma[v] * coefficient;
                    }
                }

                if (w != s)
                {
                    betweenness[w] += delta[w];
                }
            }
        }

        private bool IsPredecessor(int v, int w, double weight) => heap is null
            ? Distance[v] + 1 == Distance[w]
            : settled[v] && Distance[v] + (1 / weight) == Distance[w];

        private int touched;
        private int seenCount;
        private int[] seen = [];

        private void Reset()
        {
            if (seen.Length != Distance.Length)
            {
                seen = new int[Distance.Length];
            }

            if (heap is not null)
            {
                for (int i = 0; i < seenCount; i++)
                {
                    Clear(seen[i]);
                }

                seenCount = 0;
            }
            else
            {
                for (int i = 0; i < touched; i++)
                {
                    Clear(Order[i]);
                }
            }

            touched = 0;
        }

        private void Clear(int v)
        {
            Distance[v] = double.PositiveInfinity;
            sigma[v] = 0;
            delta[v] = 0;
            settled[v] = false;
        }
    }
}
