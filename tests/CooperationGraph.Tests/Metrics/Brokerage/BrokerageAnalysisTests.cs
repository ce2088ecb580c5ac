using System.Globalization;
using CooperationGraph.Metrics.Brokerage;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Brokerage;

public class BrokerageAnalysisTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Brokerage");

    [Theory]
    [InlineData("hand")]
    [InlineData("random1")]
    [InlineData("random2")]
    [InlineData("random3")]
    public void Counts_expectations_and_z_scores_equal_sna(string name)
    {
        var groups = File.ReadAllLines(Path.Combine(FixtureFolder, name + ".groups.csv")).Skip(1).Select(l => l.Split(',')).ToArray();
        var groupNames = groups.Select(g => g[1]).Distinct().ToList();
        int[] group = [.. groups.Select(g => groupNames.IndexOf(g[1]))];
        var pairs = File.ReadAllLines(Path.Combine(FixtureFolder, name + ".edges.csv")).Skip(1)
            .Select(l => l.Split(',')).Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture))).ToList();
        var sector = new Sector("X", "x", "x");
        var institutions = groups.Select(g => new Institution(g[0], g[0], sector)).ToArray();
        var result = BrokerageAnalysis.Compute(institutions, DirectedTies.FromPairs(group.Length, pairs), group, groupNames.Count, 0, CancellationToken.None);
        Assert.Equal(pairs.Count, result.DirectedTies);
        AssertMatches(result, name);
    }

    [Fact]
    public void The_loniow_sample_with_lead_to_participant_ties_equals_sna()
    {
        var dataset = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = BrokerageAnalysis.Compute(dataset);
        Assert.Equal(0, result.ActionsWithoutLead);
        Assert.Equal(File.ReadAllLines(Path.Combine(FixtureFolder, "loniow.edges.csv")).Length - 1, result.DirectedTies);
        AssertMatches(result, "loniow");
    }

    [Fact]
    public void By_hand_each_role_is_classified_from_the_sectors_of_source_broker_and_target()
    {
        // Chain a→b→c; only b brokers, once, and its role depends on the three sectors.
        (string A, string B, string C, string Role)[] cases =
        [
            ("OPS", "OPS", "OPS", "coordinator"),
            ("OPS", "PUP", "OPS", "itinerant"),
            ("OPS", "OPS", "PUP", "representative"),
            ("PUP", "OPS", "OPS", "gatekeeper"),
            ("OPS", "PUP", "NGO", "liaison"),
        ];
        foreach (var (a, b, c, role) in cases)
        {
            var dataset = Chain(a, b, c);
            var scores = BrokerageAnalysis.Compute(dataset)["b"];
            int index = BrokerageRoles.Names.ToList().IndexOf(role);
            for (int r = 0; r < 5; r++)
            {
                Assert.Equal(r == index ? 1 : 0, scores.Observed[r]);
            }

            Assert.Equal(1, scores.Observed.Total);
            Assert.Equal(0, BrokerageAnalysis.Compute(dataset)["a"].Observed.Total);
        }
    }

    [Fact]
    public void A_closing_tie_from_source_to_target_removes_the_brokerage_but_a_reverse_one_does_not()
    {
        var chain = Chain("OPS", "OPS", "OPS");
        var closed = CooperationDataset.Create(chain.Institutions, actions: [.. chain.JointActions, Action("x", "a", "c")]);
        var reversed = CooperationDataset.Create(chain.Institutions, actions: [.. chain.JointActions, Action("x", "c", "a")]);
        Assert.Equal(0, BrokerageAnalysis.Compute(closed)["b"].Observed.Total);
        Assert.Equal(1, BrokerageAnalysis.Compute(reversed)["b"].Observed.Total);
    }

    [Fact]
    public void Actions_outside_the_window_and_actions_without_a_lead_add_no_ties()
    {
        var chain = Chain("OPS", "PUP", "NGO");
        var leaderless = new JointAction("y", "bez lidera", JointActionKind.Meeting, new DateOnly(2020, 1, 1), [new Participation("a"), new Participation("c")]);
        var dataset = CooperationDataset.Create(chain.Institutions, actions: [.. chain.JointActions, leaderless]);
        var all = BrokerageAnalysis.Compute(dataset);
        Assert.Equal(1, all.ActionsWithoutLead);
        Assert.Equal(2, all.DirectedTies);
        var later = CooperationAnalysis.Run(dataset, new AnalysisOptions { Window = new AnalysisWindow(new DateOnly(2019, 6, 1)), Permutations = 0 }).Brokerage;
        Assert.Equal(0, later.DirectedTies);
        Assert.Equal(0, later["b"].Observed.Total);
    }

    private static CooperationDataset Chain(string a, string b, string c)
    {
        var catalog = SectorCatalog.Default;
        Institution[] institutions = [new("a", "A", catalog[a]), new("b", "B", catalog[b]), new("c", "C", catalog[c])];
        return CooperationDataset.Create(institutions, actions: [Action("1", "a", "b"), Action("2", "b", "c")]);
    }

    private static JointAction Action(string id, string lead, string other) =>
        new(id, id, JointActionKind.Meeting, new DateOnly(2019, 1, 1), [new Participation(lead, ParticipantRole.Lead), new Participation(other)]);

    private static void AssertMatches(BrokerageResult result, string name)
    {
        var lines = File.ReadAllLines(Path.Combine(FixtureFolder, name + ".expected.csv")).Where(l => !l.StartsWith('#')).Skip(1).ToArray();
        Assert.Equal(result.Rows.Count + 1, lines.Length);
        foreach (var line in lines)
        {
            var cells = line.Split(',');
            var scores = cells[0] == "network" ? result.Network : result[cells[0]];
            var sets = new[] { scores.Observed, scores.Expected, scores.StandardDeviation, scores.Z };
            for (int set = 0; set < 4; set++)
            {
                for (int role = 0; role < 6; role++)
                {
                    double expected = double.Parse(cells[1 + (set * 6) + role], CultureInfo.InvariantCulture);
                    double actual = sets[set][role];
                    if (!double.IsFinite(expected))
                    {
                        Assert.True(double.IsNaN(actual), $"{name} {cells[0]} set {set} role {role}: sna {expected}, ours {actual}");
                    }
                    else
                    {
                        Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, Math.Abs(expected)), $"{name} {cells[0]} set {set} role {role}: sna {expected}, ours {actual}");
                    }
                }
            }
        }
    }
}
