namespace CooperationGraph;

/// <summary>
/// How much one centrality measure of the perceived network moves between the weak and the strong rule, that is, how
/// much the non-respondents and the ties only one side reports weigh on it.
/// </summary>
/// <param name="Measure">Degree or betweenness.</param>
/// <param name="RankCorrelation">
/// Spearman's rank correlation ρ of the respondents' values under the two rules (Spearman 1904, "The proof and
/// measurement of association between two things", American Journal of Psychology 15(1), 72–101,
/// doi:10.2307/1412159): Pearson's r of the ranks, equal values given their mean rank, as <c>scipy.stats.spearmanr</c>.
/// 1 = the same order; NaN below two respondents or when every respondent has the same value under one rule.
/// NetworkX has no equivalent.
/// </param>
/// <param name="WeakCentralization">Freeman centralization of the measure under the weak rule (<see cref="Centralization"/>).</param>
/// <param name="StrongCentralization">Freeman centralization of the measure under the strong rule.</param>
public sealed record RuleSensitivity(CentralityMeasure Measure, double RankCorrelation, double WeakCentralization, double StrongCentralization)
{
    /// <summary>Strong minus weak centralization: negative when the network looks less dominated by one institution under the strong rule.</summary>
    public double CentralizationChange => StrongCentralization - WeakCentralization;
}
