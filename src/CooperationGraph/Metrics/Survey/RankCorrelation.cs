namespace CooperationGraph;

/// <summary>Ranks and Spearman's rank correlation, for <see cref="PerceivedCentralityAnalysis"/>.</summary>
internal static class RankCorrelation
{
    /// <summary>
    /// Spearman's ρ: Pearson's r of the ascending ranks, equal values given their mean rank (<c>scipy.stats.spearmanr</c>).
    /// NaN below two values or when either side's values are all equal. O(n log n).
    /// </summary>
    public static double Spearman(double[] x, double[] y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("The two samples differ in length.", nameof(y));
        }

        if (x.Length < 2)
        {
            return double.NaN;
        }

        double[] rx = MeanRanks(x), ry = MeanRanks(y);
        double mean = (x.Length + 1) / 2.0;
        double sxy = 0, sxx = 0, syy = 0;
        for (int i = 0; i < x.Length; i++)
        {
            double dx = rx[i] - mean, dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        return sxx == 0 || syy == 0 ? double.NaN : sxy / Math.Sqrt(sxx * syy);
    }

    /// <summary>Ascending ranks from 1, equal values sharing the mean of the ranks they span.</summary>
    public static double[] MeanRanks(double[] values)
    {
        int[] order = Order(values, descending: false);
        var ranks = new double[values.Length];
        for (int i = 0; i < order.Length;)
        {
            int j = i;
            while (j + 1 < order.Length && values[order[j + 1]] == values[order[i]])
            {
                j++;
            }

            double rank = (i + j + 2) / 2.0;
            for (int k = i; k <= j; k++)
            {
                ranks[order[k]] = rank;
            }

            i = j + 1;
        }

        return ranks;
    }

    /// <summary>Descending competition ranks ("1224"): 1 for the highest, equal values sharing the best rank.</summary>
    public static int[] CompetitionRanks(double[] values)
    {
        int[] order = Order(values, descending: true);
        var ranks = new int[values.Length];
        for (int k = 0; k < order.Length; k++)
        {
            ranks[order[k]] = k > 0 && values[order[k]] == values[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        }

        return ranks;
    }

    private static int[] Order(double[] values, bool descending)
    {
        int[] order = [.. Enumerable.Range(0, values.Length)];
        Array.Sort(order, (a, b) => descending ? values[b].CompareTo(values[a]) : values[a].CompareTo(values[b]));
        return order;
    }
}
