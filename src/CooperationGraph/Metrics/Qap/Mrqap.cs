using CooperationGraph.Metrics.Qap;

namespace CooperationGraph;

/// <summary>
/// Did declarations lead to cooperation? Multiple-regression QAP of the <b>enacted</b> tie matrix (1 where two
/// institutions took part in a joint action together in the window or have a direct tie) on the <b>declared</b> tie
/// matrix (1 where they signed a declaration in force together), <b>same sector</b> and <b>same unit</b> (both have a
/// territorial unit and it is the same), and any <see cref="DyadicCovariate"/>, with an intercept.
/// </summary>
/// <remarks>
/// <para>Ordinary least squares (a linear probability model for the binary enacted ties) over the n(n − 1)/2 pairs of
/// distinct institutions; the coefficients equal statnet's <c>sna::netlm(y, list(declared, same_sector, same_unit),
/// mode = "graph", nullhyp = "qapspp")</c> and the p-values are within Monte Carlo error of it. Test: Dekker, D.,
/// Krackhardt, D. and Snijders, T. A. B. (2007), "Sensitivity of MRQAP tests to collinearity and autocorrelation
/// conditions", Psychometrika 72(4), 563–581, doi:10.1007/s11336-007-9016-1: for each term, its residual on the other
/// terms is permuted (rows and columns together) and refitted; the statistic is the t value. NetworkX has no
/// equivalent.</para>
/// <para>The declared coefficient is the difference in the probability of an enacted tie between a pair that signed
/// together and one that did not, other terms equal. Isolated institutions are rows of zeros like any other; an
/// aliased term (constant, e.g. every institution in one unit) gets NaN. Time O(P·p²·n²) for P permutations and p
/// terms; memory O(p·n²), hence <see cref="MrqapOptions.MaxInstitutions"/>.</para>
/// <para>Perceived cooperation as the outcome (<see cref="MrqapOptions.Outcome"/>, issue 23): the perceived tie of the
/// partner survey (0/1, <see cref="RegressionOutcome.Perceived"/>) or the pair's mean perceived level (0–5,
/// <see cref="RegressionOutcome.PerceivedLevel"/>), regressed over the pairs of the institutions whose perception is known
/// (the invited ones under the weak rule, the respondents under the strong rule) on intercept, declared, <b>enacted</b>,
/// same sector, same unit and the covariates: do the ties the model created feel like cooperation, beyond signing
/// together? Equal to <c>sna::netlm</c> on those institutions' matrices, as above.</para>
/// </remarks>
public static class Mrqap
{
    /// <summary>The names of the built-in terms, in design order after the intercept.</summary>
    public static IReadOnlyList<string> BuiltInTerms { get; } = ["declared", "same_sector", "same_unit"];

    /// <summary>
    /// Regresses the enacted ties of the window on the declared ties, same sector, same unit and the covariates; or,
    /// as <see cref="MrqapOptions.Outcome"/> says, the perceived ties or levels of the partner survey on the same terms and the enacted ties.
    /// </summary>
    /// <param name="dataset">The dataset (with a partner survey for a perceived outcome).</param>
    /// <param name="window">The window: actions overlapping it, declarations signed by its end; everything by default.</param>
    /// <param name="options">Outcome, permutations, seed, intercept, covariates; defaults in <see cref="MrqapOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the permutations.</param>
    /// <returns>The regression, or <see langword="null"/> above <see cref="MrqapOptions.MaxInstitutions"/> institutions regressed or below three
    /// (with a perceived outcome and a survey in waves, also without a wave in the window).</returns>
    /// <exception cref="ArgumentException">A perceived outcome on a dataset without a survey, or a covariate's name is taken or its value not finite.</exception>
    public static MrqapResult? Fit(CooperationDataset dataset, AnalysisWindow? window = null, MrqapOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(dataset);
        window ??= AnalysisWindow.All;
        options ??= new MrqapOptions();
        var network = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted, Window = window });
        var declared = new List<(int, int)>();
        foreach (var declaration in dataset.Declarations.Where(window.Includes))
        {
            var signatories = declaration.Signatories;
            for (int a = 0; a < signatories.Count; a++)
            {
                for (int b = a + 1; b < signatories.Count; b++)
                {
                    declared.Add((network.IndexOf(signatories[a]), network.IndexOf(signatories[b])));
                }
            }
        }

        return Fit(dataset, network, declared, options, cancellationToken);
    }

    internal static MrqapResult? Fit(CooperationDataset dataset, CooperationNetwork enacted, IEnumerable<(int U, int V)> declaredPairs, MrqapOptions options, CancellationToken cancellationToken) =>
        Design(dataset, enacted, declaredPairs, options) is var (n, y, terms) ? MrqapKernel.Fit(n, y, terms, options.Permutations, options.Seed, cancellationToken) : null;

    /// <summary>
    /// The outcome (enacted ties over all institutions, or the perceived tie or level over the institutions whose
    /// perception is known, as <see cref="MrqapOptions.Outcome"/> says) and the terms (intercept, declared, enacted with a
    /// perceived outcome, same sector, same unit, covariates); null outside 3…<see cref="MrqapOptions.MaxInstitutions"/>
    /// institutions regressed, or for a survey in waves without a wave in the window of <paramref name="enacted"/>.
    /// </summary>
    internal static (int N, double[] Y, List<(string, double[])> Terms)? Design(CooperationDataset dataset, CooperationNetwork enacted, IEnumerable<(int U, int V)> declaredPairs, MrqapOptions options)
    {
        var all = enacted.Institutions;
        int[] members;
        double[] y;
        bool perceived = options.Outcome != RegressionOutcome.Enacted;
        if (perceived)
        {
            if (PerceivedOutcome.Compute(dataset, enacted.Options.Window, options.PerceivedRule, options.Outcome == RegressionOutcome.PerceivedLevel) is not { } outcome)
            {
                return null;
            }

            (members, y) = outcome;
        }
        else
        {
            members = Enumerable.Range(0, all.Count).ToArray();
            y = [];
        }

        int n = members.Length;
        if (n < 3 || n > options.MaxInstitutions)
        {
            return null;
        }

        Check(options);
        var at = new int[all.Count];
        Array.Fill(at, -1);
        for (int a = 0; a < n; a++)
        {
            at[members[a]] = a;
        }

        var institutions = members.Select(i => all[i]).ToArray();
        int m = n * (n - 1) / 2;
        double[] Layer(IEnumerable<(int U, int V)> pairs)
        {
            var values = new double[m];
            foreach (var (u, v) in pairs)
            {
                if (u != v && at[u] >= 0 && at[v] >= 0)
                {
                    values[MrqapKernel.PairIndex(at[u], at[v], n)] = 1;
                }
            }

            return values;
        }

        var enactedTies = Layer(enacted.Graph.Edges());
        var terms = new List<(string, double[])>();
        if (options.Intercept)
        {
            terms.Add(("intercept", Enumerable.Repeat(1.0, m).ToArray()));
        }

        terms.Add(("declared", Layer(declaredPairs)));
        if (perceived)
        {
            terms.Add(("enacted", enactedTies));
        }

        terms.Add(("same_sector", Pairs(n, (i, j) => institutions[i].Sector == institutions[j].Sector ? 1 : 0)));
        terms.Add(("same_unit", Pairs(n, (i, j) => institutions[i].Unit is { } unit && unit == institutions[j].Unit ? 1 : 0)));
        foreach (var covariate in options.Covariates)
        {
            terms.Add((covariate.Name, Pairs(n, (i, j) => covariate.Value(institutions[i], institutions[j]) is var value && double.IsFinite(value)
                ? value
                : throw new ArgumentException($"Covariate '{covariate.Name}' gave {value} for {institutions[i].Id}–{institutions[j].Id}; values must be finite numbers."))));
        }

        return (n, perceived ? y : enactedTies, terms);
    }

    /// <summary>
    /// MRQAP on matrices, as <c>sna::netlm(y, x, mode = "graph", nullhyp = "qapspp")</c>: n × n symmetric matrices,
    /// the lower triangle used and the diagonal ignored.
    /// </summary>
    /// <param name="y">The dependent matrix.</param>
    /// <param name="predictors">The named predictor matrices, in design order (after the intercept).</param>
    /// <param name="options">Permutations, seed and intercept (covariates and the size limit do not apply).</param>
    /// <param name="cancellationToken">Cancels the permutations.</param>
    /// <exception cref="ArgumentException">A matrix is not square or not the size of <paramref name="y"/>, or a name repeats.</exception>
    public static MrqapResult Fit(double[,] y, IReadOnlyList<(string Name, double[,] Values)> predictors, MrqapOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(y);
        ArgumentNullException.ThrowIfNull(predictors);
        options ??= new MrqapOptions();
        var (n, pairs, terms) = Design(y, predictors, options.Intercept);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Permutations);
        return MrqapKernel.Fit(n, pairs, terms, options.Permutations, options.Seed, cancellationToken);
    }

    /// <summary>The outcome and terms of matrices, as <see cref="Fit(double[,], IReadOnlyList{ValueTuple{string, double[,]}}, MrqapOptions?, CancellationToken)"/> reads them.</summary>
    internal static (int N, double[] Y, List<(string, double[])> Terms) Design(double[,] y, IReadOnlyList<(string Name, double[,] Values)> predictors, bool intercept)
    {
        int n = y.GetLength(0);
        if (y.GetLength(1) != n || n < 3)
        {
            throw new ArgumentException($"The dependent matrix must be square with at least 3 rows; it is {y.GetLength(0)} × {y.GetLength(1)}.", nameof(y));
        }

        var terms = new List<(string, double[])>();
        if (intercept)
        {
            terms.Add(("intercept", Enumerable.Repeat(1.0, n * (n - 1) / 2).ToArray()));
        }

        foreach (var (name, values) in predictors)
        {
            if (values.GetLength(0) != n || values.GetLength(1) != n)
            {
                throw new ArgumentException($"Predictor '{name}' is {values.GetLength(0)} × {values.GetLength(1)}; it must be {n} × {n} like the dependent matrix.", nameof(predictors));
            }

            terms.Add((name, Pairs(n, (i, j) => values[j, i])));
        }

        if (terms.Select(t => t.Item1).Distinct(StringComparer.Ordinal).Count() != terms.Count)
        {
            throw new ArgumentException("Two terms have the same name.", nameof(predictors));
        }

        return (n, Pairs(n, (i, j) => y[j, i]), terms);
    }

    private static void Check(MrqapOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(options.Permutations);
        var names = new HashSet<string>(["intercept", "enacted", .. BuiltInTerms], StringComparer.Ordinal);
        foreach (var covariate in options.Covariates)
        {
            if (string.IsNullOrWhiteSpace(covariate.Name) || !names.Add(covariate.Name))
            {
                throw new ArgumentException($"Covariate name '{covariate.Name}' is empty or already used; names must be unique and not one of intercept, enacted, {string.Join(", ", BuiltInTerms)}.");
            }
        }
    }

    private static double[] Pairs(int n, Func<int, int, double> value)
    {
        var values = new double[n * (n - 1) / 2];
        int index = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                values[index++] = value(i, j);
            }
        }

        return values;
    }
}
