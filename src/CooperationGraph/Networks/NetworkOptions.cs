namespace CooperationGraph;

/// <summary>Which network to build from a dataset. Every default is stated.</summary>
public sealed record NetworkOptions
{
    /// <summary>The layers that make ties; <see cref="NetworkLayers.Enacted"/> (joint actions and direct ties) by default.</summary>
    public NetworkLayers Layers { get; init; } = NetworkLayers.Enacted;

    /// <summary>
    /// The time window: actions overlapping it and declarations signed on or before its end count; undated direct ties
    /// always count, dated ones when their days overlap it; a survey in waves counts the rows dated in it, the latest per
    /// pair (<see cref="PartnerSurvey.In"/>). Everything by default. See <see cref="AnalysisWindow"/>.
    /// </summary>
    public AnalysisWindow Window { get; init; } = AnalysisWindow.All;

    /// <summary>How shared events add to a tie's weight; <see cref="EventWeighting.Count"/> by default.</summary>
    public EventWeighting Weighting { get; init; } = EventWeighting.Count;

    /// <summary>
    /// When two invited institutions are tied in the <see cref="NetworkLayers.Perceived"/> layer;
    /// <see cref="PerceivedTieRule.Weak"/> by default.
    /// </summary>
    public PerceivedTieRule PerceivedRule { get; init; } = PerceivedTieRule.Weak;
}
