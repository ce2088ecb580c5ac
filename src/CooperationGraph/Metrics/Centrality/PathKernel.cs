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
            var buffers = new Buffers(n, graph.Targets.Length, weighted);
            double[]? accumulator = betweenness ? new double[n] : null;
            for (int s = chunk; s < n; s += chunks)
            {
                cancellationToken.ThrowIfCancellationRequested();
                int count = weighted ? buffers.Dijkstra(graph, s) : buffers.Bfs(graph, s);
                double sum = 0, inverse = 0;
                for (int i = 1; i < count; i++)
                {
                    double d = buffers.Distance(buffers.Order[i]);
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

    /// <summary>What one traversal knows about a node, packed so that visiting a neighbour touches one cache line.</summary>
    private struct NodeState
    {
        public double Distance;
        public double Sigma;
        public double Delta;
        public bool Settled;
    }

    /// <summary>Per-thread state for one traversal at a time; reset only where touched.</summary>
    private sealed class Buffers
    {
        public readonly int[] Order;
        private readonly NodeState[] state;
        private readonly int[] seen;
        private readonly int[] predecessors;
        private readonly int[] predecessorCount;
        private readonly MinHeap? heap;
        private int seenCount;

        public Buffers(int n, int edgeEnds, bool weighted)
        {
            predecessors = weighted ? [] : new int[edgeEnds];
            predecessorCount = weighted ? [] : new int[n];
            Order = new int[n];
            seen = new int[n];
            state = new NodeState[n];
            for (int i = 0; i < n; i++)
            {
                state[i].Distance = double.PositiveInfinity;
            }

            heap = weighted ? new MinHeap(n) : null;
        }

        public double Distance(int v) => state[v].Distance;

        /// <summary>Breadth-first search from s; returns the number of nodes reached (s first in Order).</summary>
        public int Bfs(WeightedGraph graph, int s)
        {
            Reset();
            var nodes = state;
            var offsets = graph.Offsets;
            var targets = graph.Targets;
            nodes[s].Distance = 0;
            nodes[s].Sigma = 1;
            nodes[s].Settled = true;
            Order[0] = s;
            int head = 0, tail = 1;
            while (head < tail)
            {
                int v = Order[head++];
                double next = nodes[v].Distance + 1;
                double sigma = nodes[v].Sigma;
                for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
                {
                    int t = targets[i];
                    ref var w = ref nodes[t];
                    if (!w.Settled)
                    {
                        w.Settled = true;
                        w.Distance = next;
                        Order[tail++] = t;
                    }

                    if (w.Distance == next)
                    {
                        w.Sigma += sigma;
                        predecessors[offsets[t] + predecessorCount[t]++] = v;
                    }
                }
            }

            seenCount = tail;
            Array.Copy(Order, seen, tail);
            return tail;
        }

        /// <summary>Dijkstra from s on distance 1/weight, counting equal-length paths exactly as NetworkX does.</summary>
        public int Dijkstra(WeightedGraph graph, int s)
        {
            Reset();
            var nodes = state;
            var queue = heap!;
            queue.Clear();
            nodes[s].Distance = 0;
            nodes[s].Sigma = 1;
            queue.Push(0, s);
            seen[seenCount++] = s;
            int count = 0;
            var offsets = graph.Offsets;
            var targets = graph.Targets;
            var weights = graph.Weights;
            while (queue.Count > 0)
            {
                var (d, v) = queue.Pop();
                if (nodes[v].Settled || d > nodes[v].Distance)
                {
                    continue;
                }

                nodes[v].Settled = true;
                Order[count++] = v;
                double sigma = nodes[v].Sigma;
                for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
                {
                    int t = targets[i];
                    ref var w = ref nodes[t];
                    if (w.Settled)
                    {
                        continue;
                    }

                    double candidate = d + (1 / weights[i]);
                    if (candidate < w.Distance)
                    {
                        if (double.IsPositiveInfinity(w.Distance))
                        {
                            seen[seenCount++] = t;
                        }

                        w.Distance = candidate;
                        w.Sigma = sigma;
                        queue.Push(candidate, t);
                    }
                    else if (candidate == w.Distance)
                    {
                        w.Sigma += sigma;
                    }
                }
            }

            return count;
        }

        /// <summary>Brandes' dependency accumulation over the nodes reached, farthest first.</summary>
        public void Accumulate(WeightedGraph graph, int s, int count, double[] betweenness)
        {
            var nodes = state;
            var offsets = graph.Offsets;
            var targets = graph.Targets;
            var weights = graph.Weights;
            bool unweighted = heap is null;
            for (int k = count - 1; k >= 0; k--)
            {
                int w = Order[k];
                ref var node = ref nodes[w];
                double coefficient = (1 + node.Delta) / node.Sigma;
                double distance = node.Distance;
                if (unweighted)
                {
                    for (int i = offsets[w], end = offsets[w] + predecessorCount[w]; i < end; i++)
                    {
                        ref var v = ref nodes[predecessors[i]];
                        v.Delta += v.Sigma * coefficient;
                    }

                    if (w != s)
                    {
                        betweenness[w] += node.Delta;
                    }

                    continue;
                }

                for (int i = offsets[w], end = offsets[w + 1]; i < end; i++)
                {
                    ref var v = ref nodes[targets[i]];
                    bool predecessor = unweighted
                        ? v.Distance + 1 == distance
                        : v.Settled && v.Distance + (1 / weights[i]) == distance;
                    if (predecessor)
                    {
                        v.Delta += v.Sigma * coefficient;
                    }
                }

                if (w != s)
                {
                    betweenness[w] += node.Delta;
                }
            }
        }

        private void Reset()
        {
            for (int i = 0; i < seenCount; i++)
            {
                state[seen[i]] = new NodeState { Distance = double.PositiveInfinity };
                if (heap is null)
                {
                    predecessorCount[seen[i]] = 0;
                }
            }

            seenCount = 0;
        }
    }
}
