using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// One thread's single-source shortest-path traversal with Brandes' path counts σ and dependencies δ, reused from
/// source to source and reset only where touched. Three ways to measure a path: hops (breadth-first search); exact
/// integer lengths from <see cref="ExactLengths"/> (Dijkstra on longs with a radix heap, equal means equal; faster than
/// an indexed 4-ary heap, measured in benchmarks/README.md); or floating-point distances
/// 1/strength compared within a relative tolerance of 1e-10, as igraph's <c>igraph_cmp_epsilon</c> does (Dijkstra on
/// doubles). Predecessors are kept in each node's CSR slots (a node has at most as many as its degree).
/// </summary>
internal sealed class PathTraversal
{
    /// <summary>Two distances a and b are equal when |a − b| ≤ Tolerance·(a + b) (igraph: 1e-10).</summary>
    public const double Tolerance = 1e-10;

    private readonly WeightedGraph graph;
    private readonly ExactLengths? exact;
    private readonly bool weighted;
    private readonly NodeState[] state;
    private readonly int[] order;
    private readonly int[] predecessors;
    private readonly int[] predecessorCount;
    private readonly RadixHeap? exactHeap;
    private readonly MinHeap<double>? heap;
    private int reached;

    public PathTraversal(WeightedGraph graph, bool weighted, ExactLengths? exact)
    {
        int n = graph.NodeCount;
        this.graph = graph;
        this.weighted = weighted;
        this.exact = weighted ? exact : null;
        order = new int[n];
        predecessors = new int[graph.Targets.Length];
        predecessorCount = new int[n];
        state = new NodeState[n];
        for (int i = 0; i < n; i++)
        {
            state[i] = NodeState.Unreached;
        }

        if (this.exact is not null)
        {
            exactHeap = new RadixHeap();
        }
        else if (weighted)
        {
            heap = new MinHeap<double>(n);
        }
    }

    /// <summary>The nodes reached by the last traversal, the source first, by non-decreasing distance.</summary>
    public ReadOnlySpan<int> Order => order.AsSpan(0, reached);

    public double Distance(int v) => state[v].Distance;

    /// <summary>Traverses from s; returns the number of nodes reached, s included.</summary>
    public int Run(int s)
    {
        Reset();
        reached = !weighted ? Bfs(s)
            : exact is not null ? Dijkstra<long, ExactMetric>(s, new ExactMetric(exact.Lengths, exact.Unit, exactHeap!))
            : Dijkstra<double, TolerantMetric>(s, new TolerantMetric(graph.Weights, heap!));
        return reached;
    }

    /// <summary>
    /// Brandes' dependency accumulation over the nodes reached, farthest first; adds δ_s(w) to betweenness[w]. With
    /// <paramref name="representatives"/> (inside a block: how many nodes each node stands for) a target w counts
    /// r_w times and the source r_s times.
    /// </summary>
    public void Accumulate(double[] betweenness, int[]? representatives = null)
    {
        var nodes = state;
        var offsets = graph.Offsets;
        double source = representatives is null ? 1 : representatives[order[0]];
        for (int k = reached - 1; k > 0; k--)
        {
            int w = order[k];
            ref var node = ref nodes[w];
            double coefficient = ((representatives is null ? 1 : representatives[w]) + node.Delta) / node.Sigma;
            for (int i = offsets[w], end = offsets[w] + predecessorCount[w]; i < end; i++)
            {
                ref var v = ref nodes[predecessors[i]];
                v.Delta += v.Sigma * coefficient;
            }

            betweenness[w] += source * node.Delta;
        }
    }

    private int Bfs(int s)
    {
        var nodes = state;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        nodes[s] = new NodeState { Distance = 0, Sigma = 1, Settled = true };
        order[0] = s;
        int head = 0, tail = 1;
        while (head < tail)
        {
            int v = order[head++];
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
                    order[tail++] = t;
                }

                if (w.Distance == next)
                {
                    w.Sigma += sigma;
                    predecessors[offsets[t] + predecessorCount[t]++] = v;
                }
            }
        }

        return tail;
    }

    /// <summary>
    /// Dijkstra with Brandes' path counts, one loop for both ways of measuring: a path that is shorter replaces the
    /// node's predecessors, one that is equally short joins them. The metric is a struct, so each instantiation is
    /// compiled on its own and runs as fast as a loop written for it.
    /// </summary>
    private int Dijkstra<TKey, TMetric>(int s, TMetric metric)
        where TKey : struct
        where TMetric : struct, IPathMetric<TKey>
    {
        metric.Clear();
        var nodes = state;
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        metric.Key(ref nodes[s]) = default;
        nodes[s].Sigma = 1;
        metric.Push(default, s);
        int count = 0;
        while (metric.Count > 0)
        {
            int v = metric.Pop();
            ref var node = ref nodes[v];
            if (node.Settled)
            {
                continue; // a stale entry of a queue without decrease-key
            }

            node.Settled = true;
            TKey d = metric.Key(ref node);
            node.Distance = metric.Distance(d);
            order[count++] = v;
            double sigma = node.Sigma;
            for (int i = offsets[v], end = offsets[v + 1]; i < end; i++)
            {
                int t = targets[i];
                ref var w = ref nodes[t];
                if (metric.SettledMayTie && w.Settled)
                {
                    continue;
                }

                TKey candidate = metric.Step(d, i);
                ref TKey current = ref metric.Key(ref w);
                if (metric.Shorter(candidate, current))
                {
                    current = candidate;
                    w.Sigma = sigma;
                    predecessors[offsets[t]] = v;
                    predecessorCount[t] = 1;
                    metric.Push(candidate, t);
                }
                else if (metric.Tie(candidate, current))
                {
                    w.Sigma += sigma;
                    predecessors[offsets[t] + predecessorCount[t]++] = v;
                }
            }
        }

        return count;
    }

    private void Reset()
    {
        for (int i = 0; i < reached; i++)
        {
            int v = order[i];
            state[v] = NodeState.Unreached;
            predecessorCount[v] = 0;
        }

        reached = 0;
    }

    /// <summary>
    /// How a Dijkstra run measures paths, and the priority queue that suits those lengths. A struct, so that each
    /// instantiation calls it directly.
    /// </summary>
    private interface IPathMetric<TKey>
        where TKey : struct
    {
        int Count { get; }

        /// <summary>Empties the queue before a source.</summary>
        void Clear();

        void Push(TKey key, int node);

        /// <summary>A node with the smallest key (possibly a stale entry, which the caller skips).</summary>
        int Pop();

        /// <summary>The length of a path of length <paramref name="from"/> extended by edge slot <paramref name="edge"/>.</summary>
        TKey Step(TKey from, int edge);

        /// <summary>
        /// Whether a settled node can still compare as equally short (within a tolerance) and must be skipped; exact
        /// lengths never let a settled node tie or improve, so they need not look.
        /// </summary>
        bool SettledMayTie { get; }

        /// <summary>Whether <paramref name="candidate"/> is shorter than <paramref name="current"/>.</summary>
        bool Shorter(TKey candidate, TKey current);

        /// <summary>Whether <paramref name="candidate"/>, not shorter, is as short as <paramref name="current"/>.</summary>
        bool Tie(TKey candidate, TKey current);

        /// <summary>The node's tentative length in this metric.</summary>
        ref TKey Key(ref NodeState node);

        double Distance(TKey key);
    }

    /// <summary>Exact integer lengths (<see cref="ExactLengths"/>): equal means equal; a radix heap (monotone keys).</summary>
    private readonly struct ExactMetric(long[] lengths, double unit, RadixHeap queue) : IPathMetric<long>
    {
        public int Count => queue.Count;

        public void Clear() => queue.Clear();

        public void Push(long key, int node) => queue.Push(key, node);

        public int Pop() => queue.Pop();

        public long Step(long from, int edge) => from + lengths[edge];

        public bool SettledMayTie => false;

        public bool Shorter(long candidate, long current) => candidate < current;

        public bool Tie(long candidate, long current) => candidate == current;

        public ref long Key(ref NodeState node) => ref node.Length;

        public double Distance(long key) => key * unit;
    }

    /// <summary>Distances 1/strength in doubles, equal within <see cref="Tolerance"/> (igraph's comparison); the indexed
    /// 4-ary heap with decrease-key.</summary>
    private readonly struct TolerantMetric(double[] weights, MinHeap<double> queue) : IPathMetric<double>
    {
        public int Count => queue.Count;

        public void Clear() => queue.Clear();

        public void Push(double key, int node) => queue.Push(key, node);

        public int Pop() => queue.Pop();

        public double Step(double from, int edge) => from + (1 / weights[edge]);

        public bool SettledMayTie => true;

        public bool Shorter(double candidate, double current) =>
            double.IsPositiveInfinity(current) || candidate < current - (Tolerance * (candidate + current));

        public bool Tie(double candidate, double current) => candidate <= current + (Tolerance * (candidate + current));

        public ref double Key(ref NodeState node) => ref node.Distance;

        public double Distance(double key) => key;
    }

    /// <summary>What one traversal knows about a node, packed so that visiting a neighbour touches one cache line.</summary>
    private struct NodeState
    {
        public static readonly NodeState Unreached = new() { Distance = double.PositiveInfinity, Length = long.MaxValue };

        public double Distance;
        public long Length;
        public double Sigma;
        public double Delta;
        public bool Settled;
    }
}
