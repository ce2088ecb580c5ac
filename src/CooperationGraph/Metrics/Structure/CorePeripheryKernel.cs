using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Structure;

/// <summary>
/// The discrete core–periphery model of Borgatti &amp; Everett (1999), core–periphery pairs not counted: the core set C
/// maximising the Pearson correlation ρ between the tie indicator a_ij and the ideal pattern δ_ij (1 when both ends are
/// in the core, 0 when both are in the periphery) over the unordered pairs inside the core or inside the periphery.
/// </summary>
/// <remarks>
/// <para>With c = |C|, p = n − c, N_c = c(c−1)/2 and N_p = p(p−1)/2 counted pairs, E_cc ties inside the core, E_pp
/// inside the periphery, N = N_c + N_p and E = E_cc + E_pp:
/// ρ = (N·E_cc − E·N_c) / √(N_c·N_p·E·(N − E)); undefined (NaN) when N_c = 0, N_p = 0, E = 0 or E = N.</para>
/// <para>Local search on arrays: each institution keeps its number of core neighbours, so the correlation after moving
/// one institution across is known in O(1) and the move costs O(degree). From each start, sweeps in a seeded random
/// order take every move that raises ρ by more than 1e-12 until a whole sweep takes none; then, while n ≤
/// <see cref="SwapLimit"/>, a round of swaps of a core and a periphery institution (O(c·p + m)) and, failing that, a
/// Kernighan–Lin chain (n forced moves, back to the best point, O(n² + m)); the moves resume after any gain. Starts: the
/// best prefix of the institutions by falling degree (ties by position); while n ≤ <see cref="NeighbourhoodLimit"/>,
/// every institution with its neighbours; then <c>restarts − 1</c> random sets, each institution in the core with a
/// probability drawn anew per start. The best ρ over the starts wins, the first among equals.</para>
/// </remarks>
internal static class CorePeripheryKernel
{
    private const double Tolerance = 1e-12;

    /// <summary>Up to this many nodes every institution with its neighbours is a start too (n starts of O(n²) each).</summary>
    internal const int NeighbourhoodLimit = 150;

    /// <summary>Swaps and chains are tried only up to this many nodes (O(n²) per round); larger graphs rely on moves and restarts.</summary>
    internal const int SwapLimit = 300;

    /// <summary>The correlation of a core of size <paramref name="c"/> holding <paramref name="ecc"/> ties among n nodes, <paramref name="epp"/> ties in the periphery.</summary>
    public static double Correlation(int n, int c, long ecc, long epp)
    {
        long p = n - c;
        long nc = (long)c * (c - 1) / 2, np = p * (p - 1) / 2, total = nc + np, e = ecc + epp;
        if (nc == 0 || np == 0 || e == 0 || e == total)
        {
            return double.NaN;
        }

        double numerator = ((double)total * ecc) - ((double)e * nc);
        return numerator / Math.Sqrt((double)nc * np * e * (total - e));
    }

    /// <summary>The correlation of a given core (true = core) on the graph.</summary>
    public static double Correlation(WeightedGraph graph, ReadOnlySpan<bool> core)
    {
        var state = new State(graph);
        for (int v = 0; v < core.Length; v++)
        {
            if (core[v])
            {
                state.Flip(v);
            }
        }

        return state.Value;
    }

    /// <summary>The best core found (true = core; all false when no set has a defined correlation) and its correlation (NaN then).</summary>
    public static (bool[] Core, double Correlation) Run(WeightedGraph graph, int seed, int restarts, CancellationToken cancellationToken) =>
        Run(graph, new Random(seed), restarts, cancellationToken);

    /// <summary>The same with the caller's random source (tests count its draws: one shuffle per sweep).</summary>
    internal static (bool[] Core, double Correlation) Run(WeightedGraph graph, Random random, int restarts, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var best = new bool[n];
        double bestValue = double.NaN;
        var order = new int[n];
        int neighbourhoods = n <= NeighbourhoodLimit ? n : 0;
        for (int start = 0; start < Math.Max(1, restarts) + neighbourhoods; start++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var state = start == 0 ? DegreePrefix(graph) : start <= neighbourhoods ? Neighbourhood(graph, start - 1) : RandomSet(graph, random);
            Climb(state, order, random, cancellationToken);
            if (Better(state.Value, bestValue))
            {
                bestValue = state.Value;
                Array.Copy(state.InCore, best, n);
            }
        }

        return (best, bestValue);
    }

    /// <summary>Whether <paramref name="value"/> beats <paramref name="current"/> by more than the tolerance (NaN loses to any number).</summary>
    private static bool Better(double value, double current) =>
        !double.IsNaN(value) && (double.IsNaN(current) || value > current + Tolerance);

    private static State DegreePrefix(WeightedGraph graph)
    {
        int n = graph.NodeCount;
        var byDegree = new int[n];
        var keys = new int[n];
        for (int v = 0; v < n; v++)
        {
            byDegree[v] = v;
            keys[v] = -graph.Degree(v);
        }

        Array.Sort(keys, byDegree); // introsort is not stable: restore position order among equal degrees below
        for (int i = 0, j; i < n; i = j)
        {
            for (j = i + 1; j < n && keys[j] == keys[i]; j++)
            {
            }

            Array.Sort(byDegree, i, j - i);
        }

        var state = new State(graph);
        int bestLength = 0;
        double bestValue = double.NaN;
        for (int k = 0; k < n; k++)
        {
            state.Flip(byDegree[k]);
            if (Better(state.Value, bestValue))
            {
                (bestLength, bestValue) = (k + 1, state.Value);
            }
        }

        for (int k = n - 1; k >= bestLength; k--)
        {
            state.Flip(byDegree[k]);
        }

        return state;
    }

    /// <summary>The institution with its neighbours.</summary>
    private static State Neighbourhood(WeightedGraph graph, int v)
    {
        var state = new State(graph);
        state.Flip(v);
        foreach (int w in graph.Neighbours(v))
        {
            state.Flip(w);
        }

        return state;
    }

    private static State RandomSet(WeightedGraph graph, Random random)
    {
        var state = new State(graph);
        double share = random.NextDouble();
        for (int v = 0; v < graph.NodeCount; v++)
        {
            if (random.NextDouble() < share)
            {
                state.Flip(v);
            }
        }

        return state;
    }

    internal static void Climb(State state, int[] order, Random random, CancellationToken cancellationToken)
    {
        int n = order.Length;
        for (int v = 0; v < n; v++)
        {
            order[v] = v;
        }

        bool improved = true;
        while (improved)
        {
            improved = false;
            bool moved = true;
            while (moved)
            {
                cancellationToken.ThrowIfCancellationRequested();
                moved = false;
                random.Shuffle(order);
                foreach (int v in order)
                {
                    if (Better(state.ValueAfterFlip(v), state.Value))
                    {
                        state.Flip(v);
                        moved = true;
                    }
                }
            }

            if (n <= SwapLimit)
            {
                improved = Swap(state, order, cancellationToken) || Chain(state, cancellationToken);
            }
        }
    }

    /// <summary>One round of swaps (a core and a periphery node trade places), first improvement; whether any was made.</summary>
    internal static bool Swap(State state, int[] order, CancellationToken cancellationToken)
    {
        var graph = state.Graph;
        int n = order.Length;
        var neighbour = new bool[n];
        bool any = false;
        foreach (int u in order)
        {
            if (!state.InCore[u])
            {
                continue;
            }

            cancellationToken.ThrowIfCancellationRequested();
            foreach (int w in graph.Neighbours(u))
            {
                neighbour[w] = true;
            }

            int swapped = -1;
            foreach (int v in order)
            {
                if (!state.InCore[v] && Better(state.ValueAfterSwap(u, v, neighbour[v]), state.Value))
                {
                    swapped = v;
                    break;
                }
            }

            foreach (int w in graph.Neighbours(u))
            {
                neighbour[w] = false;
            }

            if (swapped >= 0)
            {
                state.Flip(u);
                state.Flip(swapped);
                any = true;
            }
        }

        return any;
    }

    /// <summary>
    /// A Kernighan–Lin chain: n moves, each the best of the institutions not yet moved, improving or not; the state goes
    /// back to the best point of the chain. Whether that point beats the start. O(n² + m).
    /// </summary>
    internal static bool Chain(State state, CancellationToken cancellationToken)
    {
        int n = state.InCore.Length;
        var moved = new bool[n];
        var chain = new int[n];
        double start = state.Value, best = start;
        int bestLength = 0;
        for (int step = 0; step < n; step++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            int pick = -1;
            double pickValue = double.NaN;
            for (int v = 0; v < n; v++)
            {
                if (!moved[v] && (pick < 0 || Better(state.ValueAfterFlip(v), pickValue)))
                {
                    (pick, pickValue) = (v, state.ValueAfterFlip(v));
                }
            }

            state.Flip(pick);
            moved[pick] = true;
            chain[step] = pick;
            if (Better(state.Value, best))
            {
                (best, bestLength) = (state.Value, step + 1);
            }
        }

        for (int step = n - 1; step >= bestLength; step--)
        {
            state.Flip(chain[step]);
        }

        return bestLength > 0;
    }

    /// <summary>A core set with its counts: core size, ties inside core and periphery, core neighbours of every node.</summary>
    internal sealed class State
    {
        private readonly int[] coreNeighbours;
        private int coreSize;
        private long coreTies, peripheryTies;

        public State(WeightedGraph graph)
        {
            Graph = graph;
            InCore = new bool[graph.NodeCount];
            coreNeighbours = new int[graph.NodeCount];
            peripheryTies = graph.EdgeCount;
            Value = Correlation(graph.NodeCount, 0, 0, peripheryTies);
        }

        public WeightedGraph Graph { get; }

        public bool[] InCore { get; }

        public double Value { get; private set; }

        public double ValueAfterFlip(int v)
        {
            int inCore = coreNeighbours[v], inPeriphery = Graph.Degree(v) - inCore;
            return InCore[v]
                ? Correlation(Graph.NodeCount, coreSize - 1, coreTies - inCore, peripheryTies + inPeriphery)
                : Correlation(Graph.NodeCount, coreSize + 1, coreTies + inCore, peripheryTies - inPeriphery);
        }

        /// <summary>Core node u leaves, periphery node v joins; <paramref name="tied"/> whether u–v is a tie.</summary>
        public double ValueAfterSwap(int u, int v, bool tied)
        {
            int t = tied ? 1 : 0;
            long core = coreTies - coreNeighbours[u] + coreNeighbours[v] - t;
            long periphery = peripheryTies - (Graph.Degree(v) - coreNeighbours[v]) + (Graph.Degree(u) - coreNeighbours[u]) - t;
            return Correlation(Graph.NodeCount, coreSize, core, periphery);
        }

        /// <summary>Moves v across, O(degree).</summary>
        public void Flip(int v)
        {
            int inCore = coreNeighbours[v], inPeriphery = Graph.Degree(v) - inCore;
            int sign = InCore[v] ? -1 : 1;
            coreSize += sign;
            coreTies += sign * inCore;
            peripheryTies -= sign * inPeriphery;
            InCore[v] = !InCore[v];
            foreach (int w in Graph.Neighbours(v))
            {
                coreNeighbours[w] += sign;
            }

            Value = Correlation(Graph.NodeCount, coreSize, coreTies, peripheryTies);
        }
    }
}
