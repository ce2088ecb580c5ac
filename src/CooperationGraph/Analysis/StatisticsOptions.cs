namespace CooperationGraph;

/// <summary>Settings of the tests added by issue 24 (<see cref="StatisticsResult"/>); their seed is <see cref="AnalysisOptions.Seed"/>. Every default is stated.</summary>
public sealed record StatisticsOptions
{
    /// <summary>Sector shuffles of the E-I test (<see cref="EITest"/>); 5 000 by default (p-values to about ±0.007).</summary>
    public int EIPermutations { get; init; } = 5000;

    /// <summary>Vertex-bootstrap replicates of the paired density test of a window comparison (<see cref="PairedDensityTest"/>) and of the intervals (<see cref="BootstrapIntervals"/>; 0 leaves them out); 1 000 by default.</summary>
    public int BootstrapReplicates { get; init; } = 1000;
}
