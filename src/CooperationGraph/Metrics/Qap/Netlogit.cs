using CooperationGraph.Metrics.Qap;

namespace CooperationGraph;

/// <summary>
/// Did declarations lead to joint action, on the odds scale? Logistic network regression of a 0/1 tie matrix — by
/// default the <b>enacted</b> ties, or the <b>perceived</b> ties of a partner survey (<see cref="MrqapOptions.Outcome"/>,
/// with the enacted tie as a further term, as <see cref="Mrqap"/> does) — on the same terms as <see cref="Mrqap"/>
/// (intercept, declared, same sector, same unit, any <see cref="DyadicCovariate"/>), fitted by maximum likelihood and
/// tested by QAP.
/// </summary>
/// <remarks>
/// <para>Maximum likelihood by iteratively reweighted least squares (Newton's method) over the n(n − 1)/2 pairs of
/// distinct institutions; standard errors from the inverse Fisher information; z = coefficient / standard error. The
/// coefficients, standard errors and z equal statnet's <c>sna::netlogit(y, x, mode = "graph", nullhyp = "qapspp")</c>
/// (Butts 2008, doi:10.18637/jss.v024.i06) and R's <c>glm(family = binomial)</c> / statsmodels' <c>Logit</c> on the
/// vectorised pairs; the p-values are within Monte Carlo error of sna's. Test: Dekker, Krackhardt and Snijders (2007),
/// doi:10.1007/s11336-007-9016-1, double semi-partialling as in <see cref="Mrqap"/>, with the z value as statistic.
/// No normalisation: coefficients are log-odds; <see cref="NetlogitTerm.OddsRatio"/> is e^coefficient. NetworkX has no
/// equivalent.</para>
/// <para>This is also the maximum pseudo-likelihood estimate of the dyad-independent exponential random graph model
/// <c>edges + edgecov(declared) + nodematch("sector") + nodematch("unit") + …</c> that statnet's <c>ergm</c> fits
/// (where it is the exact MLE, the model being dyad-independent). Separation — a binary term that predicts the outcome
/// perfectly on one side — is detected and reported (<see cref="NetlogitResult.Separated"/>) instead of a huge
/// coefficient. Time O(I·m·p²) for the fit (I ≤ 25 iterations) and O(P·p·I·m·p²) for the test.</para>
/// </remarks>
public static class Netlogit
{
    /// <summary>
    /// Regresses the enacted ties of the window on the declared ties, same sector, same unit and the covariates; or the
    /// perceived ties of the partner survey on the same terms and the enacted ties (<see cref="RegressionOutcome.Perceived"/>).
    /// </summary>
    /// <param name="dataset">The dataset (with a partner survey for the perceived outcome).</param>
    /// <param name="window">The window: actions overlapping it, declarations signed by its end; everything by default.</param>
    /// <param name="options">Outcome, permutations, seed, intercept, covariates and size limit, as for MRQAP; defaults in <see cref="MrqapOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the permutations.</param>
    /// <returns>The regression, or <see langword="null"/> above <see cref="MrqapOptions.MaxInstitutions"/> or <see cref="MrqapOptions.MaxLogisticInstitutions"/> institutions regressed or below three.</returns>
    /// <exception cref="ArgumentException">The outcome is <see cref="RegressionOutcome.PerceivedLevel"/> (not 0/1), or perceived on a dataset without a survey.</exception>
    public static NetlogitResult? Fit(CooperationDataset dataset, AnalysisWindow? window = null, MrqapOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(dataset);
        window ??= AnalysisWindow.All;
        options ??= new MrqapOptions();
        var network = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted, Window = window });
        var declared = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Declared, Window = window });
        return Fit(dataset, network, declared.Graph.Edges(), options, cancellationToken);
    }

    internal static NetlogitResult? Fit(CooperationDataset dataset, CooperationNetwork enacted, IEnumerable<(int U, int V)> declaredPairs, MrqapOptions options, CancellationToken cancellationToken)
    {
        if (options.Outcome == RegressionOutcome.PerceivedLevel)
        {
            throw new ArgumentException("The logistic network regression needs a 0/1 outcome; the perceived level (0–5) is regressed by MRQAP only. Use RegressionOutcome.Perceived.", nameof(options));
        }

        return Mrqap.Design(dataset, enacted, declaredPairs, options with { MaxInstitutions = Math.Min(options.MaxInstitutions, options.MaxLogisticInstitutions) }) is var (n, y, terms)
            ? NetlogitKernel.Run(n, y, terms, options.Permutations, options.Seed, cancellationToken) : null;
    }

    /// <summary>
    /// Logistic network regression on matrices, as <c>sna::netlogit(y, x, mode = "graph", nullhyp = "qapspp")</c>:
    /// n × n symmetric matrices, the lower triangle used and the diagonal ignored. The outcome may be any 0/1 matrix
    /// (enacted ties, perceived ties from a survey, …).
    /// </summary>
    /// <param name="y">The 0/1 outcome matrix.</param>
    /// <param name="predictors">The named predictor matrices, in design order (after the intercept).</param>
    /// <param name="options">Permutations, seed and intercept (covariates and the size limit do not apply).</param>
    /// <param name="cancellationToken">Cancels the permutations.</param>
    /// <exception cref="ArgumentException">A matrix is not square or not the size of <paramref name="y"/>, a name repeats, or y is not 0/1.</exception>
    public static NetlogitResult Fit(double[,] y, IReadOnlyList<(string Name, double[,] Values)> predictors, MrqapOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(predictors);
        options ??= new MrqapOptions();
        ArgumentOutOfRangeException.ThrowIfNegative(options.Permutations);
        var (n, outcome, terms) = Mrqap.Design(y, predictors, options.Intercept);
        return NetlogitKernel.Run(n, outcome, terms, options.Permutations, options.Seed, cancellationToken);
    }
}
