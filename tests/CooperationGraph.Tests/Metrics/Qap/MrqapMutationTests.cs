using CooperationGraph.Tests.IO;
using MathNet.Numerics.LinearAlgebra;

namespace CooperationGraph.Tests.Metrics.Qap;

/// <summary>By-hand cases for what a mutation run of Metrics/Qap would leave untested in MRQAP (tests/MUTATION.md):
/// argument checks and their messages, the smallest and degenerate designs, R² without an intercept, the aliasing
/// tolerance, and p-values recounted exactly over the relabellings the kernel draws (Random(seed + 31·k) for term k).</summary>
public class MrqapMutationTests
{
    // Pairs of 5 nodes in the kernel's order: 01 02 03 04 12 13 14 23 24 34.
    private static readonly double[] Y5 = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3];
    private static readonly double[] X5 = [2, 7, 1, 8, 2, 8, 1, 8, 2, 8];
    private static readonly double[] W5 = [1, 0, 2, 1, 3, 0, 1, 2, 0, 1];

    /// <summary>The symmetric matrix of a vector over the pairs (i &lt; j, row by row).</summary>
    internal static double[,] Matrix(int n, double[] pairs)
    {
        var matrix = new double[n, n];
        int index = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++, index++)
            {
                matrix[i, j] = matrix[j, i] = pairs[index];
            }
        }

        return matrix;
    }

    /// <summary>v relabelled: the value of pair (i, j) is that of pair (label[i], label[j]).</summary>
    internal static double[] Relabel(int n, double[] pairs, int[] label)
    {
        var matrix = Matrix(n, pairs);
        var result = new double[pairs.Length];
        int index = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                result[index++] = matrix[label[i], label[j]];
            }
        }

        return result;
    }

    /// <summary>Least squares by the normal equations: coefficients, standard errors and the residual.</summary>
    internal static (double[] Beta, double[] Se, double[] Residual) Ols(double[][] columns, double[] y)
    {
        var x = Matrix<double>.Build.DenseOfColumnArrays(columns);
        var inverse = x.TransposeThisAndMultiply(x).Inverse();
        var beta = inverse * x.TransposeThisAndMultiply(Vector<double>.Build.DenseOfArray(y));
        var residual = Vector<double>.Build.DenseOfArray(y) - (x * beta);
        double sigma2 = residual.DotProduct(residual) / (y.Length - columns.Length);
        return ([.. beta], [.. Enumerable.Range(0, columns.Length).Select(k => Math.Sqrt(inverse[k, k] * sigma2))], [.. residual]);
    }

    /// <summary>The three p-values of a statistic t over a null distribution (NaN entries never count), as sna counts them.</summary>
    internal static (double Less, double Greater, double Abs) PValues(double t, IReadOnlyList<double> distribution, int denominator)
    {
        double slack = 1e-12 * Math.Max(1, Math.Abs(t));
        return (distribution.Count(d => d <= t + slack) / (double)denominator,
            distribution.Count(d => d >= t - slack) / (double)denominator,
            distribution.Count(d => Math.Abs(d) >= Math.Abs(t) - slack) / (double)denominator);
    }

    private static readonly double[] Ones5 = [.. Enumerable.Repeat(1.0, 10)];

    [Fact]
    public void A_single_term_without_intercept_is_tested_on_relabelled_y_draw_by_draw()
    {
        // sna's qapy: t of y' = b·x without intercept, t = b / √(rss / (m − 1) / Σx²), for each relabelling of y.
        var result = Mrqap.Fit(Matrix(5, Y5), [("x", Matrix(5, X5))], new MrqapOptions { Intercept = false, Permutations = 40, Seed = 3 });
        double xx = X5.Sum(v => v * v);
        double T(double[] y)
        {
            double xy = X5.Zip(y, (a, b) => a * b).Sum(), b = xy / xx, rss = y.Sum(v => v * v) - (b * xy);
            return rss > 0 ? b / Math.Sqrt(rss / 9 / xx) : double.NaN;
        }

        double t = T(Y5);
        Assert.Equal(t, result["x"].TValue, 1e-12 * Math.Abs(t));
        var distribution = QapMutationTests.Draws(3, 5, 40).Select(l => T(Relabel(5, Y5, l))).ToList();
        var (less, greater, abs) = PValues(result["x"].TValue, distribution, 40);
        Assert.Equal(less, result["x"].PLessOrEqual);
        Assert.Equal(greater, result["x"].PGreaterOrEqual);
        Assert.Equal(abs, result["x"].PAbsGreaterOrEqual);
    }

    [Fact]
    public void Each_term_is_tested_on_its_relabelled_residual_refitted_with_the_others_from_seed_plus_31_k()
    {
        // sna's qapspp: x_k regressed on the other terms, its residual relabelled and refitted last; the t of that last term.
        var result = Mrqap.Fit(Matrix(5, Y5), [("x", Matrix(5, X5)), ("w", Matrix(5, W5))], new MrqapOptions { Permutations = 40, Seed = 3 });
        double[][] columns = [Ones5, X5, W5];
        foreach (var (k, name) in new[] { (0, "intercept"), (1, "x"), (2, "w") })
        {
            var others = columns.Where((_, a) => a != k).ToArray();
            var residual = Ols(others, columns[k]).Residual;
            var distribution = QapMutationTests.Draws(3 + (31 * k), 5, 40)
                .Select(l => Ols([.. others, Relabel(5, residual, l)], Y5))
                .Select(f => f.Beta[^1] / f.Se[^1]).ToList();
            var (less, greater, abs) = PValues(result[name].TValue, distribution, 40);
            Assert.Equal(less, result[name].PLessOrEqual);
            Assert.Equal(greater, result[name].PGreaterOrEqual);
            Assert.Equal(abs, result[name].PAbsGreaterOrEqual);
        }
    }

    [Fact]
    public void Without_an_intercept_R_squared_is_taken_about_zero()
    {
        // Path 0-1-2-3: x = (1, 0, 0, 1, 0, 1), y = 2x + 1. Through the origin b = Σxy/Σx² = 9/3 = 3, fitted (3,0,0,3,0,3),
        // residuals (0,1,1,0,1,0): rss 3, explained Σŷ² = 27, R² = 27/30. Standard error √(rss/5/Σx²) = √0.2.
        double[] x = [1, 0, 0, 1, 0, 1];
        var result = Mrqap.Fit(Matrix(4, [.. x.Select(v => (2 * v) + 1)]), [("x", Matrix(4, x))], new MrqapOptions { Intercept = false, Permutations = 0 });
        Assert.Equal(3.0, result["x"].Coefficient, 12);
        Assert.Equal(Math.Sqrt(0.2), result["x"].StandardError, 12);
        Assert.Equal(0.9, result.RSquared, 12);
    }

    [Fact]
    public void The_indexer_lists_the_terms_when_one_is_missing_and_ToString_gives_the_coefficients()
    {
        // y = 2x + 1 on the path 0-1-2-3 (as MrqapTests): intercept 1, slope 2, no permutations.
        double[] x = [1, 0, 0, 1, 0, 1];
        var result = Mrqap.Fit(Matrix(4, [.. x.Select(v => (2 * v) + 1)]), [("x", Matrix(4, x))], new MrqapOptions { Permutations = 0 });
        Assert.Equal("intercept 1 (p NaN); x 2 (p NaN)", result.ToString());
        Assert.Equal("no term 'z'; terms: intercept, x", Assert.Throws<KeyNotFoundException>(() => result["z"]).Message);
    }

    [Fact]
    public void Three_institutions_are_enough_and_are_fitted_by_hand()
    {
        // ops, pcpr, sp; pairs (ops-pcpr, ops-sp, pcpr-sp). Declared (1, 0, 0), enacted y = (0, 1, 0); sectors all differ
        // and no units: same_sector and same_unit are zero, aliased. Intercept = mean y of the undeclared = 1/2,
        // declared = 0 − 1/2. Fitted (0, ½, ½): rss ½ on 1 df, mean ⅓, explained 1/6: R² = (1/6)/(1/6 + 1/2) = 1/4.
        // (X'X)⁻¹ = [[½, −½], [−½, 3/2]]: standard errors √(½·½) = ½ and √(3/2·½).
        using var data = TempDataset.With();
        var result = Mrqap.Fit(data.Load(), options: new MrqapOptions { Permutations = 0 })!;
        Assert.Equal(3, result.Institutions);
        Assert.Equal(3, result.Pairs);
        Assert.Equal(0.5, result["intercept"].Coefficient, 12);
        Assert.Equal(-0.5, result["declared"].Coefficient, 12);
        Assert.Equal(0.5, result["intercept"].StandardError, 12);
        Assert.Equal(Math.Sqrt(0.75), result["declared"].StandardError, 12);
        Assert.Equal(-0.5 / Math.Sqrt(0.75), result["declared"].TValue, 12);
        Assert.Equal(0.25, result.RSquared, 12);
        Assert.True(double.IsNaN(result["same_sector"].Coefficient));
    }

    [Fact]
    public void With_as_many_terms_as_pairs_or_every_term_aliased_nothing_is_estimated()
    {
        // 3 nodes, 3 pairs, intercept and two independent predictors: no residual degree of freedom.
        var y = Matrix(3, [1, 2, 4]);
        var saturated = Mrqap.Fit(y, [("a", Matrix(3, [1, 0, 0])), ("b", Matrix(3, [0, 1, 0]))], new MrqapOptions { Permutations = 5 });
        Assert.All(saturated.Terms, t => Assert.True(double.IsNaN(t.Coefficient) && double.IsNaN(t.PAbsGreaterOrEqual)));
        Assert.True(double.IsNaN(saturated.RSquared));

        var zero = Mrqap.Fit(y, [("zero", Matrix(3, [0, 0, 0]))], new MrqapOptions { Intercept = false, Permutations = 5 });
        Assert.True(double.IsNaN(zero["zero"].Coefficient));
        Assert.True(double.IsNaN(zero.RSquared));
    }

    [Fact]
    public void A_term_within_a_relative_1e_7_of_the_others_is_aliased_and_one_just_outside_is_not()
    {
        // near = 10 + δ·(1, −1, 0, 0, 0, 0): its residual on the intercept is δ·√2 against a Euclidean norm of
        // √600 ≈ 24.49, so the bound is 1e-7 · 24.49 = 2.449e-6. A residual of 2.0e-6 is under it (aliased), 3.0e-6 is
        // over it (kept). Measured against the largest entry (10) instead of the norm, 2.0e-6 would be kept.
        var y = Matrix(4, [1, 0, 2, 1, 0, 3]);
        double[] Near(double residual) => [10 + (residual / Math.Sqrt(2)), 10 - (residual / Math.Sqrt(2)), 10, 10, 10, 10];
        var aliased = Mrqap.Fit(y, [("near", Matrix(4, Near(2.0e-6)))], new MrqapOptions { Permutations = 0 });
        Assert.True(double.IsNaN(aliased["near"].Coefficient));
        var kept = Mrqap.Fit(y, [("near", Matrix(4, Near(3.0e-6)))], new MrqapOptions { Permutations = 0 });
        Assert.False(double.IsNaN(kept["near"].Coefficient));
    }

    [Fact]
    public void Null_arguments_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Mrqap.Fit(null!, [("x", Matrix(3, [1, 0, 0]))]));
        Assert.Throws<ArgumentNullException>(() => Mrqap.Fit(Matrix(3, [1, 0, 0]), null!));
        Assert.Throws<ArgumentNullException>(() => Mrqap.Fit((CooperationDataset)null!));
    }

    [Fact]
    public void A_cancelled_token_stops_the_fit_before_any_work()
    {
        var cancelled = new CancellationToken(canceled: true);
        using var data = TempDataset.With();
        var dataset = data.Load();
        var options = new MrqapOptions { Permutations = 0 };
        Assert.Throws<OperationCanceledException>(() => Mrqap.Fit(Matrix(3, [1, 2, 4]), [("x", Matrix(3, [1, 0, 0]))], options, cancelled));
        Assert.Throws<OperationCanceledException>(() => Mrqap.Fit(dataset, options: options, cancellationToken: cancelled));
    }

    [Fact]
    public void Matrices_of_the_wrong_shape_or_with_a_repeated_name_are_refused_with_their_message()
    {
        var y = Matrix(4, [1, 0, 2, 1, 0, 3]);
        var x = Matrix(4, [1, 0, 0, 1, 0, 1]);
        Assert.Equal("The dependent matrix must be square with at least 3 rows; it is 2 × 2. (Parameter 'y')",
            Assert.Throws<ArgumentException>(() => Mrqap.Fit(new double[2, 2], [])).Message);
        Assert.Equal("The dependent matrix must be square with at least 3 rows; it is 4 × 5. (Parameter 'y')",
            Assert.Throws<ArgumentException>(() => Mrqap.Fit(new double[4, 5], [])).Message);
        Assert.Equal("Predictor 'x' is 5 × 4; it must be 4 × 4 like the dependent matrix. (Parameter 'predictors')",
            Assert.Throws<ArgumentException>(() => Mrqap.Fit(y, [("x", new double[5, 4])])).Message);
        Assert.Equal("Predictor 'x' is 4 × 5; it must be 4 × 4 like the dependent matrix. (Parameter 'predictors')",
            Assert.Throws<ArgumentException>(() => Mrqap.Fit(y, [("x", new double[4, 5])])).Message);
        Assert.Equal("Two terms have the same name. (Parameter 'predictors')",
            Assert.Throws<ArgumentException>(() => Mrqap.Fit(y, [("x", x), ("x", x)])).Message);
        Assert.Equal("Two terms have the same name. (Parameter 'predictors')",
            Assert.Throws<ArgumentException>(() => Mrqap.Fit(y, [("intercept", x)])).Message);
        Assert.Equal(3, Mrqap.Fit(Matrix(3, [1, 2, 4]), [("x", Matrix(3, [1, 0, 0]))], new MrqapOptions { Permutations = 0 }).Pairs);
    }

    [Fact]
    public void Covariates_named_as_a_built_in_term_twice_or_blank_are_refused_with_the_names_taken()
    {
        using var data = TempDataset.With();
        var dataset = data.Load();
        foreach (string name in new[] { "intercept", "enacted", "declared", "same_sector", "same_unit", " " })
        {
            var covariate = new DyadicCovariate(name, (_, _) => 1);
            var error = Assert.Throws<ArgumentException>(() => Mrqap.Fit(dataset, options: new MrqapOptions { Permutations = 0, Covariates = [covariate] }));
            Assert.Equal($"Covariate name '{name}' is empty or already used; names must be unique and not one of intercept, enacted, declared, same_sector, same_unit.", error.Message);
        }

        var twice = new DyadicCovariate("distance", (_, _) => 1);
        Assert.Throws<ArgumentException>(() => Mrqap.Fit(dataset, options: new MrqapOptions { Permutations = 0, Covariates = [twice, twice] }));
        Assert.Equal(["declared", "same_sector", "same_unit"], Mrqap.BuiltInTerms);
    }

    [Fact]
    public void A_covariate_that_is_not_finite_names_the_pair()
    {
        using var data = TempDataset.With();
        var covariate = new DyadicCovariate("ratio", (a, b) => a.Id == "pcpr" || b.Id == "pcpr" ? double.NaN : 1);
        var error = Assert.Throws<ArgumentException>(() => Mrqap.Fit(data.Load(), options: new MrqapOptions { Permutations = 0, Covariates = [covariate] }));
        Assert.Equal("Covariate 'ratio' gave NaN for ops–pcpr; values must be finite numbers.", error.Message);
    }
}
