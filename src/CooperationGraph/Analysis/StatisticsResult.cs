namespace CooperationGraph;

/// <summary>
/// Tests that make the report's point values defensible (issue 24): the E-I index test. Part of
/// <see cref="AnalysisResult.Statistics"/>; left out (null) when <see cref="AnalysisOptions.Permutations"/> is 0, as in
/// the windows of an over-time analysis.
/// </summary>
/// <param name="EITest">The E-I index against random ties and against shuffled sectors.</param>
public sealed record StatisticsResult(EITest EITest)
{
    /// <summary>
    /// 95 % vertex-bootstrap intervals of density, centralization, E-I index and activation rate
    /// (<see cref="BootstrapIntervals"/>, <see cref="StatisticsOptions.BootstrapReplicates"/> replicates); null above
    /// <see cref="MrqapOptions.MaxInstitutions"/> institutions, as the regressions, or without replicates.
    /// </summary>
    public BootstrapIntervals? Intervals { get; init; }
}
