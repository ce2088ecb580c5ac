using System.Text.Json;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Mixing;

public class EITestTests
{
    private static readonly Sector Ops = new("OPS", "ośrodek", "centre");
    private static readonly Sector School = new("SCHOOL", "szkoła", "school");

    private static Institution[] FourInstitutions() =>
        [new("A", "A", Ops), new("B", "B", Ops), new("C", "C", School), new("D", "D", School)];

    [Fact]
    public void Observed_expected_and_p_values_match_the_six_equally_likely_sector_assignments()
    {
        // Path C–A–B–D with A, B in one sector: ties A–C and B–D across, A–B within: E-I = (2 − 1)/3 = 1/3.
        // Possible pairs: 6, within-sector 2: expected (4 − 2)/6 = 1/3.
        // Shuffled sectors: the pair holding one sector is {A,B} or {C,D} (E-I 1/3), {A,C} or {B,D} (−1/3), {A,D} or {B,C} (1):
        // P(E-I ≥ 1/3) = 4/6, P(E-I ≤ 1/3) = 4/6.
        var test = EITest.Compute(FourInstitutions(), [(0, 2), (1, 3), (0, 1)], 5000, 7);
        Assert.Equal(1 / 3.0, test.Observed, 15);
        Assert.Equal(1 / 3.0, test.Expected, 15);
        double se = Math.Sqrt((4 / 6.0) * (2 / 6.0) / 5000);
        Assert.InRange(test.PGreaterOrEqual, (4 / 6.0) - (4 * se), (4 / 6.0) + (4 * se));
        Assert.InRange(test.PLessOrEqual, (4 / 6.0) - (4 * se), (4 / 6.0) + (4 * se));
        Assert.Equal(test, EITest.Compute(FourInstitutions(), [(0, 2), (1, 3), (0, 1)], 5000, 7));
    }

    [Fact]
    public void Without_ties_or_permutations_the_p_values_are_undefined()
    {
        var none = EITest.Compute(FourInstitutions(), [], 100, 1);
        Assert.True(double.IsNaN(none.Observed) && double.IsNaN(none.PGreaterOrEqual));
        Assert.True(double.IsNaN(EITest.Compute(FourInstitutions(), [(0, 1)], 0, 1).PLessOrEqual));
        Assert.Equal(-1, EITest.Compute(FourInstitutions(), [(0, 1)], 0, 1).Observed);
    }

    [Fact]
    public void The_analysis_writes_eiTest_and_netlogit_to_gaps_json_and_the_report_says_what_they_assume()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = CooperationAnalysis.Run(loniow, new() { Permutations = 50, Seed = 9 });
        Assert.Equal(result.Mixing.EIIndex, result.Statistics!.EITest.Observed, 15);
        Assert.Equal(5000, result.Statistics.EITest.Permutations);

        using var json = JsonDocument.Parse(ResultJson.ToJson(result));
        var ei = json.RootElement.GetProperty("eiTest");
        Assert.Equal(["observed", "expected", "pGreaterOrEqual", "pLessOrEqual"], ei.EnumerateObject().Select(p => p.Name));
        var netlogit = json.RootElement.GetProperty("netlogit");
        Assert.Equal(["pairs", "logLikelihood", "aic", "terms"], netlogit.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["term", "coefficient", "standardError", "z", "p", "oddsRatio"], netlogit.GetProperty("terms")[1].EnumerateObject().Select(p => p.Name));
        Assert.Equal(4.5085689846488881, netlogit.GetProperty("terms")[1].GetProperty("coefficient").GetDouble(), 1e-6);

        string html = HtmlReport.Render(result, new() { Plotly = PlotlyScript.Cdn });
        Assert.Contains("had 90.79 times the odds of taking part in a joint action together", html, StringComparison.Ordinal);
        Assert.Contains("What the E-I test assumes", html, StringComparison.Ordinal);
        Assert.Contains("What the QAP p-values assume", html, StringComparison.Ordinal);

        var overTime = CooperationAnalysis.Run(loniow, new() { Permutations = 0 });
        Assert.Null(overTime.Statistics);
        using var without = JsonDocument.Parse(ResultJson.ToJson(overTime));
        Assert.Equal(JsonValueKind.Null, without.RootElement.GetProperty("eiTest").ValueKind);
    }
}
