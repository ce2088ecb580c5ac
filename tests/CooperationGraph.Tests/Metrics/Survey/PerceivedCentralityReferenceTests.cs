using System.Globalization;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Survey;

/// <summary>
/// Centrality of the perceived network under both rules against NetworkX 2.8.8 and Spearman's ρ against SciPy 1.10.1
/// (Fixtures/PerceivedCentrality, generate.py): the hand case, two random surveys of 30 and 60 invited institutions
/// and the Łoniów sample.
/// </summary>
public class PerceivedCentralityReferenceTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "PerceivedCentrality");

    public static TheoryData<string> Cases => ["hand", "random1", "random2", "loniow"];

    private static PerceivedCentrality Compute(string name)
    {
        if (name == "loniow")
        {
            var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
            return PerceivedCentralityAnalysis.Compute(loniow);
        }

        using var data = name == "hand" ? SurveyByHandTests.Case() : SurveyReferenceTests.Random(name);
        return PerceivedCentralityAnalysis.Compute(data.Load());
    }

    private static double Number(string cell) => cell.Length == 0 ? double.NaN : double.Parse(cell, CultureInfo.InvariantCulture);

    [Theory]
    [MemberData(nameof(Cases))]
    public void Per_institution_values_equal_networkx(string name)
    {
        var expected = File.ReadAllLines(Path.Combine(Folder, name + ".csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var rows = Compute(name).Rows;

        Assert.Equal(expected.Select(e => e[0]), rows.Select(r => r.InstitutionId));
        Assert.Equal(expected.Select(e => e[1] == "true"), rows.Select(r => r.Responded));
        Assert.Equal(expected.Select(e => (int)Number(e[2])), rows.Select(r => r.WeakDegree));
        Assert.Equal(expected.Select(e => Number(e[3])), rows.Select(r => r.WeakDegreeCentrality), Tolerance);
        Assert.Equal(expected.Select(e => Number(e[4])), rows.Select(r => r.WeakBetweenness), Tolerance);
        Assert.Equal(expected.Select(e => e[5].Length == 0 ? (int?)null : int.Parse(e[5], CultureInfo.InvariantCulture)), rows.Select(r => r.StrongDegree));
        Assert.Equal(expected.Select(e => Number(e[6])), rows.Select(r => r.StrongDegreeCentrality), Tolerance);
        Assert.Equal(expected.Select(e => Number(e[7])), rows.Select(r => r.StrongBetweenness), Tolerance);
        Assert.Equal(expected.Select(e => e[8].Length == 0 ? (int?)null : int.Parse(e[8], CultureInfo.InvariantCulture)), rows.Select(r => r.WeakRank));
        Assert.Equal(expected.Select(e => e[9].Length == 0 ? (int?)null : int.Parse(e[9], CultureInfo.InvariantCulture)), rows.Select(r => r.StrongRank));
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Network_figures_equal_networkx_and_spearman_equals_scipy(string name)
    {
        var e = File.ReadAllLines(Path.Combine(Folder, "expected.csv")).Skip(1).Select(l => l.Split(',')).Single(f => f[0] == name)
            .Skip(1).Select(Number).ToArray();
        var c = Compute(name);
        var degree = c.SensitivityOf(CentralityMeasure.Degree);
        var betweenness = c.SensitivityOf(CentralityMeasure.Betweenness);

        Assert.Equal((int)e[0], c.WeakTies);
        Assert.Equal(e[1], c.WeakDensity, Tolerance);
        Assert.Equal(e[2], degree.WeakCentralization, Tolerance);
        Assert.Equal(e[3], betweenness.WeakCentralization, Tolerance);
        Assert.Equal((int)e[4], c.StrongTies);
        Assert.Equal(e[5], c.StrongDensity, Tolerance);
        Assert.Equal(e[6], degree.StrongCentralization, Tolerance);
        Assert.Equal(e[7], betweenness.StrongCentralization, Tolerance);
        Assert.Equal(e[8], degree.RankCorrelation, Tolerance);
        Assert.Equal(e[9], betweenness.RankCorrelation, Tolerance);
    }

    private static readonly IEqualityComparer<double> Tolerance = EqualityComparer<double>.Create((x, y) => (double.IsNaN(x) && double.IsNaN(y)) || Math.Abs(x - y) < 1e-12, _ => 0);
}
