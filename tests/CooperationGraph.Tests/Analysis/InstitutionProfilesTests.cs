using System.Globalization;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Analysis;

/// <summary>Profiles by hand and on Łoniów: ranks and percentiles against SciPy, carried links against the NetworkX
/// brute force of Fixtures/Profiles (see generate.py there).</summary>
public sealed class InstitutionProfilesTests
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Profiles");

    private static readonly AnalysisResult Loniow = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new AnalysisOptions { Permutations = 0 });

    private static readonly IReadOnlyList<InstitutionProfile> Profiles = InstitutionProfiles.Of(Loniow);

    [Fact]
    public void Ranks_are_competition_ranks_from_the_top_and_percentiles_count_values_at_or_below()
    {
        var (rank, percentile, count) = InstitutionProfiles.Rank([3, 1, 3, double.NaN, 2]);

        Assert.Equal([1, 4, 1, null, 3], rank);
        Assert.Equal([100, 25, 100, double.NaN, 50], percentile);
        Assert.Equal(4, count);
    }

    [Fact]
    public void Every_rank_and_percentile_of_loniow_equals_scipy()
    {
        var rows = File.ReadLines(Path.Combine(Fixtures, "loniow.ranks.csv")).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(Profiles.Count * InstitutionProfiles.EgoColumns.Count + (Profiles.Count * 11), rows.Count);
        foreach (var row in rows)
        {
            var measure = Profiles.Single(p => p.Institution.Id == row[0]).Measure(row[1])!;
            if (row[2].Length == 0)
            {
                Assert.True(double.IsNaN(measure.Value) && measure.Rank is null && double.IsNaN(measure.Percentile), $"{row[0]} {row[1]}");
                continue;
            }

            Assert.Equal(double.Parse(row[2], CultureInfo.InvariantCulture), measure.Value, 12);
            Assert.True(int.Parse(row[3], CultureInfo.InvariantCulture) == measure.Rank, $"{row[0]} {row[1]}: rank {measure.Rank}, scipy {row[3]}");
            Assert.Equal(double.Parse(row[4], CultureInfo.InvariantCulture), measure.Percentile, 12);
        }
    }

    [Fact]
    public void The_social_assistance_centre_of_loniow_ranks_first_in_degree_and_realises_eight_links()
    {
        var ops = Profiles.Single(p => p.Institution.Id == "OPS_LONIOW");

        Assert.Equal(17, ops.Partners.Count);
        Assert.Equal(new ProfileMeasure("degree", 17, 1, 100, 20), ops.Measure("degree"));
        Assert.Equal(20, ops.JointActions.Count);
        Assert.Equal(ops.JointActions.OrderBy(a => a.Date), ops.JointActions);
        Assert.Equal(["OPS–PCPR", "OPS–PUP", "OPS–SCHOOL", "OPS–POLICE", "HEALTH–OPS", "NGO–OPS", "INTERDISCIPLINARY_TEAM–OPS", "CULTURE–OPS"], ops.RealisedLinks.Select(l => l.ToString()));
        Assert.Empty(ops.CarriedLinks);
        Assert.True(ops.IsArticulationPoint);
        Assert.Equal(Loniow.Brokerage["OPS_LONIOW"].Observed, ops.Brokerage);
        Assert.Equal(Loniow.Communities.CommunityOf("OPS_LONIOW"), ops.Community);
    }

    [Fact]
    public void The_links_each_institution_carries_alone_equal_the_networkx_brute_force()
    {
        var expected = File.ReadLines(Path.Combine(Fixtures, "loniow.carriers.csv")).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(','))
            .SelectMany(r => r[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => (Id: id, Link: Unordered(r[0], r[1]))))
            .Order().ToList();

        Assert.Equal(expected, Profiles.SelectMany(p => p.CarriedLinks.Select(l => (p.Institution.Id, Link: Unordered(l.First.Code, l.Second.Code)))).Order());
        Assert.Equal(["OPS–PCPR"], Profiles.Single(p => p.Institution.Id == "PCPR_SANDOMIERZ").CarriedLinks.Select(l => l.ToString()));
    }

    private static string Unordered(string first, string second) => string.CompareOrdinal(first, second) <= 0 ? $"{first}–{second}" : $"{second}–{first}";

    [Fact]
    public void An_ego_network_is_the_institution_its_partners_and_the_ties_among_them()
    {
        var ego = Loniow.Network.Ego("OPS_LONIOW");
        var row = Loniow.Ego.Single(e => e.Id == "OPS_LONIOW");

        Assert.Equal("OPS_LONIOW", ego.Institutions[0].Id);
        Assert.Equal(row.Size + 1, ego.Institutions.Count);
        Assert.Equal(row.Size + row.Ties, ego.Ties.Count);
        Assert.All(ego.Ties, t => Assert.Equal(Loniow.Network.Weight(t.SourceId, t.TargetId), t.Weight));
        Assert.Equal(row.Size, ego.Degree("OPS_LONIOW"));
    }
}
