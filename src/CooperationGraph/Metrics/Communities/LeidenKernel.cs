using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Communities;

/// <summary>
/// The Leiden algorithm for modularity with a resolution γ (Traag, Waltman &amp; van Eck 2019, From Louvain to Leiden:
/// guaranteeing well-connected communities, Scientific Reports 9, 5233, https://doi.org/10.1038/s41598-019-41695-z):
/// fast local moving, refinement inside each community, aggregation on the refined partition with the unrefined one as
/// the start, repeated until every community is one aggregate node; whole passes repeat from the last partition until
/// modularity stops rising. On arrays only: each level is a CSR graph without self-loops plus a self-weight per node.
/// </summary>
/// <remarks>
/// Refinement merges a singleton into the well-connected refined community with the largest positive gain
/// (the greedy limit θ → 0 of the paper's randomised choice), so every refined community, and hence every community, is
/// connected. Node orders are shuffled by the seeded <see cref="Random"/>. A pass is O(m) per sweep.
/// </remarks>
internal static class LeidenKernel
{
    private const double Tolerance = 1e-12;

    /// <summary>One level: CSR without self-loops, self weights (each self tie once) and strengths (self ties twice).</summary>
    internal sealed record Level(int Count, int[] Offsets, int[] Targets, double[] Weights, double[] Self, double[] Strength);

    /// <summary>
    /// Working arrays of one run, sized for the top level and reused by every restart, pass and level (a level never has
    /// more nodes than the top). Arrays of the national network are past the large-object threshold, so allocating them
    /// per call left gigabytes of large-object garbage over the restarts. Each user clears the part it reads first.
    /// </summary>
    internal sealed class Scratch(int n)
    {
        public readonly double[] Doubles1 = new double[n];
        public readonly double[] Doubles2 = new double[n];
        public readonly double[] Doubles3 = new double[n];
        public readonly double[] Doubles4 = new double[n];
        public readonly double[] Toward = new double[n];
        public readonly int[] Ints1 = new int[n];
        public readonly int[] Ints2 = new int[n + 1];
        public readonly int[] Order = new int[n];
        public readonly bool[] Flags = new bool[n];
        public readonly List<int> Touched = [];
        public readonly Stack<int> Empty = new();
        public readonly Queue<int> Queue = new(n);
        public readonly List<int> Targets = [];
        public readonly List<double> Weights = [];
    }

    /// <summary>
    /// The partition (community per node, 0-based, arbitrary labels) reached by <paramref name="restarts"/> seeded runs,
    /// the best by modularity (the first among equals), and its modularity.
    /// </summary>
    public static (int[] Membership, double Modularity) Run(WeightedGraph graph, bool weighted, double resolution, int seed, int restarts, CancellationToken cancellationToken) =>
        Run(graph, weighted, resolution, new Random(seed), restarts, cancellationToken);

    /// <summary>As <see cref="Run(WeightedGraph, bool, double, int, int, CancellationToken)"/> with the node orders drawn from <paramref name="random"/>.</summary>
    internal static (int[] Membership, double Modularity) Run(WeightedGraph graph, bool weighted, double resolution, Random random, int restarts, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        var weights = new double[graph.Targets.Length];
        for (int e = 0; e < weights.Length; e++)
        {
            weights[e] = weighted ? graph.Weights[e] : 1.0;
        }

        var strength = new double[n];
        double total = 0;
        for (int v = 0; v < n; v++)
        {
            for (int e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                strength[v] += weights[e];
            }

            total += strength[v];
        }

        var identity = new int[n];
        for (int v = 0; v < n; v++)
        {
            identity[v] = v;
        }

        if (total <= 0)
        {
            return (identity, double.NaN);
        }

        var top = new Level(n, graph.Offsets, graph.Targets, weights, new double[n], strength);
        var scratch = new Scratch(n);
        int[] best = identity;
        double bestQ = double.NegativeInfinity;
        for (int run = 0; run < Math.Max(1, restarts); run++)
        {
            var membership = (int[])identity.Clone();
            double q = Modularity(top, membership, resolution, total, scratch);
            for (int pass = 0; pass < 50; pass++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = Pass(top, membership, resolution, total, random, scratch);
                double nextQ = Modularity(top, next, resolution, total, scratch);
                if (nextQ <= q + Tolerance)
                {
                    break;
                }

                (membership, q) = (next, nextQ);
            }

            if (q > bestQ + Tolerance)
            {
                (best, bestQ) = (membership, q);
            }
        }

        return (best, bestQ);
    }

    /// <summary>Modularity Σ_c [L_c/m − γ (K_c/2m)²] of a partition (labels below the node count); NetworkX <c>modularity</c>.</summary>
    public static double Modularity(WeightedGraph graph, bool weighted, int[] membership, double resolution)
    {
        int n = graph.NodeCount;
        var weights = weighted ? graph.Weights : Ones(graph.Targets.Length);
        var strength = new double[n];
        double total = 0;
        for (int v = 0; v < n; v++)
        {
            for (int e = graph.Offsets[v]; e < graph.Offsets[v + 1]; e++)
            {
                strength[v] += weights[e];
            }

            total += strength[v];
        }

        return total <= 0 ? double.NaN : Modularity(new Level(n, graph.Offsets, graph.Targets, weights, new double[n], strength), membership, resolution, total, new Scratch(n));
    }

    private static double[] Ones(int length)
    {
        var ones = new double[length];
        Array.Fill(ones, 1.0);
        return ones;
    }

    internal static double Modularity(Level level, int[] membership, double resolution, double total, Scratch scratch)
    {
        int n = level.Count;
        var inside = scratch.Doubles1;
        var sum = scratch.Doubles2;
        Array.Clear(inside, 0, n);
        Array.Clear(sum, 0, n);
        for (int v = 0; v < n; v++)
        {
            int c = membership[v];
            sum[c] += level.Strength[v];
            inside[c] += level.Self[v];
            for (int e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
            {
                if (membership[level.Targets[e]] == c)
                {
                    inside[c] += level.Weights[e] / 2;
                }
            }
        }

        double m = total / 2, q = 0;
        for (int c = 0; c < n; c++)
        {
            if (sum[c] > 0)
            {
                double share = sum[c] / total;
                q += (inside[c] / m) - (resolution * share * share);
            }
        }

        return q;
    }

    /// <summary>One Leiden pass from <paramref name="start"/>: returns the new membership of the top-level nodes.</summary>
    internal static int[] Pass(Level top, int[] start, double resolution, double total, Random random, Scratch scratch)
    {
        var level = top;
        var partition = Relabel(start, out _, scratch);
        var map = new int[top.Count];
        for (int v = 0; v < map.Length; v++)
        {
            map[v] = v;
        }

        while (true)
        {
            int communities = MoveNodes(level, partition, resolution, total, random, scratch);
            if (communities == level.Count)
            {
                break;
            }

            var refined = Relabel(Refine(level, partition, resolution, total, random, scratch), out int count, scratch);
            if (count == level.Count)
            {
                // The refinement merged nothing, so the aggregate would be this level again and the pass would never
                // end; leidenalg stops here too (it aggregates further only while the graph shrinks).
                break;
            }

            var aggregate = Aggregate(level, refined, count, scratch);
            var coarse = new int[count];
            for (int v = 0; v < level.Count; v++)
            {
                coarse[refined[v]] = partition[v];
            }

            for (int v = 0; v < map.Length; v++)
            {
                map[v] = refined[map[v]];
            }

            level = aggregate;
            partition = Relabel(coarse, out _, scratch);
        }

        var result = new int[top.Count];
        for (int v = 0; v < result.Length; v++)
        {
            result[v] = partition[map[v]];
        }

        return Relabel(result, out _, scratch);
    }

    /// <summary>Labels 0…k−1 in order of first appearance.</summary>
    internal static int[] Relabel(ReadOnlySpan<int> membership, out int count, Scratch scratch)
    {
        int largest = -1;
        foreach (int c in membership)
        {
            largest = Math.Max(largest, c);
        }

        // Labels stay below the top level's node count, so the scratch row holds them.
        var label = scratch.Ints2.AsSpan(0, largest + 1);
        label.Fill(-1);
        var result = new int[membership.Length];
        count = 0;
        for (int v = 0; v < membership.Length; v++)
        {
            int c = membership[v];
            if (label[c] < 0)
            {
                label[c] = count++;
            }

            result[v] = label[c];
        }

        return result;
    }

    internal static ReadOnlySpan<int> Shuffled(int n, Random random, Scratch scratch)
    {
        var order = scratch.Order.AsSpan(0, n);
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        return order;
    }

    /// <summary>Fast local moving with a queue (Traag et al. 2019, Algorithm A.2); labels stay below the node count. Returns the number of non-empty communities.</summary>
    internal static int MoveNodes(Level level, int[] partition, double resolution, double total, Random random, Scratch scratch)
    {
        int n = level.Count;
        var sum = scratch.Doubles1;
        var size = scratch.Ints1;
        Array.Clear(sum, 0, n);
        Array.Clear(size, 0, n);
        for (int v = 0; v < n; v++)
        {
            sum[partition[v]] += level.Strength[v];
            size[partition[v]]++;
        }

        var empty = scratch.Empty;
        empty.Clear();
        for (int c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                empty.Push(c);
            }
        }

        var queue = scratch.Queue;
        queue.Clear();
        foreach (int v in Shuffled(n, random, scratch))
        {
            queue.Enqueue(v);
        }

        var queued = scratch.Flags;
        Array.Fill(queued, true, 0, n);
        var toward = scratch.Toward; // all zero between uses: every entry raised is reset through `touched`
        var touched = scratch.Touched;
        while (queue.Count > 0)
        {
            int v = queue.Dequeue();
            queued[v] = false;
            int own = partition[v];
            double k = level.Strength[v];
            touched.Clear();
            for (int e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
            {
                int c = partition[level.Targets[e]];
                if (toward[c] == 0)
                {
                    touched.Add(c);
                }

                toward[c] += level.Weights[e];
            }

            sum[own] -= k;
            size[own]--;
            int target = own;
            double bestGain = toward[own] - (resolution * k * sum[own] / total);
            foreach (int c in touched)
            {
                double gain = toward[c] - (resolution * k * sum[c] / total);
                if (gain > bestGain + Tolerance)
                {
                    (target, bestGain) = (c, gain);
                }
            }

            foreach (int c in touched)
            {
                toward[c] = 0;
            }

            if (bestGain < -Tolerance && size[own] > 0 && empty.Count > 0)
            {
                target = empty.Pop();
            }

            if (size[own] == 0 && target != own)
            {
                empty.Push(own);
            }

            sum[target] += k;
            size[target]++;
            partition[v] = target;
            if (target != own)
            {
                for (int e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
                {
                    int u = level.Targets[e];
                    if (!queued[u] && partition[u] != target)
                    {
                        queued[u] = true;
                        queue.Enqueue(u);
                    }
                }
            }
        }

        int count = 0;
        for (int c = 0; c < n; c++)
        {
            count += size[c] > 0 ? 1 : 0;
        }

        return count;
    }

    /// <summary>
    /// Refinement (Algorithm A.3 with the greedy choice): inside each community, singletons that are well connected to
    /// it merge into the well-connected refined community of largest positive gain.
    /// </summary>
    internal static ReadOnlySpan<int> Refine(Level level, int[] partition, double resolution, double total, Random random, Scratch scratch)
    {
        int n = level.Count;
        var refined = scratch.Ints1;
        var refinedSum = scratch.Doubles1;
        var external = scratch.Doubles2;
        var communitySum = scratch.Doubles3;
        var singleton = scratch.Flags;
        var toCommunity = scratch.Doubles4;
        Array.Clear(communitySum, 0, n);
        Array.Clear(toCommunity, 0, n);
        for (int v = 0; v < n; v++)
        {
            refined[v] = v;
            refinedSum[v] = level.Strength[v];
            singleton[v] = true;
            communitySum[partition[v]] += level.Strength[v];
            for (int e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
            {
                if (partition[level.Targets[e]] == partition[v])
                {
                    toCommunity[v] += level.Weights[e];
                }
            }

            external[v] = toCommunity[v];
        }

        var toward = scratch.Toward;
        var touched = scratch.Touched;
        foreach (int v in Shuffled(n, random, scratch))
        {
            if (!singleton[v])
            {
                continue;
            }

            int c = partition[v];
            double k = level.Strength[v];
            if (toCommunity[v] < resolution * k * (communitySum[c] - k) / total)
            {
                continue;
            }

            touched.Clear();
            for (int e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
            {
                int u = level.Targets[e];
                if (partition[u] != c)
                {
                    continue;
                }

                int r = refined[u];
                if (toward[r] == 0)
                {
                    touched.Add(r);
                }

                toward[r] += level.Weights[e];
            }

            int target = -1;
            double bestGain = -Tolerance;
            foreach (int r in touched)
            {
                double well = resolution * refinedSum[r] * (communitySum[c] - refinedSum[r]) / total;
                double gain = toward[r] - (resolution * k * refinedSum[r] / total);
                if (external[r] >= well && gain > bestGain + Tolerance)
                {
                    (target, bestGain) = (r, gain);
                }
            }

            if (target >= 0)
            {
                refinedSum[v] = 0;
                refinedSum[target] += k;
                external[target] += toCommunity[v] - (2 * toward[target]);
                refined[v] = target;
                singleton[v] = false;
                singleton[target] = false;
            }

            foreach (int r in touched)
            {
                toward[r] = 0;
            }
        }

        return refined.AsSpan(0, n);
    }

    /// <summary>The graph of the refined communities: summed ties between them, ties inside them as self weight.</summary>
    internal static Level Aggregate(Level level, int[] refined, int count, Scratch scratch)
    {
        // The members of each refined community, in node order: a counting sort into scratch rows.
        var start = scratch.Ints2.AsSpan(0, count + 1);
        var members = scratch.Ints1;
        start.Clear();
        for (int v = 0; v < level.Count; v++)
        {
            start[refined[v] + 1]++;
        }

        for (int a = 0; a < count; a++)
        {
            start[a + 1] += start[a];
        }

        var next = scratch.Order;
        start[..count].CopyTo(next);
        for (int v = 0; v < level.Count; v++)
        {
            members[next[refined[v]]++] = v;
        }

        var self = new double[count];
        var strength = new double[count];
        var offsets = new int[count + 1];
        var targets = scratch.Targets;
        var weights = scratch.Weights;
        targets.Clear();
        weights.Clear();
        var toward = scratch.Toward;
        var seen = scratch.Flags;
        Array.Clear(seen, 0, count);
        var touched = scratch.Touched;
        for (int a = 0; a < count; a++)
        {
            touched.Clear();
            for (int i = start[a]; i < start[a + 1]; i++)
            {
                int v = members[i];
                self[a] += level.Self[v];
                strength[a] += level.Strength[v];
                for (int e = level.Offsets[v]; e < level.Offsets[v + 1]; e++)
                {
                    int b = refined[level.Targets[e]];
                    if (b == a)
                    {
                        self[a] += level.Weights[e] / 2;
                        continue;
                    }

                    if (!seen[b])
                    {
                        seen[b] = true;
                        touched.Add(b);
                    }

                    toward[b] += level.Weights[e];
                }
            }

            foreach (int b in touched)
            {
                targets.Add(b);
                weights.Add(toward[b]);
                toward[b] = 0;
                seen[b] = false;
            }

            offsets[a + 1] = targets.Count;
        }

        return new Level(count, offsets, [.. targets], [.. weights], self, strength);
    }
}
