using System.Globalization;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Gaps;

public class MrqapTests
{
    private const int Permutations = 2000;
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mrqap");

    public static TheoryData<string> RandomCases() => ["random1", "random2"];

    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Matrices_give_sna_netlm_coefficients_and_p_values_within_Monte_Carlo_error(string name)
    {
        var result = Mrqap.Fit(Matrix($"{name}.y.csv"), [("x1", Matrix($"{name}.x1.csv")), ("x2", Matrix($"{name}.x2.csv")), ("x3", Matrix($"{name}.x3.csv"))],
            new MrqapOptions { Permutations = Permutations, Seed = 11 });
        AssertEqualsReference(name, result);
    }

    [Fact]
    public void Loniow_declared_ties_predict_enacted_ties_as_in_sna_netlm()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = Mrqap.Fit(loniow, options: new MrqapOptions { Permutations = Permutations, Seed = 5 });

        Assert.NotNull(result);
        Assert.Equal(["intercept", "declared", "same_sector", "same_unit"], result.Terms.Select(t => t.Name));
        AssertEqualsReference("loniow", result);
        Assert.Equal(190, result.Pairs);
    }

    [Fact]
    public void By_hand_y_equal_to_the_predictor_has_slope_one_and_a_constant_term_is_aliased()
    {
        // Path 0-1-2-3 on 4 nodes: pairs (01, 02, 03, 12, 13, 23) = (1, 0, 0, 1, 0, 1). y = 2·x + 1 exactly.
        var x = Symmetric(4, (0, 1, 1), (1, 2, 1), (2, 3, 1));
        var y = Symmetric(4, (0, 1, 3), (1, 2, 3), (2, 3, 3), (0, 2, 1), (0, 3, 1), (1, 3, 1));
        var ones = Symmetric(4, (0, 1, 1), (0, 2, 1), (0, 3, 1), (1, 2, 1), (1, 3, 1), (2, 3, 1));
        var result = Mrqap.Fit(y, [("x", x), ("constant", ones)], new MrqapOptions { Permutations = 0 });

        Assert.Equal(1.0, result["intercept"].Coefficient, 12);
        Assert.Equal(2.0, result["x"].Coefficient, 12);
        Assert.True(double.IsNaN(result["constant"].Coefficient));
        Assert.True(double.IsNaN(result["x"].PAbsGreaterOrEqual));
        Assert.Equal(1.0, result.RSquared, 12);
    }

    [Fact]
    public void Same_seed_same_p_values_and_the_data_frame_has_nulls_for_undefined()
    {
        var y = Matrix("random1.y.csv");
        (string, double[,])[] x = [("x1", Matrix("random1.x1.csv")), ("x1 again", Matrix("random1.x1.csv"))];
        var a = Mrqap.Fit(y, x, new MrqapOptions { Permutations = 200, Seed = 3 });
        var b = Mrqap.Fit(y, x, new MrqapOptions { Permutations = 200, Seed = 3 });
        Assert.Equal(a.Terms, b.Terms);

        var frame = a.ToDataFrame();
        Assert.Equal(3, frame.Rows.Count);
        Assert.Equal("x1 again", frame.Columns["term"][2]);
        Assert.Null(frame.Columns["coefficient"][2]);
        Assert.Equal(a["x1"].Coefficient, (double)frame.Columns["coefficient"][1]!);
    }

    [Fact]
    public void A_network_above_the_size_limit_is_left_out_and_a_covariate_is_a_further_term()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        Assert.Null(Mrqap.Fit(loniow, options: new MrqapOptions { MaxInstitutions = 19 }));

        var covariate = new DyadicCovariate("both_gmina_level", (a, b) => a.Level == TerritorialLevel.Gmina && b.Level == TerritorialLevel.Gmina ? 1 : 0);
        var result = Mrqap.Fit(loniow, options: new MrqapOptions { Permutations = Permutations, Seed = 5, Covariates = [covariate] })!;
        Assert.Equal("both_gmina_level", result.Terms[^1].Name);
        AssertEqualsReference("loniow_gmina_level", result);
        Assert.Throws<ArgumentException>(() => Mrqap.Fit(loniow, options: new MrqapOptions { Covariates = [covariate with { Name = "declared" }] }));
    }

    [Fact]
    public void The_gap_analysis_carries_it_into_gaps_json_and_the_report()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = CooperationAnalysis.Run(loniow, new() { Permutations = 100, Seed = 9 });
        var mrqap = result.LayerAgreement.Regression!;
        Assert.Equal(0.77669315697365626, mrqap["declared"].Coefficient, 1e-9);
        Assert.Equal(100, mrqap.Permutations);

        using var json = System.Text.Json.JsonDocument.Parse(ResultJson.ToJson(result));
        var terms = json.RootElement.GetProperty("mrqap").GetProperty("terms");
        Assert.Equal("declared", terms[1].GetProperty("term").GetString());
        Assert.Equal(mrqap["declared"].Coefficient, terms[1].GetProperty("coefficient").GetDouble());
        Assert.Equal(mrqap["declared"].PAbsGreaterOrEqual, terms[1].GetProperty("pAbsGreaterOrEqual").GetDouble());

        string html = HtmlReport.Render(result, new() { Plotly = PlotlyScript.Cdn });
        Assert.Contains("were 77.7 percentage points more likely to take part in a joint action together", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_collinear_term_has_no_estimate_and_the_report_says_why()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var constant = new DyadicCovariate("everyone", (_, _) => 1);
        var result = CooperationAnalysis.Run(loniow, new() { Permutations = 10, Regression = new MrqapOptions { Covariates = [constant] } });

        Assert.True(double.IsNaN(result.LayerAgreement.Regression!["everyone"].Coefficient));
        string html = HtmlReport.Render(result, new() { Plotly = PlotlyScript.Cdn });
        Assert.Contains("<td>everyone</td>", html, StringComparison.Ordinal);
        Assert.Contains("Enacted ties regressed on declared ties, same sector, same unit, everyone: 190 pairs", html, StringComparison.Ordinal);
        Assert.Contains("no estimate: this term is constant, or a combination of the others, across the pairs (collinear)", html, StringComparison.Ordinal);
    }

    private static void AssertEqualsReference(string name, MrqapResult result)
    {
        var terms = File.ReadLines(Path.Combine(FixtureFolder, "terms.csv")).Skip(1).Select(l => l.Split(',')).Where(p => p[0] == name).ToList();
        var caseRow = File.ReadLines(Path.Combine(FixtureFolder, "cases.csv")).Skip(1).Select(l => l.Split(',')).Single(p => p[0] == name);
        int reps = int.Parse(caseRow[3], CultureInfo.InvariantCulture);
        Assert.Equal(D(caseRow[2]), result.RSquared, 1e-9);
        Assert.Equal(terms.Count, result.Terms.Count);
        foreach (var row in terms)
        {
            var term = result[row[1]];
            Assert.Equal(D(row[2]), term.Coefficient, 1e-9);
            Assert.Equal(D(row[3]), term.TValue, 1e-9 * Math.Max(1, Math.Abs(D(row[3]))));
            (double Ours, double Theirs)[] ps = [(term.PLessOrEqual, D(row[4])), (term.PGreaterOrEqual, D(row[5])), (term.PAbsGreaterOrEqual, D(row[6]))];
            foreach (var (ours, theirs) in ps)
            {
                // Two independent Monte Carlo estimates: the difference has standard error √(2p(1 − p)/P); allow 4 of them.
                double p = (ours + theirs) / 2;
                double slack = (4 * Math.Sqrt(2 * p * (1 - p) / Math.Min(reps, Permutations))) + (2.0 / Permutations);
                Assert.InRange(ours, theirs - slack, theirs + slack);
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
