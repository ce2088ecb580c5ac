namespace CooperationGraph.Metrics.Brokerage;

/// <summary>
/// Expected brokerage counts and their variances under a Bernoulli graph of the same density, as
/// <c>sna::brokerage</c> computes them (Gould &amp; Fernandez 1989, Appendix; Butts' implementation).
/// Six values per role set: coordinator, itinerant, representative, gatekeeper, liaison, total.
/// </summary>
internal static class BrokerageExpectation
{
    public const int Columns = 6;

    /// <summary>Expected value and variance for a node of a group of size <paramref name="own"/>.</summary>
    /// <param name="sizes">Sizes of all groups, <paramref name="own"/> at index <paramref name="ownIndex"/>.</param>
    /// <param name="ownIndex">The node's group.</param>
    /// <param name="own">Its size.</param>
    /// <param name="nodeCount">N.</param>
    /// <param name="density">d = m / (N (N − 1)) for m directed ties.</param>
    public static (double[] Expected, double[] Variance) ForNode(ReadOnlySpan<double> sizes, int ownIndex, double own, double nodeCount, double density)
    {
        double d = density, n = own, total = nodeCount;
        double p = d * d * (1 - d);
        double q = d * d * d * Math.Pow(1 - d, 3);
        double otherPairs = 0, otherTriples = 0, otherSquares = 0, otherSum = 0, liaisonVariance = 0;
        for (int g = 0; g < sizes.Length; g++)
        {
            if (g == ownIndex)
            {
                continue;
            }

            double m = sizes[g];
            otherPairs += m * (m - 1);
            otherTriples += m * (m - 1) * (m - 2);
            otherSquares += m * m;
            otherSum += m;
            liaisonVariance += m * Choose2(total - m - n);
        }

        var expected = new double[Columns];
        var variance = new double[Columns];
        expected[0] = p * (n - 1) * (n - 2);
        variance[0] = (expected[0] * (1 - p)) + (2 * (n - 1) * (n - 2) * (n - 3) * q);
        expected[1] = p * otherPairs;
        variance[1] = (expected[1] * (1 - p)) + (2 * otherTriples * q);
        expected[2] = p * (total - n) * (n - 1);
        variance[2] = (expected[2] * (1 - p)) + (2 * (((n - 1) * Choose2(total - n)) + ((total - n) * Choose2(n - 1))) * q);
        expected[3] = expected[2];
        variance[3] = variance[2];
        expected[4] = p * ((otherSum * otherSum) - otherSquares);
        variance[4] = (expected[4] * (1 - p)) + (4 * liaisonVariance * q);
        expected[5] = p * (total - 1) * (total - 2);
        variance[5] = (expected[5] * (1 - p)) + (2 * (total - 1) * (total - 2) * (total - 3) * q);
        return (expected, variance);
    }

    /// <summary>Expected value and variance of the whole network's counts.</summary>
    public static (double[] Expected, double[] Variance) ForNetwork(ReadOnlySpan<double> sizes, double nodeCount, double density)
    {
        double d = density, total = nodeCount;
        double p = d * d * (1 - d);
        double a = d * d * d * Math.Pow(1 - d, 3), b = Math.Pow(d, 4) * Math.Pow(1 - d, 2), c = Math.Pow(d, 5) * (1 - d);
        var expected = new double[Columns];
        var variance = new double[Columns];
        double v0 = 0, e1 = 0, v1Outer = 0, v1Diagonal = 0, v2 = 0, e4Outer = 0, e4Diagonal = 0;
        for (int x = 0; x < sizes.Length; x++)
        {
            double n = sizes[x];
            expected[0] += n * (n - 1) * (n - 2);
            v0 += n * (n - 1) * (n - 2) * ((((4 * n) - 10) * a) - (4 * (n - 3) * b) + ((n - 3) * c));
            e1 += n * (total - n) * (n - 1);
            v1Diagonal += n * n * (n - 1) * ((((4 * n) - 6) * a) + ((total - n - 1) * c));
            v2 += n * (total - n) * (n - 1) * (((total - 3) * a) + ((n - 2) * c));
            e4Diagonal += n * n * (total - (2 * n));
            for (int y = 0; y < sizes.Length; y++)
            {
                double m = sizes[y];
                v1Outer += n * m * (n - 1) * ((((2 * n) + (2 * m) - 6) * a) + ((total - n - 1) * c));
                e4Outer += n * m * (total - n - m);
            }
        }

        expected[0] *= p;
        variance[0] = (expected[0] * (1 - p)) + v0;
        expected[1] = p * e1;
        variance[1] = (expected[1] * (1 - p)) + (v1Outer - v1Diagonal);
        expected[2] = p * e1;
        variance[2] = (expected[2] * (1 - p)) + v2;
        expected[3] = expected[2];
        variance[3] = variance[2];
        expected[4] = p * (e4Outer - e4Diagonal);
        variance[4] = expected[4] * (1 - p);
        for (int i = 0; i < sizes.Length; i++)
        {
            for (int j = 0; j < sizes.Length; j++)
            {
                for (int k = 0; k < sizes.Length; k++)
                {
                    if (i != j && j != k && i != k)
                    {
                        double ni = sizes[i], nj = sizes[j], nk = sizes[k];
                        variance[4] += ni * nj * nk * (((((4 * (total - nj)) - (2 * (ni + nk + 1))) * a))
                            - ((((4 * (total - nk)) - (2 * (ni + nj + 1))) * b))
                            + ((total - (ni + nk + 1)) * c));
                    }
                }
            }
        }

        expected[5] = p * total * (total - 1) * (total - 2);
        variance[5] = (expected[5] * (1 - p)) + (total * (total - 1) * (total - 2) * ((((4 * total) - 10) * a) - (4 * (total - 3) * b) + ((total - 3) * c)));
        return (expected, variance);
    }

    private static double Choose2(double x) => x * (x - 1) / 2;
}
