using System.Globalization;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Qap;

public class NetlogitTests
{
    private const int Permutations = 2000;
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Netlogit");

    public static TheoryData<string> RandomCases() => ["random1", "random2"];

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Random_matrices_give_sna_netlogit_coefficients_standard_errors_z_and_p_values_within_Monte_Carlo_error(string name)
    {
        var result = Netlogit.Fit(Matrix($"{name}.y.csv"), [("x1", Matrix($"{name}.x1.csv")), ("x2", Matrix($"{name}.x2.csv")), ("x3", Matrix($"{name}.x3.csv"))],
            new MrqapOptions { Permutations = Permutations, Seed = 11 });
        AssertEqualsReference(name, result);
    }

    [Fact]
    public void Loniow_declared_ties_raise_the_odds_of_enacted_ties_as_in_sna_netlogit()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = Netlogit.Fit(loniow, options: new MrqapOptions { Permutations = Permutations, Seed = 5 });

        Assert.NotNull(result);
        Assert.Equal(["intercept", "declared", "same_sector", "same_unit"], result.Terms.Select(t => t.Name));
        AssertEqualsReference("loniow", result);
        Assert.Equal(190, result.Pairs);
        Assert.True(result.IsFitted);
    }

    [Fact]
    public void Above_MaxLogisticInstitutions_netlogit_is_left_out_MRQAP_kept_and_the_report_says_so()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        Assert.Equal(200, new MrqapOptions().MaxLogisticInstitutions);
        Assert.Null(Netlogit.Fit(loniow, options: new MrqapOptions { Permutations = 0, MaxLogisticInstitutions = 19 }));
        Assert.NotNull(Netlogit.Fit(loniow, options: new MrqapOptions { Permutations = 0, MaxLogisticInstitutions = 20 }));

        var result = CooperationAnalysis.Run(loniow, new() { Permutations = 10, Regression = new() { MaxLogisticInstitutions = 19 } });
        Assert.Null(result.LayerAgreement.Logistic);
        Assert.NotNull(result.LayerAgreement.Regression);
        string html = HtmlReport.Render(result, new() { Plotly = PlotlyScript.Cdn });
        Assert.Contains("The logistic network regression is left out above 19 institutions", html, StringComparison.Ordinal);
        Assert.DoesNotContain("left out above", HtmlReport.Render(CooperationAnalysis.Run(loniow, new() { Permutations = 10 }), new() { Plotly = PlotlyScript.Cdn }), StringComparison.Ordinal);
    }

    [Fact]
    public void Coefficients_equal_statsmodels_Logit_to_1e_8()
    {
        foreach (var row in File.ReadLines(Path.Combine(FixtureFolder, "statsmodels.csv")).Skip(1).Select(l => l.Split(',')))
        {
            string name = row[0];
            string[] predictors = name == "loniow" ? ["declared", "same_sector", "same_unit"] : ["x1", "x2", "x3"];
            var result = Netlogit.Fit(Matrix($"{name}.y.csv"), [.. predictors.Select(p => (p, Matrix($"{name}.{p}.csv")))], new MrqapOptions { Permutations = 0 });
            string term = row[1] == "const" ? "intercept" : row[1];
            Assert.True(Math.Abs(D(row[2]) - result[term].Coefficient) < 1e-8, $"{name} {term}: {result[term].Coefficient} vs {row[2]}");
            Assert.True(Math.Abs(D(row[3]) - result.LogLikelihood) < 1e-8, $"{name} log-likelihood");
        }
    }

    [Fact]
    public void A_term_true_only_where_the_outcome_is_true_is_reported_as_separation_not_a_huge_coefficient()
    {
        // Path 0-1-2-3 on 5 nodes: y = x exactly on the pairs where x is 1, and 0 elsewhere except one pair tied without x.
        var y = Symmetric(5, (0, 1, 1), (1, 2, 1), (2, 3, 1), (0, 4, 1));
        var x = Symmetric(5, (0, 1, 1), (1, 2, 1), (2, 3, 1));
        var result = Netlogit.Fit(y, [("x", x)], new MrqapOptions { Permutations = 50 });
        Assert.Equal(["x"], result.Separated);
        Assert.False(result.IsFitted);
        Assert.True(double.IsNaN(result["x"].Coefficient));
        Assert.True(double.IsNaN(result["x"].PAbsGreaterOrEqual));
    }

    [Fact]
    public void By_hand_a_single_binary_term_has_the_log_odds_ratio_of_its_two_by_two_table()
    {
        // 6 nodes, 15 pairs. x = 1 on 5 pairs, 3 tied; x = 0 on 10 pairs, 2 tied. Intercept = log(2/8), slope = log((3/2)/(2/8)) = log 6.
        var x = Symmetric(6, (0, 1, 1), (0, 2, 1), (0, 3, 1), (0, 4, 1), (0, 5, 1));
        var y = Symmetric(6, (0, 1, 1), (0, 2, 1), (0, 3, 1), (1, 2, 1), (3, 4, 1));
        var result = Netlogit.Fit(y, [("x", x)], new MrqapOptions { Permutations = 0 });
        Assert.Equal(Math.Log(0.25), result["intercept"].Coefficient, 1e-9);
        Assert.Equal(Math.Log(6), result["x"].Coefficient, 1e-9);
        Assert.Equal(6, result["x"].OddsRatio, 1e-8);
        // Woolf: SE² = 1/3 + 1/2 + 1/2 + 1/8 at the maximum; ours, like R's glm, takes the weights of the last IRLS step (1e-5 away here).
        Assert.Equal(Math.Sqrt((1 / 3.0) + 0.5 + 0.5 + 0.125), result["x"].StandardError, 1e-5);
        Assert.Throws<ArgumentException>(() => Netlogit.Fit(Symmetric(6, (0, 1, 2)), [("x", x)]));
    }

    [Fact]
    public void The_same_seed_gives_the_same_p_values()
    {
        var y = Matrix("random1.y.csv");
        (string, double[,])[] x = [("x1", Matrix("random1.x1.csv")), ("x2", Matrix("random1.x2.csv"))];
        var a = Netlogit.Fit(y, x, new MrqapOptions { Permutations = 100, Seed = 3 });
        var b = Netlogit.Fit(y, x, new MrqapOptions { Permutations = 100, Seed = 3 });
        Assert.Equal(a.Terms, b.Terms);
    }

    private static void AssertEqualsReference(string name, NetlogitResult result)
    {
        var terms = File.ReadLines(Path.Combine(FixtureFolder, "terms.csv")).Skip(1).Select(l => l.Split(',')).Where(p => p[0] == name).ToList();
        var caseRow = File.ReadLines(Path.Combine(FixtureFolder, "cases.csv")).Skip(1).Select(l => l.Split(',')).Single(p => p[0] == name);
        int reps = int.Parse(caseRow[6], CultureInfo.InvariantCulture);
        Assert.Equal(D(caseRow[4]), result.LogLikelihood, 1e-6);
        Assert.Equal(D(caseRow[5]), result.Aic, 1e-6);
        Assert.Equal(terms.Count, result.Terms.Count);
        foreach (var row in terms)
        {
            var term = result[row[1]];
            Assert.True(Math.Abs(D(row[2]) - term.Coefficient) < 1e-6, $"{name} {row[1]} coefficient {term.Coefficient} vs {row[2]}");
            Assert.True(Math.Abs(D(row[3]) - term.StandardError) < 1e-6, $"{name} {row[1]} SE {term.StandardError} vs {row[3]}");
            Assert.True(Math.Abs(D(row[4]) - term.ZValue) < 1e-6, $"{name} {row[1]} z {term.ZValue} vs {row[4]}");
            (double Ours, double Theirs)[] ps = [(term.PLessOrEqual, D(row[5])), (term.PGreaterOrEqual, D(row[6])), (term.PAbsGreaterOrEqual, D(row[7]))];
            foreach (var (ours, theirs) in ps)
            {
                // Both are Monte Carlo estimates: the difference has variance p(1 − p)(1/ours + 1/theirs); allow 3 standard errors, and at least 0.01.
                double p = (ours + theirs) / 2;
                double se = Math.Sqrt(p * (1 - p) * ((1.0 / result.Permutations) + (1.0 / reps)));
                Assert.True(Math.Abs(ours - theirs) <= Math.Max(3 * se, 0.01), $"{name} {row[1]}: p {ours} vs sna {theirs}");
            }
        }
    }

    private static double D(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    private static double[,] Matrix(string file)
    {
        var rows = File.ReadLines(Path.Combine(FixtureFolder, file)).Select(l => l.Split(',').Select(D).ToArray()).ToArray();
        var matrix = new double[rows.Length, rows.Length];
        for (int i = 0; i < rows.Length; i++)
        {
            for (int j = 0; j < rows.Length; j++)
            {
                matrix[i, j] = rows[i][j];
            }
        }

        return matrix;
    }

    private static double[,] Symmetric(int n, params (int I, int J, double Value)[] cells)
    {
        var matrix = new double[n, n];
        foreach (var (i, j, value) in cells)
        {
            matrix[i, j] = matrix[j, i] = value;
        }

        return matrix;
    }
}
