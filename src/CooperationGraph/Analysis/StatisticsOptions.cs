namespace CooperationGraph;

/// <summary>Settings of the tests added by issue 24 (<see cref="StatisticsResult"/>); their seed is <see cref="AnalysisOptions.Seed"/>. Every default is stated.</summary>
public sealed record StatisticsOptions
{
    /// <summary>Sector shuffles of the E-I test (<see cref="EITest"/>); 5 000 by default (p-values to about ±0.007).</summary>
    public int EIPermutations { get; init; } = 5000;

    /// <summary>Vertex-bootstrap replicates of the paired density test of a window comparison (<see cref="PairedDensityTest"/>) and of the intervals (<see cref="BootstrapIntervals"/>; 0 leaves them out); 1 000 by default.</summary>
    public int BootstrapReplicates { get; init; } = 1000;

    /// <summary>
    /// In a comparison of gminas (<see cref="GminaComparer"/>, <c>compare --intervals</c>): every gmina's bootstrap intervals,
    /// those analysed for their indicators only too, and <c>_low</c>/<c>_high</c> columns in <c>comparison.csv</c>
    /// (<see cref="GminaComparison.IntervalColumns"/>). False by default.
    /// </summary>
    public bool ComparisonIntervals { get; init; }
}
