namespace CooperationGraph;

/// <summary>
/// How a partner survey is scored (<see cref="PerceivedCooperation"/>); the permutations and seed of its QAP test are
/// those of the analysis. Every default is stated.
/// </summary>
public sealed record SurveyOptions
{
    /// <summary>
    /// A score an institution receives (mean level, each item, trust, value) is left empty when fewer raters than this
    /// contributed to it, so that no single rater's view of a partner can be read off; 3 by default. Counts are always given.
    /// </summary>
    public int MinRaters { get; init; } = 3;

    /// <summary>
    /// The perceived tie used for <see cref="PerceivedCooperation.Multiplexity"/> and <see cref="PerceivedCooperation.EnactedQap"/>;
    /// <see cref="PerceivedTieRule.Weak"/> by default. Both densities are always given.
    /// </summary>
    public PerceivedTieRule Rule { get; init; } = PerceivedTieRule.Weak;
}
