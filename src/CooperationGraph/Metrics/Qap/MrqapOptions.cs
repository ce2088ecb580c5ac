namespace CooperationGraph;

/// <summary>Settings of an MRQAP regression (<see cref="Mrqap"/>). Every default is stated and reproducible.</summary>
public sealed record MrqapOptions
{
    /// <summary>Permutations per term; 1000 by default (p-values to about ±0.03). In a whole analysis, <c>AnalysisOptions.Permutations</c> is used.</summary>
    public int Permutations { get; init; } = 1000;

    /// <summary>Seed of the permutations; the same seed gives the same p-values. In a whole analysis, <c>AnalysisOptions.Seed</c> is used.</summary>
    public int Seed { get; init; } = 20190709;

    /// <summary>Fit an intercept (sna's default); true by default.</summary>
    public bool Intercept { get; init; } = true;

    /// <summary>
    /// What the regression explains: the enacted ties (the default), the perceived ties of the partner survey, or the
    /// perceived level of each pair (MRQAP only; <see cref="Netlogit"/> refuses it). With a perceived outcome the pairs
    /// are those of the invited institutions (weak rule) or of the respondents (strong rule), and the enacted tie joins
    /// the predictors after the declared one. In a whole analysis both are fitted, the enacted outcome in
    /// <c>LayerAgreement.Regression</c> and the perceived one under <c>AnalysisOptions.Survey.Rule</c> in
    /// <c>LayerAgreement.PerceivedRegression</c>; this setting and <see cref="PerceivedRule"/> are not used there.
    /// </summary>
    public RegressionOutcome Outcome { get; init; } = RegressionOutcome.Enacted;

    /// <summary>
    /// The perceived tie of a <see cref="RegressionOutcome.Perceived"/> or <see cref="RegressionOutcome.PerceivedLevel"/>
    /// outcome, and with it the pairs regressed: <see cref="PerceivedTieRule.Weak"/> (over the invited institutions) by default.
    /// </summary>
    public PerceivedTieRule PerceivedRule { get; init; } = PerceivedTieRule.Weak;

    /// <summary>Further matrices to regress on, after the built-in ones; none by default.</summary>
    public IReadOnlyList<DyadicCovariate> Covariates { get; init; } = [];

    /// <summary>
    /// Above this many institutions (with a perceived outcome: institutions whose perception is known, invited or
    /// responded) the regression is left out (<c>null</c>): its matrices hold n(n − 1)/2 pairs per
    /// term and each permutation touches all of them. 1000 by default (499 500 pairs); memory about 8·n² bytes per term
    /// tested at once; timings in <c>benchmarks/README.md</c> (<c>MrqapBenchmarks</c>).
    /// </summary>
    public int MaxInstitutions { get; init; } = 1000;

    /// <summary>
    /// Above this many institutions the logistic network regression (<see cref="Netlogit"/>) is left out (<c>null</c>):
    /// each of its permutations refits the logistic model by IRLS over all n(n − 1)/2 pairs for every term, about 0.47 s
    /// per permutation at 500 institutions (8 minutes for 1 000 permutations). 200 by default (about 20 000 pairs, on the
    /// order of a minute with 1 000 permutations); timings in <c>benchmarks/README.md</c> (<c>IntervalsBenchmarks</c>).
    /// The matrix form <see cref="Netlogit.Fit(double[,], IReadOnlyList{ValueTuple{string, double[,]}}, MrqapOptions?, CancellationToken)"/> has no limit.
    /// </summary>
    public int MaxLogisticInstitutions { get; init; } = 200;
}
