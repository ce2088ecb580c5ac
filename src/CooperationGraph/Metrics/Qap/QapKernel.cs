namespace CooperationGraph.Metrics.Qap;

/// <summary>
/// QAP correlation test for two symmetric valued matrices given sparsely (only non-zero cells of the upper triangle).
/// The correlation runs over the n(n − 1)/2 pairs of distinct nodes, the same number as sna's <c>gcor</c> over all
/// off-diagonal cells of a symmetric matrix. Each permutation relabels the nodes of the first matrix at random and
/// costs O(nnz(first)) hash lookups.
/// </summary>
internal static class QapKernel
{
    public static QapResult Test(int n, IReadOnlyList<(int U, int V, double Value)> first, IReadOnlyList<(int U, int V, double Value)> second,
        int permutations, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(permutations);
        var lookup = new Dictionary<long, double>(second.Count);
        double sy = 0, syy = 0;
        foreach (var (u, v, value) in second)
        {
            lookup[Key(u, v, n)] = value;
            sy += value;
            syy += value * value;
        }

        double sx = 0, sxx = 0;
        foreach (var (_, _, value) in first)
        {
            sx += value;
            sxx += value * value;
        }

        double pairs = n * (n - 1.0) / 2.0;
        double denominator = Math.Sqrt(((pairs * sxx) - (sx * sx)) * ((pairs * syy) - (sy * sy)));
        double Correlation(ReadOnlySpan<int> label)
        {
            double sxy = 0;
            foreach (var (u, v, value) in first)
            {
                if (lookup.TryGetValue(Key(label[u], label[v], n), out double other))
                {
                    sxy += value * other;
                }
            }

            return denominator > 0 ? ((pairs * sxy) - (sx * sy)) / denominator : double.NaN;
        }

        var identity = new int[n];
        for (int i = 0; i < n; i++)
        {
            identity[i] = i;
        }

        double observed = Correlation(identity);
        if (double.IsNaN(observed) || permutations == 0)
        {
            return new QapResult(observed, double.NaN, double.NaN, permutations, seed);
        }

        var random = new Random(seed);
        var label = (int[])identity.Clone();
        int greater = 0, less = 0;
        const double slack = 1e-12;
        for (int p = 0; p < permutations; p++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            random.Shuffle(label);
            double r = Correlation(label);
            greater += r >= observed - slack ? 1 : 0;
            less += r <= observed + slack ? 1 : 0;
        }

        return new QapResult(observed, greater / (double)permutations, less / (double)permutations, permutations, seed);
    }

    private static long Key(int u, int v, int n) => u < v ? ((long)u * n) + v : ((long)v * n) + u;
}
