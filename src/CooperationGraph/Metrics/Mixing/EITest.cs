namespace CooperationGraph;

/// <summary>
/// Is the network's E-I index more inward- or outward-looking than chance? (Krackhardt and Stern 1988,
/// doi:10.2307/2786835; UCINET's E-I test.) <see cref="Expected"/> is the E-I index if ties were placed at random:
/// (E − I)/(E + I) with E and I the numbers of <i>possible</i> between- and within-sector pairs. The p-values come from
/// shuffling the sectors over the institutions (the ties kept, group sizes kept), seeded; each permutation's E-I is the
/// network E-I of <see cref="SectorMixing.EIIndex"/> (unnormalised, −1…+1; R netseg's <c>ei()</c>). NetworkX has no
/// equivalent. Time O(P·m) for P permutations and m ties. Assumes the institutions are exchangeable.
/// </summary>
/// <param name="Observed">The network's E-I index; NaN without ties.</param>
/// <param name="Expected">(E − I)/(E + I) over all possible pairs; NaN with fewer than two institutions.</param>
/// <param name="PGreaterOrEqual">Share of permutations whose E-I is ≥ the observed (more outward-looking by chance); NaN without permutations or ties.</param>
/// <param name="PLessOrEqual">Share of permutations whose E-I is ≤ the observed (more inward-looking by chance).</param>
/// <param name="Permutations">Permutations drawn.</param>
/// <param name="Seed">Their seed.</param>
public sealed record EITest(double Observed, double Expected, double PGreaterOrEqual, double PLessOrEqual, int Permutations, int Seed)
{
    /// <summary>The test on the enacted ties (pairs of positions in <paramref name="institutions"/>).</summary>
    /// <param name="institutions">The institutions, each with its sector.</param>
    /// <param name="ties">The ties, each pair once.</param>
    /// <param name="permutations">Sector shuffles; 5 000 in an analysis.</param>
    /// <param name="seed">Seed of the shuffles.</param>
    /// <param name="cancellationToken">Cancels between shuffles.</param>
    public static EITest Compute(IReadOnlyList<Institution> institutions, IEnumerable<(int U, int V)> ties, int permutations, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(institutions);
        ArgumentNullException.ThrowIfNull(ties);
        ArgumentOutOfRangeException.ThrowIfNegative(permutations);
        int n = institutions.Count;
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var sector = new int[n];
        for (int i = 0; i < n; i++)
        {
            string code = institutions[i].Sector.Code;
            if (!codes.TryGetValue(code, out int c))
            {
                c = codes.Count;
                codes[code] = c;
            }

            sector[i] = c;
        }

        long within = 0;
        foreach (var group in sector.GroupBy(s => s))
        {
            long size = group.Count();
            within += size * (size - 1) / 2;
        }

        long all = (long)n * (n - 1) / 2;
        double expected = all == 0 ? double.NaN : (double)(all - within - within) / all;
        var edges = ties.ToArray();
        double observed = Index(edges, sector);
        double pGreater = double.NaN, pLess = double.NaN;
        if (permutations > 0 && edges.Length > 0)
        {
            var random = new Random(seed);
            var shuffled = (int[])sector.Clone();
            int greater = 0, less = 0;
            const double slack = 1e-12;
            for (int s = 0; s < permutations; s++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                random.Shuffle(shuffled);
                double value = Index(edges, shuffled);
                greater += value >= observed - slack ? 1 : 0;
                less += value <= observed + slack ? 1 : 0;
            }

            pGreater = greater / (double)permutations;
            pLess = less / (double)permutations;
        }

        return new EITest(observed, expected, pGreater, pLess, permutations, seed);
    }

    private static double Index((int U, int V)[] edges, int[] sector)
    {
        if (edges.Length == 0)
        {
            return double.NaN;
        }

        int inside = 0;
        foreach (var (u, v) in edges)
        {
            inside += sector[u] == sector[v] ? 1 : 0;
        }

        return (double)(edges.Length - inside - inside) / edges.Length;
    }
}
