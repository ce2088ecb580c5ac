namespace CooperationGraph;

/// <summary>
/// A statistic with its 95 % percentile interval from a vertex bootstrap (<see cref="BootstrapIntervals"/>):
/// <see cref="Low"/> and <see cref="High"/> are the 2.5 % and 97.5 % quantiles of the replicated values. All three NaN
/// where the statistic is undefined.
/// </summary>
/// <param name="Estimate">The statistic on the network observed.</param>
/// <param name="Low">2.5 % quantile of the replicates (linear interpolation between order statistics: R's type 7, NumPy's default).</param>
/// <param name="High">97.5 % quantile of the replicates.</param>
public sealed record BootstrapInterval(double Estimate, double Low, double High)
{
    /// <summary>Whether the interval holds the estimate (false when any of the three is NaN).</summary>
    public bool Contains(double value) => Low <= value && value <= High;

    /// <summary>The estimate and the quantiles 0.025 and 0.975 of the defined (non-NaN) values; NaN bounds when none is defined.</summary>
    internal static BootstrapInterval From(double estimate, Span<double> replicates)
    {
        int defined = 0;
        foreach (double value in replicates)
        {
            if (!double.IsNaN(value))
            {
                replicates[defined++] = value;
            }
        }

        if (double.IsNaN(estimate) || defined == 0)
        {
            return new BootstrapInterval(estimate, double.NaN, double.NaN);
        }

        var sorted = replicates[..defined];
        sorted.Sort();
        return new BootstrapInterval(estimate, Quantile(sorted, 0.025), Quantile(sorted, 0.975));
    }

    /// <summary>R's type-7 quantile of sorted values: h = (N − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]).</summary>
    internal static double Quantile(ReadOnlySpan<double> sorted, double p)
    {
        double h = (sorted.Length - 1) * p;
        int low = (int)Math.Floor(h);
        return low + 1 >= sorted.Length ? sorted[^1] : sorted[low] + ((h - low) * (sorted[low + 1] - sorted[low]));
    }
}
