using CooperationGraph.Model;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// Settings of a gap analysis, and the one place to say <i>when</i>: <see cref="Window"/>. A whole analysis takes it as
/// <c>AnalysisOptions.Gaps</c> (and <c>AnalysisOptions.CompareWith</c> for a second window); the report, its charts
/// and its tables use the window of the analysis they show. Only building a bare network
/// (<c>NetworkOptions.Window</c>) says it elsewhere. Every default is stated and reproducible.
/// </summary>
public sealed record GapOptions
{
    /// <summary>The window analysed; everything by default.</summary>
    public AnalysisWindow Window { get; init; } = AnalysisWindow.All;

    /// <summary>Random relabellings per QAP test; 1000 by default (p-values to about ±0.03).</summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Seed of the QAP relabellings; the same seed gives the same p-values.</summary>
    public int Seed { get; init; } = 20190709;

    /// <summary>
    /// The MRQAP regression's intercept, covariates and size limit (<see cref="Gaps.Mrqap"/>); its permutations and seed
    /// are <see cref="Permutations"/> and <see cref="Seed"/>. Defaults in <see cref="MrqapOptions"/>.
    /// </summary>
    public MrqapOptions Mrqap { get; init; } = new();

    /// <summary>
    /// The project's last day: when given, the report gains <see cref="GapReport.Durability"/> (what lasted after it,
    /// <see cref="Dynamics.Durability"/>); none by default.
    /// </summary>
    public DateOnly? ProjectEnd { get; init; }

    /// <summary>Suggested new ties listed per missing link; 3 by default.</summary>
    public int SuggestionsPerLink { get; init; } = 3;
}
