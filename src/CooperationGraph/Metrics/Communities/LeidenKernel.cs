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
/// Refinement merges a singleton into the well-connected refined community with the largest non-negative gain
/// (the greedy limit θ → 0 of the paper's randomised choice), so every refined community, and hence every community, is
/// connected. Node orders are shuffled by the seeded <see cref="Random"/>. A pass is O(m) per sweep.
/// </remarks>
internal static class LeidenKernel
{
    private const double Tolerance = 1e-12;

    /// <summary>One level: CSR without self-loops, self weights (each self tie once) and strengths (self ties twice).</summary>
    private sealed record Level(int Count, int[] Offsets, int[] Targets, double[] Weights, double[] Self, double[] Strength);

    /// <summary>
    /// The partition (community per node, 0-based, arbitrary labels) reached by <paramref name="restarts"/> seeded runs,
    /// the best by modularity (the first among equals), and its modularity.
    /// </summary>
    public static (int[] Membership, double Modularity) Run(WeightedGraph graph, bool weighted, double resolution, int seed, int restarts, CancellationToken cancellationToken)
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
        var random = new Random(seed);
        int[] best = identity;
        double bestQ = double.NegativeInfinity;
        for (int run = 0; run < Math.Max(1, restarts); run++)
        {
            var membership = (int[])identity.Clone();
            double q = Modularity(top, membership, resolution, total);
            for (int pass = 0; pass < 50; pass++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var next = Pass(top, membership, resolution, total, random);
                double nextQ = Modularity(top, next, resolution, total);
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

        return total <= 0 ? double.NaN : Modularity(new Level(n, graph.Offsets, graph.Targets, weights, new double[n], strength), membership, resolution, total);
    }

    private static double[] Ones(int length)
    {
        var ones = new double[length];
        Array.Fill(ones, 1.0);
        return ones;
    }

    private static double Modularity(Level level, int[] membership, double resolution, double total)
    {
        int n = level.Count;
        var inside = new double[n];
        var sum = new double[n];
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
    private static int[] Pass(Level top, int[] start, double resolution, double total, Random random)
    {
        var level = top;
        var partition = Relabel(start, out _);
        var map = new int[top.Count];
        for (int v = 0; v < map.Length; v++)
        {
            map[v] = v;
        }

        while (true)
        {
            int communities = MoveNodes(level, partition, resolution, total, random);
            if (communities == level.Count)
            {
                break;
            }

            var refined = Refine(level, partition, resolution, total, random);
            refined = Relabel(refined, out int count);
            if (count == level.Count)
            {
                // The refinement merged nothing, so the aggregate would be this level again and the pass would never
                // end; leidenalg stops here too (it aggregates further only while the graph shrinks).
                break;
            }

            var aggregate = Aggregate(level, refined, count);
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
            partition = Relabel(coarse, out _);
        }

        var result = new int[top.Count];
        for (int v = 0; v < result.Length; v++)
        {
            result[v] = partition[map[v]];
        }

        return Relabel(result, out _);
    }

    /// <summary>Labels 0…k−1 in order of first appearance.</summary>
    private static int[] Relabel(int[] membership, out int count)
    {
        int largest = -1;
        foreach (int c in membership)
        {
            largest = Math.Max(largest, c);
        }

        var label = new int[largest + 1];
        Array.Fill(label, -1);
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

    private static int[] Shuffled(int n, Random random)
    {
        var order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        random.Shuffle(order);
        return order;
    }

    /// <summary>Fast local moving with a queue (Traag et al. 2019, Algorithm A.2); labels stay below the node count. Returns the number of non-empty communities.</summary>
    private static int MoveNodes(Level level, int[] partition, double resolution, double total, Random random)
    {
        int n = level.Count;
        var sum = new double[n];
        var size = new int[n];
        for (int v = 0; v < n; v++)
        {
            sum[partition[v]] += level.Strength[v];
            size[partition[v]]++;
        }

        var empty = new Stack<int>();
        for (int c = n - 1; c >= 0; c--)
        {
            if (size[c] == 0)
            {
                empty.Push(c);
            }
        }

        var queue = new Queue<int>(Shuffled(n, random));
        var queued = new bool[n];
        Array.Fill(queued, true);
        var toward = new double[n];
        var touched = new List<int>();
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
    /// it merge into the well-connected refined community of largest non-negative gain.
    /// </summary>
    private static int[] Refine(Level level, int[] partition, double resolution, double total, Random random)
    {
        int n = level.Count;
        var refined = new int[n];
        var refinedSum = new double[n];
        var external = new double[n];
        var communitySum = new double[n];
        var singleton = new bool[n];
        var toCommunity = new double[n];
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

        var toward = new double[n];
        var touched = new List<int>();
        foreach (int v in Shuffled(n, random))
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

        return refined;
    }

    /// <summary>The graph of the refined communities: summed ties between them, ties inside them as self weight.</summary>
    private static Level Aggregate(Level level, int[] refined, int count)
    {
        var members = new List<int>[count];
        for (int a = 0; a < count; a++)
        {
            members[a] = [];
        }

        for (int v = 0; v < level.Count; v++)
        {
            members[refined[v]].Add(v);
        }

        var self = new double[count];
        var strength = new double[count];
        var offsets = new int[count + 1];
        var targets = new List<int>();
        var weights = new List<double>();
        var toward = new double[count];
        var seen = new bool[count];
        var touched = new List<int>();
        for (int a = 0; a < count; a++)
        {
            touched.Clear();
            foreach (int v in members[a])
            {
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
