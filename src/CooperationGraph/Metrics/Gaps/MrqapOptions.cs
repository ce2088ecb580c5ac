namespace CooperationGraph.Metrics.Gaps;

/// <summary>Settings of an MRQAP regression (<see cref="Mrqap"/>). Every default is stated and reproducible.</summary>
public sealed record MrqapOptions
{
    /// <summary>Permutations per term; 1000 by default (p-values to about ±0.03). In a gap analysis, <see cref="GapOptions.Permutations"/> is used.</summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Seed of the permutations; the same seed gives the same p-values. In a gap analysis, <see cref="GapOptions.Seed"/> is used.</summary>
    public int Seed { get; init; } = 20190709;

    /// <summary>Fit an intercept (sna's default); true by default.</summary>
    public bool Intercept { get; init; } = true;

    /// <summary>Further matrices to regress on, after the built-in ones; none by default.</summary>
    public IReadOnlyList<DyadicCovariate> Covariates { get; init; } = [];

    /// <summary>
    /// Above this many institutions the regression is left out (<c>null</c>): its matrices hold n(n − 1)/2 pairs per
    /// term and each permutation touches all of them. 500 by default (124 750 pairs). Measured for 1000 permutations and
    /// four terms on this project's 2-core machine while shared with other builds (load about 50): 0.8 s at 100
    /// institutions, 5 s at 300, 14 s at 500.
    /// </summary>
    public int MaxInstitutions { get; init; } = 500;
}
