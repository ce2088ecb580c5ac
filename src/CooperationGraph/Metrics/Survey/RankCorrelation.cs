using MathNet.Numerics.Statistics;

namespace CooperationGraph;

/// <summary>Ranks and Spearman's rank correlation, for <see cref="PerceivedCentralityAnalysis"/>.</summary>
internal static class RankCorrelation
{
    /// <summary>
    /// Spearman's ρ: Pearson's r of the ascending ranks, equal values given their mean rank (<c>scipy.stats.spearmanr</c>),
    /// as MathNet.Numerics' <c>Correlation.Spearman</c> computes it. NaN below two values or when either side's values
    /// are all equal. O(n log n).
    /// </summary>
    public static double Spearman(double[] x, double[] y)
    {
        if (x.Length != y.Length)
        {
            throw new ArgumentException("The two samples differ in length.", nameof(y));
        }

        if (x.Length < 2 || AllEqual(x) || AllEqual(y))
        {
            return double.NaN;
        }

        return Correlation.Spearman(x, y);
    }

    private static bool AllEqual(double[] values) => Array.TrueForAll(values, v => v == values[0]);

    /// <summary>Descending competition ranks ("1224"): 1 for the highest, equal values sharing the best rank.</summary>
    public static int[] CompetitionRanks(double[] values)
    {
        int[] order = [.. Enumerable.Range(0, values.Length)];
        Array.Sort(order, (a, b) => values[b].CompareTo(values[a]));
        var ranks = new int[values.Length];
        for (int k = 0; k < order.Length; k++)
        {
            ranks[order[k]] = k > 0 && values[order[k]] == values[order[k - 1]] ? ranks[order[k - 1]] : k + 1;
        }

        return ranks;
    }
}
