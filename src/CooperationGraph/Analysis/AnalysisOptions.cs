namespace CooperationGraph;

/// <summary>
/// What <see cref="CooperationAnalysis.Run"/> measures and how, and the one place to say <i>when</i>:
/// <see cref="Window"/> (only building a bare network, <c>NetworkOptions.Window</c>, says it elsewhere). The report,
/// its charts and its tables use the window of the analysis they show. Every default is stated and reproducible.
/// </summary>
public sealed record AnalysisOptions
{
    /// <summary>The cooperation model; <see cref="CooperationModel.RuralGmina"/> by default.</summary>
    public CooperationModel Model { get; init; } = CooperationModel.RuralGmina;

    /// <summary>The window analysed; everything by default.</summary>
    public AnalysisWindow Window { get; init; } = AnalysisWindow.All;

    /// <summary>Random relabellings per QAP test and per MRQAP term; 1000 by default (p-values to about ±0.03).</summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Seed of the QAP and MRQAP relabellings; the same seed gives the same p-values.</summary>
    public int Seed { get; init; } = 20190709;

    /// <summary>
    /// The MRQAP regression's intercept, covariates and size limit (<see cref="Mrqap"/>); its permutations and seed
    /// are <see cref="Permutations"/> and <see cref="Seed"/>. Defaults in <see cref="MrqapOptions"/>.
    /// </summary>
    public MrqapOptions Regression { get; init; } = new();

    /// <summary>
    /// The E-I test's permutations (<see cref="StatisticsResult"/>); seeded by <see cref="Seed"/>, left out when
    /// <see cref="Permutations"/> is 0. Defaults in <see cref="StatisticsOptions"/>.
    /// </summary>
    public StatisticsOptions Statistics { get; init; } = new();

    /// <summary>
    /// The project's last day: when given, the result gains <see cref="AnalysisResult.Durability"/> (what lasted after
    /// it); none by default.
    /// </summary>
    public DateOnly? ProjectEnd { get; init; }

    /// <summary>Suggested new ties listed per missing link; 3 by default.</summary>
    public int SuggestionsPerLink { get; init; } = 3;

    /// <summary>Use tie weights in the centrality columns (strengths; distance = 1/weight for path measures); unweighted by default.</summary>
    public bool WeightedCentrality { get; init; }

    /// <summary>
    /// Turns family ids into pseudonyms for the per-family outputs; by default keyed from the
    /// <c>COOPERATION_GRAPH_KEY</c> environment variable, else random for this run.
    /// </summary>
    public Pseudonymizer? Pseudonymizer { get; init; }

    /// <summary>Counts of families below this are written as <c>&lt;3</c>; 3 by default.</summary>
    public int SuppressionThreshold { get; init; } = 3;

    /// <summary>Also analyse the window cut into calendar windows (<see cref="OverTime"/>); not by default.</summary>
    public OverTimeOptions? OverTime { get; init; }

    /// <summary>
    /// A second window to set beside <see cref="Window"/> (e.g. the earlier milestone), analysed with the same settings
    /// otherwise: the result gains <see cref="AnalysisResult.WindowComparison"/>; none by default.
    /// </summary>
    public AnalysisWindow? ComparisonWindow { get; init; }

    /// <summary>
    /// How <see cref="AnalysisResult.Communities"/> is found (resolution, weights, seed, restarts); defaults in
    /// <see cref="CommunityOptions"/>: modularity at γ = 1, unweighted, seeded.
    /// </summary>
    public CommunityOptions Communities { get; init; } = new();

    /// <summary>
    /// How the partner survey is scored (<see cref="AnalysisResult.PerceivedCooperation"/>): raters threshold and tie
    /// rule; its QAP test uses <see cref="Permutations"/> and <see cref="Seed"/>. Defaults in <see cref="SurveyOptions"/>.
    /// </summary>
    public SurveyOptions Survey { get; init; } = new();

    /// <summary>
    /// How <see cref="AnalysisResult.CorePeriphery"/> is found (seed, restarts); defaults in
    /// <see cref="CorePeripheryOptions"/>.
    /// </summary>
    public CorePeripheryOptions CorePeriphery { get; init; } = new();
}
