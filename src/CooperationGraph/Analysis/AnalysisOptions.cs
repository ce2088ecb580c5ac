using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;

namespace CooperationGraph.Analysis;

/// <summary>What <see cref="CooperationAnalysis.Run"/> measures and how. Defaults are stated on each property.</summary>
public sealed record AnalysisOptions
{
    /// <summary>The cooperation model; <see cref="CooperationModel.RuralGmina"/> by default.</summary>
    public CooperationModel Model { get; init; } = CooperationModel.RuralGmina;

    /// <summary>Window, QAP permutations and seed, suggestions per link; see <see cref="GapOptions"/>.</summary>
    public GapOptions Gaps { get; init; } = new();

    /// <summary>Use tie weights in the centrality columns (strengths; distance = 1/weight for path measures); unweighted by default.</summary>
    public bool WeightedCentrality { get; init; }

    /// <summary>
    /// Turns family ids into pseudonyms for the per-family outputs; by default keyed from the
    /// <c>COOPERATION_GRAPH_KEY</c> environment variable, else random for this run.
    /// </summary>
    public Metrics.Families.Pseudonymizer? Pseudonymizer { get; init; }

    /// <summary>Counts of families below this are written as <c>&lt;3</c>; 3 by default.</summary>
    public int SuppressionThreshold { get; init; } = 3;

    /// <summary>Also analyse the window cut into calendar windows (<see cref="Analysis.OverTime"/>); not by default.</summary>
    public OverTimeOptions? OverTime { get; init; }

    /// <summary>
    /// A second window to compare with (e.g. the earlier milestone) and its settings, typically
    /// <c>Gaps with { Window = … }</c>; none by default.
    /// </summary>
    public GapOptions? CompareWith { get; init; }
}
