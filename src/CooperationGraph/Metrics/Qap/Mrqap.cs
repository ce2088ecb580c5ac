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
/// </remarks>
public static class Mrqap
{
    /// <summary>The names of the built-in terms, in design order after the intercept.</summary>
    public static IReadOnlyList<string> BuiltInTerms { get; } = ["declared", "same_sector", "same_unit"];

    /// <summary>Regresses the enacted ties of the window on the declared ties, same sector, same unit and the covariates.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="window">The window: actions overlapping it, declarations signed by its end; everything by default.</param>
    /// <param name="options">Permutations, seed, intercept, covariates; defaults in <see cref="MrqapOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the permutations.</param>
    /// <returns>The regression, or <see langword="null"/> above <see cref="MrqapOptions.MaxInstitutions"/> institutions or below three.</returns>
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

        return Fit(network, declared, options, cancellationToken);
    }

    internal static MrqapResult? Fit(CooperationNetwork enacted, IEnumerable<(int U, int V)> declaredPairs, MrqapOptions options, CancellationToken cancellationToken) =>
        Design(enacted, declaredPairs, options) is var (n, y, terms) ? MrqapKernel.Fit(n, y, terms, options.Permutations, options.Seed, cancellationToken) : null;

    /// <summary>The enacted ties (0/1 over pairs) and the terms (intercept, declared, same sector, same unit, covariates); null outside 3…<see cref="MrqapOptions.MaxInstitutions"/> institutions.</summary>
    internal static (int N, double[] Y, List<(string, double[])> Terms)? Design(CooperationNetwork enacted, IEnumerable<(int U, int V)> declaredPairs, MrqapOptions options)
    {
        var institutions = enacted.Institutions;
        int n = institutions.Count;
        if (n < 3 || n > options.MaxInstitutions)
        {
            return null;
        }

        Check(options);
        int m = n * (n - 1) / 2;
        var y = new double[m];
        foreach (var (u, v) in enacted.Graph.Edges())
        {
            y[MrqapKernel.PairIndex(u, v, n)] = 1;
        }

        var declared = new double[m];
        foreach (var (u, v) in declaredPairs)
        {
            if (u != v)
            {
                declared[MrqapKernel.PairIndex(u, v, n)] = 1;
            }
        }

        var terms = new List<(string, double[])>();
        if (options.Intercept)
        {
            terms.Add(("intercept", Enumerable.Repeat(1.0, m).ToArray()));
        }

        terms.Add(("declared", declared));
        terms.Add(("same_sector", Pairs(n, (i, j) => institutions[i].Sector == institutions[j].Sector ? 1 : 0)));
        terms.Add(("same_unit", Pairs(n, (i, j) => institutions[i].Unit is { } unit && unit == institutions[j].Unit ? 1 : 0)));
        foreach (var covariate in options.Covariates)
        {
            terms.Add((covariate.Name, Pairs(n, (i, j) => covariate.Value(institutions[i], institutions[j]) is var value && double.IsFinite(value)
                ? value
                : throw new ArgumentException($"Covariate '{covariate.Name}' gave {value} for {institutions[i].Id}–{institutions[j].Id}; values must be finite numbers."))));
        }

        return (n, y, terms);
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
        var names = new HashSet<string>(["intercept", .. BuiltInTerms], StringComparer.Ordinal);
        foreach (var covariate in options.Covariates)
        {
            if (string.IsNullOrWhiteSpace(covariate.Name) || !names.Add(covariate.Name))
            {
                throw new ArgumentException($"Covariate name '{covariate.Name}' is empty or already used; names must be unique and not one of intercept, {string.Join(", ", BuiltInTerms)}.");
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
