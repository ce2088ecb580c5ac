using CooperationGraph.Graph;

namespace CooperationGraph.Metrics.Centrality;

/// <summary>
/// Integer path lengths for the weighted path measures, so that two paths that are equally short in exact arithmetic
/// compare equal. A tie of strength w has distance 1/w. When every strength is a positive decimal with at most six
/// digits after the point (w = p/q, q = 10^k: every integer, 0.5, 2.25, 0.3…), the distances are q/p; scaled by
/// M = lcm of the numerators p they become the integers M/p, and a path's length is an exact sum of longs. Its distance
/// is that length times <see cref="Unit"/> = q/M. Not possible (null from <see cref="TryCreate"/>) when a strength is
/// not such a decimal, or M or the longest possible path, (n − 1)·max(M/p), would pass 2^62; the kernel then compares
/// floating-point distances within a relative tolerance, as igraph does.
/// </summary>
internal sealed class ExactLengths
{
    private const int MaxDecimals = 6;
    private const long Limit = 1L << 62;

    public ExactLengths(long[] lengths, double unit)
    {
        Lengths = lengths;
        Unit = unit;
    }

    /// <summary>The integer length of each edge end, aligned with <see cref="WeightedGraph.Targets"/>.</summary>
    public long[] Lengths { get; }

    /// <summary>The distance of length 1: q/M.</summary>
    public double Unit { get; }

    /// <summary>Scales the graph's distances to integers, or returns null when they do not all fit (see the type).</summary>
    public static ExactLengths? TryCreate(WeightedGraph graph)
    {
        var weights = graph.Weights;
        int decimals = 0;
        foreach (double w in weights)
        {
            int k = Decimals(w);
            if (k < 0)
            {
                return null;
            }

            decimals = Math.Max(decimals, k);
        }

        long q = 1;
        for (int i = 0; i < decimals; i++)
        {
            q *= 10;
        }

        var numerators = new long[weights.Length];
        long lcm = 1;
        long previous = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            long p = (long)Math.Round(weights[i] * q);
            numerators[i] = p;
            if (p == previous)
            {
                continue;
            }

            previous = p;
            long g = Gcd(lcm, p);
            if (lcm / g > Limit / p)
            {
                return null;
            }

            lcm = lcm / g * p;
        }

        var lengths = new long[weights.Length];
        long longest = 0;
        for (int i = 0; i < weights.Length; i++)
        {
            lengths[i] = lcm / numerators[i];
            longest = Math.Max(longest, lengths[i]);
        }

        if (longest > Limit / Math.Max(1, graph.NodeCount - 1))
        {
            return null;
        }

        return new ExactLengths(lengths, (double)q / lcm);
    }

    /// <summary>The fewest decimals (0..6) that write w exactly as typed, or −1 when none does or w is not positive.</summary>
    private static int Decimals(double w)
    {
        if (!(w > 0) || !double.IsFinite(w))
        {
            return -1;
        }

        double scaled = w;
        for (int k = 0; k <= MaxDecimals; k++, scaled = w * Pow10(k))
        {
            if (scaled > 1e15)
            {
                return -1;
            }

            double rounded = Math.Round(scaled);
            if (rounded >= 1 && Math.Abs(scaled - rounded) <= 1e-12 * scaled)
            {
                return k;
            }
        }

        return -1;
    }

    private static double Pow10(int k) => k switch
    {
        0 => 1,
        1 => 10,
        2 => 100,
        3 => 1_000,
        4 => 10_000,
        5 => 100_000,
        _ => 1_000_000,
    };

    private static long Gcd(long a, long b)
    {
        while (b != 0)
        {
            (a, b) = (b, a % b);
        }

        return a;
    }
}
