using MathNet.Numerics.Distributions;

namespace CooperationGraph;

/// <summary>
/// Paired test of the change of density between two networks on the same institutions (two windows):
/// <see cref="Difference"/> = density(second) − density(first), its bootstrap standard error, z and a two-sided p.
/// </summary>
/// <remarks>
/// <para>Snijders, T. A. B. &amp; Borgatti, S. P. (1999), "Non-parametric standard errors and tests for network
/// statistics", Connections 22(2), 161–170: a vertex bootstrap. Each replicate draws n institutions with replacement;
/// the tie between draws a and b is, in each window, the original tie between the institutions drawn (the same draws in
/// both windows: paired); where a and b drew the same institution, the pair of two distinct institutions drawn at
/// random stands in (one draw per such pair, shared by both windows). The standard error is the standard deviation
/// (divisor B − 1) of the B replicated differences; z = difference / SE; p = 2·(1 − Φ(|z|)). This is what UCINET's
/// "Tools › Testing hypotheses › Compare densities › Paired (same node set)" reports (difference, bootstrap standard
/// error, z and p). Density: ties over n(n − 1)/2 pairs (NetworkX <c>density</c>); NetworkX has no equivalent of the
/// test.</para>
/// <para>A replicate is computed from the multiplicities c_k of the draws: Σ_{k&lt;l} c_k·c_l·D_kl over the non-zero cells
/// of D = second − first, plus D at the random stand-in pairs (expected (n − 1)/2 of them), each looked up by binary
/// search in sorted adjacency rows: O(B·(n + m)) for m changed ties, never an n × n matrix, so it runs on the national
/// network. NaN (difference kept) when n &lt; 2 or the standard error is 0 (e.g. identical windows).</para>
/// </remarks>
/// <param name="Difference">density(second) − density(first); NaN when n &lt; 2.</param>
/// <param name="StandardError">Bootstrap standard error of the difference; NaN when n &lt; 2 or no replicates.</param>
/// <param name="Z">Difference / standard error; NaN when the standard error is 0 or NaN.</param>
/// <param name="P">Two-sided normal p-value of <paramref name="Z"/>; NaN with it.</param>
/// <param name="Replicates">Number of bootstrap replicates B.</param>
/// <param name="Seed">Seed of the draws: the same seed gives the same standard error.</param>
public sealed record PairedDensityTest(double Difference, double StandardError, double Z, double P, int Replicates, int Seed)
{
    /// <summary>Tests the change of density from <paramref name="first"/> to <paramref name="second"/>, both ties (u ≠ v) on nodes 0..n − 1.</summary>
    /// <param name="n">Number of institutions.</param>
    /// <param name="first">Ties of the first window (each unordered pair once).</param>
    /// <param name="second">Ties of the second window (each unordered pair once).</param>
    /// <param name="replicates">Bootstrap replicates B.</param>
    /// <param name="seed">Seed of the draws.</param>
    /// <param name="cancellationToken">Cancels the replicates.</param>
    internal static PairedDensityTest Compute(int n, IEnumerable<(int U, int V)> first, IEnumerable<(int U, int V)> second,
        int replicates, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicates);
        // D = second − first over unordered pairs (u < v): +1 gained, −1 lost.
        var change = new Dictionary<(int, int), int>();
        foreach (var (u, v) in second)
        {
            change[(Math.Min(u, v), Math.Max(u, v))] = 1;
        }

        foreach (var (u, v) in first)
        {
            var key = (Math.Min(u, v), Math.Max(u, v));
            change[key] = change.GetValueOrDefault(key) - 1;
        }

        var cells = change.Where(c => c.Value != 0).OrderBy(c => c.Key.Item1).ThenBy(c => c.Key.Item2).ToArray();
        var us = new int[cells.Length];
        var vs = new int[cells.Length];
        var ds = new int[cells.Length];
        long net = 0;
        for (int i = 0; i < cells.Length; i++)
        {
            (us[i], vs[i]) = cells[i].Key;
            ds[i] = cells[i].Value;
            net += ds[i];
        }

        if (n < 2)
        {
            return new PairedDensityTest(double.NaN, double.NaN, double.NaN, double.NaN, replicates, seed);
        }

        double pairs = n * (n - 1.0) / 2.0;
        double difference = net / pairs;
        if (replicates < 2)
        {
            return new PairedDensityTest(difference, double.NaN, double.NaN, double.NaN, replicates, seed);
        }

        // Rows of D, both directions, columns sorted: a stand-in pair (a, b) is found by binary search in row a.
        var offsets = new int[n + 1];
        for (int i = 0; i < us.Length; i++)
        {
            offsets[us[i] + 1]++;
            offsets[vs[i] + 1]++;
        }

        for (int i = 0; i < n; i++)
        {
            offsets[i + 1] += offsets[i];
        }

        var columns = new int[offsets[n]];
        var values = new int[offsets[n]];
        var fill = offsets[..n];
        for (int i = 0; i < us.Length; i++)
        {
            (columns[fill[us[i]]], values[fill[us[i]]++]) = (vs[i], ds[i]);
            (columns[fill[vs[i]]], values[fill[vs[i]]++]) = (us[i], ds[i]);
        }

        for (int i = 0; i < n; i++)
        {
            Array.Sort(columns, values, offsets[i], offsets[i + 1] - offsets[i]);
        }

        var random = new Random(seed);
        var counts = new long[n];
        var differences = new double[replicates];
        for (int r = 0; r < replicates; r++)
        {
            if ((r & 63) == 0)
            {
                cancellationToken.ThrowIfCancellationRequested();
            }

            Array.Clear(counts);
            for (int k = 0; k < n; k++)
            {
                counts[random.Next(n)]++;
            }

            long total = 0;
            for (int i = 0; i < us.Length; i++)
            {
                total += counts[us[i]] * counts[vs[i]] * ds[i];
            }

            for (int k = 0; k < n; k++)
            {
                for (long same = counts[k] * (counts[k] - 1) / 2; same > 0; same--)
                {
                    int a = random.Next(n), b = random.Next(n - 1);
                    b += b >= a ? 1 : 0;
                    int at = Array.BinarySearch(columns, offsets[a], offsets[a + 1] - offsets[a], b);
                    total += at >= 0 ? values[at] : 0;
                }
            }

            differences[r] = total / pairs;
        }

        double mean = differences.Average(), squares = 0;
        foreach (double d in differences)
        {
            squares += (d - mean) * (d - mean);
        }

        double standardError = Math.Sqrt(squares / (replicates - 1));
        if (!(standardError > 1e-15))
        {
            return new PairedDensityTest(difference, standardError, double.NaN, double.NaN, replicates, seed);
        }

        double z = difference / standardError;
        return new PairedDensityTest(difference, standardError, z, 2 * (1 - Normal.CDF(0, 1, Math.Abs(z))), replicates, seed);
    }
}
