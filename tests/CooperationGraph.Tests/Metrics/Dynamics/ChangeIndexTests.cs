using System.Globalization;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Dynamics;

public class ChangeIndexTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "ChangeIndices");

    [Fact]
    public void Four_institution_quarters_by_hand()
    {
        // Q1 {AB, AC, BC, CD}; Q2 {AB, AC}: N11 = 2, N10 = 2, N01 = 0, P = 6.
        var result = OverTime.Analyze(FourInstitutions.Dataset, new AnalysisOptions { Model = FourInstitutions.Model }, new OverTimeOptions { Every = WindowPeriod.Quarter });
        Assert.Equal([ChangeIndex.None, new ChangeIndex(0.5, 2, 0.0, 0.5)], result.Changes);
    }

    [Fact]
    public void Loniow_quarters_match_a_count_of_the_pairs_by_hand()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = OverTime.Analyze(loniow, overTime: new OverTimeOptions { Every = WindowPeriod.Quarter });

        // (N11, N10, N01) from 2018-Q4 to 2021-Q1, counted from actions.csv and participations.csv outside this library:
        // the pairs of each action whose days meet the quarter. P = 20·19/2 = 190.
        (int Both, int Before, int Now)[] counts = [(26, 10, 7), (22, 11, 2), (6, 18, 9), (6, 9, 30), (15, 21, 0), (3, 12, 15), (4, 14, 3), (7, 0, 14), (10, 11, 3), (10, 3, 0)];
        Assert.Equal(counts.Length + 1, result.Changes.Count);
        Assert.Equal(ChangeIndex.None, result.Changes[0]);
        for (int w = 0; w < counts.Length; w++)
        {
            var (both, before, now) = counts[w];
            var change = result.Changes[w + 1];
            Assert.Equal((double)both / (both + before + now), change.Jaccard!.Value, 15);
            Assert.Equal(before + now, change.Hamming);
            Assert.Equal((double)now / (190 - both - before), change.FormationRate!.Value, 15);
            Assert.Equal((double)before / (both + before), change.DissolutionRate!.Value, 15);
        }

        // 2018-Q4 by hand: 26 of the 43 pairs tied in either quarter are tied in both; 7 of the 154 untied pairs formed.
        Assert.Equal(26 / 43.0, result.Changes[1].Jaccard!.Value, 15);
        Assert.Equal(7 / 154.0, result.Changes[1].FormationRate!.Value, 15);
        var frame = result.ToDataFrame();
        Assert.Equal(["jaccard", "hamming", "formation_rate", "dissolution_rate"], frame.Columns.Select(c => c.Name).TakeLast(4));
        Assert.Null(frame.Columns["jaccard"][0]);
        Assert.Equal(17, frame.Columns["hamming"][1]);
    }

    [Fact]
    public void Hamming_equals_sna_hdist_and_the_rates_equal_the_R_reference()
    {
        string[] lines = File.ReadAllLines(Path.Combine(FixtureFolder, "cases.csv"));
        Assert.Equal(9, lines.Length);
        foreach (string line in lines.Skip(1))
        {
            string[] f = line.Split(',');
            int n = int.Parse(f[1], CultureInfo.InvariantCulture);
            var before = Edges(f[2]);
            var now = Edges(f[3]);
            var change = ChangeIndex.Of(before.Intersect(now).Count(), before.Except(now).Count(), now.Except(before).Count(), n * (n - 1) / 2);
            Assert.True(int.Parse(f[4], CultureInfo.InvariantCulture) == change.Hamming, f[0]);
            AssertRatio(f[5], change.Jaccard, f[0]);
            AssertRatio(f[6], change.FormationRate, f[0]);
            AssertRatio(f[7], change.DissolutionRate, f[0]);
        }
    }

    [Fact]
    public void Counts_beyond_the_pairs_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ChangeIndex.Of(3, 2, 2, 6));
        Assert.Throws<ArgumentOutOfRangeException>(() => ChangeIndex.Of(-1, 0, 0, 6));
    }

    private static HashSet<string> Edges(string list) => [.. list.Split(' ', StringSplitOptions.RemoveEmptyEntries)];

    private static void AssertRatio(string expected, double? actual, string name)
    {
        if (expected == "NA")
        {
            Assert.True(actual is null, name);
        }
        else
        {
            Assert.True(actual is { } a && Math.Abs(a - double.Parse(expected, CultureInfo.InvariantCulture)) < 1e-15, name);
        }
    }
}
