namespace CooperationGraph;

/// <summary>Which centrality measures to compute, and whether to use tie weights.</summary>
public sealed record CentralityOptions
{
    /// <summary>
    /// Use tie weights: as <b>strengths</b> for eigenvector, PageRank, Katz, clustering (Onnela et al.), constraint and
    /// effective size, and as <b>distances 1/weight</b> for betweenness, closeness and harmonic centrality.
    /// <see langword="false"/> by default: every tie counts 1. Strength always uses weights. Degree and core number have
    /// no weighted form (NetworkX's weighted degree is strength, a measure of its own; <c>core_number</c> takes no weight):
    /// in a weighted table they stay counts of ties, and weights asked for degree or core number alone are refused
    /// (<see cref="ArgumentException"/>) rather than ignored.
    /// </summary>
    public bool Weighted { get; init; }

    /// <summary>
    /// The measures to compute, in column order; <see cref="CentralityMeasureNames.Basic"/> (every measure but Katz) by
    /// default. Katz is computed only when named, because its α must lie below 1/λ_max of the network at hand (on the
    /// Łoniów sample 1/λ_max ≈ 0.094, below NetworkX's default 0.1).
    /// </summary>
    public IReadOnlyList<CentralityMeasure>? Measures { get; init; }

    /// <summary>Katz attenuation α; 0.1 by default (as NetworkX). Must be below 1/λ_max, or computing Katz throws <see cref="InvalidOperationException"/>.</summary>
    public double KatzAlpha { get; init; } = 0.1;

    /// <summary>Katz constant β; 1 by default (as NetworkX).</summary>
    public double KatzBeta { get; init; } = 1.0;

    /// <summary>
    /// Threads for the shortest-path measures; all cores (−1) by default. Results are the same, bit for bit, whatever
    /// the number: sources are split into fixed chunks whose sums are added in order.
    /// </summary>
    public int MaxDegreeOfParallelism { get; init; } = -1;

    /// <summary>Reports the share of shortest-path sources done, from 0 to 1; none by default.</summary>
    public IProgress<double>? Progress { get; init; }
}
