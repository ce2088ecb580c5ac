using CooperationGraph.Metrics.Qap;
using CooperationGraph.Tests.IO;
using static CooperationGraph.Tests.Metrics.Qap.MrqapMutationTests;

namespace CooperationGraph.Tests.Metrics.Qap;

/// <summary>By-hand cases for what a mutation run of Metrics/Qap would leave untested in the logistic network
/// regression (tests/MUTATION.md): p-values recounted over the relabellings the kernel draws, separation on the
/// zero side, a boundary fit, degenerate designs, the aliasing tolerance, argument checks.</summary>
public class NetlogitMutationTests
{
    // Pairs of 6 nodes in the kernel's order (01 02 03 04 05 12 13 14 15 23 24 25 34 35 45).
    private static readonly double[] Y6 = [1, 0, 0, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 0, 0];
    private static readonly double[] X6 = [0.3, 1.2, -0.4, 2.0, 0.1, 1.5, -1.0, 0.7, 0.9, -0.2, 1.1, 0.4, -0.6, 0.8, 0.0];

    private static double Z(double[][] columns, double[] y)
    {
        var fit = NetlogitKernel.Logit(columns, y);
        return fit.Coefficients[^1] / fit.StandardErrors[^1];
    }

    private static void AssertPValues(NetlogitTerm term, List<double> distribution)
    {
        var finite = distribution.Where(double.IsFinite).ToList();
        var (less, greater, abs) = PValues(term.ZValue, finite, finite.Count);
        Assert.Equal(less, term.PLessOrEqual);
        Assert.Equal(greater, term.PGreaterOrEqual);
        Assert.Equal(abs, term.PAbsGreaterOrEqual);
    }

    [Fact]
    public void A_single_term_without_intercept_is_tested_on_relabelled_y_draw_by_draw()
    {
        var result = Netlogit.Fit(Matrix(6, Y6), [("x", Matrix(6, X6))], new MrqapOptions { Intercept = false, Permutations = 30, Seed = 4 });
        Assert.True(result.IsFitted);
        var distribution = QapMutationTests.Draws(4, 6, 30).Select(l => Z([X6], Relabel(6, Y6, l))).ToList();
        AssertPValues(result["x"], distribution);
    }

    [Fact]
    public void Each_term_is_tested_on_its_relabelled_residual_refitted_with_the_others_from_seed_plus_31_k()
    {
        var result = Netlogit.Fit(Matrix(6, Y6), [("x", Matrix(6, X6))], new MrqapOptions { Permutations = 30, Seed = 4 });
        Assert.True(result.IsFitted);
        double[][] columns = [[.. Enumerable.Repeat(1.0, 15)], X6];
        foreach (var (k, name) in new[] { (0, "intercept"), (1, "x") })
        {
            var others = columns.Where((_, a) => a != k).ToArray();
            var residual = Ols(others, columns[k]).Residual;
            var distribution = QapMutationTests.Draws(4 + (31 * k), 6, 30).Select(l => Z([.. others, Relabel(6, residual, l)], Y6)).ToList();
            AssertPValues(result[name], distribution);
        }
    }

    [Fact]
    public void A_binary_term_whose_zero_pairs_are_all_untied_is_separated()
    {
        // x = 1 on 01 02 03 04 (tied 01, 03), x = 0 on the other six pairs, none tied.
        var result = Netlogit.Fit(Matrix(5, [1, 0, 1, 0, 0, 0, 0, 0, 0, 0]), [("x", Matrix(5, [1, 1, 1, 1, 0, 0, 0, 0, 0, 0]))], new MrqapOptions { Permutations = 0 });
        Assert.Equal(["x"], result.Separated);
        Assert.False(result.Boundary);
        Assert.True(double.IsNaN(result["x"].Coefficient));
    }

    [Fact]
    public void A_continuous_term_that_separates_the_outcome_gives_a_boundary_fit_without_coefficients()
    {
        // Tied exactly where x > 0: the likelihood grows without end. The deviance, held by the pairs at ±1, settles
        // (the fit converges) while the pairs at ±10 already have fitted probabilities of numerically 0 and 1.
        double[] x = [-1, 1, -1, 1, -1, 1, -1, 1, -10, 10];
        Assert.True(NetlogitKernel.Logit([[.. Enumerable.Repeat(1.0, 10)], x], [.. x.Select(v => v > 0 ? 1.0 : 0)]).Converged);
        var result = Netlogit.Fit(Matrix(5, [.. x.Select(v => v > 0 ? 1.0 : 0)]), [("x", Matrix(5, x))], new MrqapOptions { Permutations = 10 });
        Assert.Empty(result.Separated);
        Assert.True(result.Boundary);
        Assert.False(result.IsFitted);
        Assert.True(double.IsNaN(result["x"].Coefficient));
        Assert.True(double.IsNaN(result["x"].PAbsGreaterOrEqual));
    }

    [Fact]
    public void A_term_that_sends_only_some_fitted_probabilities_to_1_gives_a_boundary_fit()
    {
        // x = 0 on six pairs (two tied), 1 on three (all tied), 10 on one (tied): the slope runs off to infinity, the
        // x = 0 pairs keep a fitted 1/3, the x = 1 pairs stop short of 1, and the x = 10 pair reaches 1 numerically.
        double[] x = [0, 0, 0, 0, 1, 1, 1, 0, 10, 0];
        double[] y = [1, 0, 1, 0, 1, 1, 1, 0, 1, 0];
        var result = Netlogit.Fit(Matrix(5, y), [("x", Matrix(5, x))], new MrqapOptions { Permutations = 0 });
        Assert.Empty(result.Separated);
        Assert.True(result.Boundary);
        Assert.True(double.IsNaN(result["x"].Coefficient));
    }

    [Fact]
    public void A_separation_at_plus_and_minus_1_is_stepped_by_glms_IRLS_until_the_deviance_settles()
    {
        // x = ±1, tied where x = 1, no intercept: glm.fit by hand, in its own arithmetic (μ = e^η/(1 + e^η),
        // dμ/dη = e^η/(1 + e^η)², weight (dμ/dη)²/(μ(1 − μ)), working response η + (y − μ)/(dμ/dη)), from μ = (y + ½)/2,
        // stopping when the deviance's change over (|deviance| + 0.1) is under 1e-8. Every step adds about 1 to the
        // slope; neither end reaches a fitted 0 or 1 before the deviance settles, so the large slope is reported.
        double[] x = [-1, 1, -1, 1, -1, 1, -1, 1, -1, 1];
        double[] y = [.. x.Select(v => v > 0 ? 1.0 : 0)];
        static double Mu(double eta) => Math.Exp(eta) / (1 + Math.Exp(eta));
        double Deviance(double[] mu) => y.Select((v, i) => v == 1 ? -2 * Math.Log(mu[i]) : -2 * Math.Log(1 - mu[i])).Sum();
        var eta = y.Select(v => Math.Log(((v + 0.5) / 2) / (1 - ((v + 0.5) / 2)))).ToArray();
        var mu = eta.Select(Mu).ToArray();
        double slope = 0, deviance = Deviance(mu);
        for (int step = 0; step < 25; step++)
        {
            double information = 0, score = 0;
            for (int i = 0; i < 10; i++)
            {
                double derivative = Math.Exp(eta[i]) / ((1 + Math.Exp(eta[i])) * (1 + Math.Exp(eta[i])));
                double w = derivative * derivative / (mu[i] * (1 - mu[i]));
                information += x[i] * w * x[i];
                score += x[i] * w * (eta[i] + ((y[i] - mu[i]) / derivative));
            }

            slope = score / Math.Sqrt(information) / Math.Sqrt(information);
            eta = [.. x.Select(v => v * slope)];
            mu = [.. eta.Select(Mu)];
            double next = Deviance(mu);
            bool settled = Math.Abs(next - deviance) / (Math.Abs(next) + 0.1) < 1e-8;
            deviance = next;
            if (settled)
            {
                break;
            }
        }

        var result = Netlogit.Fit(Matrix(5, y), [("x", Matrix(5, x))], new MrqapOptions { Intercept = false, Permutations = 0 });
        Assert.False(result.Boundary);
        Assert.InRange(slope, 24, 25);
        Assert.Equal(slope, result["x"].Coefficient, 1e-12);
        Assert.Equal(-deviance / 2, result.LogLikelihood, 1e-15);
    }

    [Fact]
    public void The_indexer_lists_the_terms_when_one_is_missing_and_ToString_gives_odds_ratios()
    {
        // The 2 × 2 table of NetlogitTests: intercept log(1/4), slope log 6.
        var x = Matrix(6, [1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        var y = Matrix(6, [1, 1, 1, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, 0]);
        var result = Netlogit.Fit(y, [("x", x)], new MrqapOptions { Permutations = 0 });
        Assert.Equal("intercept OR 0.25 (p NaN); x OR 6 (p NaN)", result.ToString());
        Assert.Equal("no term 'z'; terms: intercept, x",
            Assert.Throws<KeyNotFoundException>(() => result["z"]).Message);
    }

    [Fact]
    public void With_as_many_terms_as_pairs_or_every_term_aliased_there_is_no_likelihood()
    {
        var y = Matrix(3, [1, 0, 0]);
        var saturated = Netlogit.Fit(y, [("a", Matrix(3, [1, 0.5, 0])), ("b", Matrix(3, [0, 1, 0.5]))], new MrqapOptions { Permutations = 0 });
        Assert.True(double.IsNaN(saturated.LogLikelihood));
        Assert.True(double.IsNaN(saturated.Aic));
        Assert.All(saturated.Terms, t => Assert.True(double.IsNaN(t.Coefficient)));

        var zero = Netlogit.Fit(y, [("zero", Matrix(3, [0, 0, 0]))], new MrqapOptions { Intercept = false, Permutations = 0 });
        Assert.True(double.IsNaN(zero.LogLikelihood));
        Assert.True(double.IsNaN(zero["zero"].Coefficient));
    }

    [Fact]
    public void A_term_within_a_relative_1e_7_of_the_others_is_aliased_and_one_just_outside_is_not()
    {
        // As in MRQAP: near = 10 + r·u, u the centred x scaled to norm 1: its residual on the intercept is r, against a
        // norm of about √(15·100) ≈ 38.7.
        double mean = X6.Average(), norm = Math.Sqrt(X6.Sum(v => (v - mean) * (v - mean)));
        double[] Near(double residual) => [.. X6.Select(v => 10 + (residual * (v - mean) / norm))];
        var aliased = Netlogit.Fit(Matrix(6, Y6), [("near", Matrix(6, Near(1e-7)))], new MrqapOptions { Permutations = 0 });
        Assert.True(double.IsNaN(aliased["near"].Coefficient));
        // Left out, the fit is the intercept's alone: 6 tied of 15, log-likelihood 6·ln 0.4 + 9·ln 0.6, one term fitted.
        Assert.True(aliased.IsFitted);
        Assert.Equal((6 * Math.Log(0.4)) + (9 * Math.Log(0.6)), aliased.LogLikelihood, 9);
        Assert.Equal((-2 * aliased.LogLikelihood) + 2, aliased.Aic, 12);
        var kept = Netlogit.Fit(Matrix(6, Y6), [("near", Matrix(6, Near(1e-4)))], new MrqapOptions { Permutations = 0 });
        Assert.False(double.IsNaN(kept["near"].Coefficient));
    }

    [Fact]
    public void An_outcome_other_than_0_or_1_is_refused_with_the_value_found()
    {
        var error = Assert.Throws<ArgumentException>(() => Netlogit.Fit(Matrix(3, [1, 2, 0]), [("x", Matrix(3, [1, 0, 0]))]));
        Assert.Equal("The outcome must be 0 or 1 for every pair; found 2. (Parameter 'y')", error.Message);
    }

    [Fact]
    public void Null_arguments_and_a_cancelled_token_are_refused()
    {
        Assert.Throws<ArgumentNullException>(() => Netlogit.Fit(null!, [("x", Matrix(3, [1, 0, 0]))]));
        Assert.Throws<ArgumentNullException>(() => Netlogit.Fit(Matrix(3, [1, 0, 0]), null!));
        Assert.Throws<ArgumentNullException>(() => Netlogit.Fit((CooperationDataset)null!));
        var cancelled = new CancellationToken(canceled: true);
        var options = new MrqapOptions { Permutations = 0 };
        Assert.Throws<OperationCanceledException>(() => Netlogit.Fit(Matrix(6, Y6), [("x", Matrix(6, X6))], options, cancelled));
        using var data = TempDataset.With();
        Assert.Throws<OperationCanceledException>(() => Netlogit.Fit(data.Load(), options: options, cancellationToken: cancelled));
    }
}
