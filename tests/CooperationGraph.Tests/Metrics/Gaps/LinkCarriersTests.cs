using CooperationGraph.Metrics.Gaps;

namespace CooperationGraph.Tests.Metrics.Gaps;

/// <summary>The institutions that carry a required link alone, by hand and against a NetworkX brute force kept in
/// Fixtures/Profiles (see generate.py there) on the cases of Fixtures/LinkRobustness (Łoniów, with its own sectors, in InstitutionProfilesTests).</summary>
public class LinkCarriersTests
{
    private static readonly string Robustness = Path.Combine(AppContext.BaseDirectory, "Fixtures", "LinkRobustness");
    private static readonly string Profiles = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Profiles");

    private static (List<string> Ids, IReadOnlyList<LinkRobustness> Links, int[][] Carriers) Compute(
        IEnumerable<(string Id, string Sector, bool Active)> nodes, IEnumerable<(string, string)> ties, IEnumerable<(string, string)> links)
    {
        var list = nodes.ToList();
        var (institutions, active, graph, realisations) = LinkRobustnessTests.Build(list, ties, links);
        var robustness = LinkRobustnessAnalysis.Compute(institutions, active, graph, realisations, CancellationToken.None);
        return ([.. list.Select(n => n.Id)], robustness, LinkCarriers.Compute(institutions, active, graph, robustness));
    }

    [Fact]
    public void The_institution_others_hang_on_carries_a_link_and_a_lone_member_carries_every_link_of_its_sector()
    {
        // OPS o1, o2; NGO h; PUP p1, p2. p2 hangs on p1, and every route from OPS to PUP ends in p1 (o1–p1, o2–h–p1):
        // p1 carries OPS–PUP, h does not (o1–p1 stays). h is the only active NGO: it carries OPS–NGO. A tie o2–p2 opens
        // a second route, disjoint from the first: nobody carries OPS–PUP then.
        (string, string, bool)[] nodes = [("o1", "OPS", true), ("o2", "OPS", true), ("h", "NGO", true), ("p1", "PUP", true), ("p2", "PUP", true)];
        (string, string)[] ties = [("o1", "h"), ("o2", "h"), ("h", "p1"), ("p1", "p2"), ("o1", "p1")];
        var (ids, links, carriers) = Compute(nodes, ties, [("OPS", "PUP"), ("OPS", "NGO")]);
        Assert.Equal([1, 1], links.Select(l => l.Institutions));
        Assert.Equal(["p1"], carriers[0].Select(i => ids[i]));
        Assert.Equal(["h"], carriers[1].Select(i => ids[i]));

        var (_, twoRoutes, none) = Compute(nodes, [.. ties, ("o2", "p2")], [("OPS", "PUP")]);
        Assert.Equal(2, twoRoutes[0].Institutions);
        Assert.Empty(none[0]);
    }

    [Fact]
    public void Inside_one_sector_the_member_that_others_hang_on_carries_the_link()
    {
        // Three OPS: a–b tied twice over (directly and through n), c hangs on b: without b, c reaches no other OPS.
        var (ids, links, carriers) = Compute(
            [("a", "OPS", true), ("b", "OPS", true), ("c", "OPS", true), ("n", "NGO", true)],
            [("a", "b"), ("a", "n"), ("n", "b"), ("b", "c")],
            [("OPS", "OPS")]);
        Assert.Equal(1, links[0].Institutions);
        Assert.Equal(["b"], carriers[0].Select(i => ids[i]));
    }

    [Theory]
    [InlineData("hand")]
    [InlineData("random1")]
    [InlineData("random2")]
    [InlineData("random3")]
    public void Equals_a_networkx_brute_force_and_exists_exactly_where_robustness_is_one(string name)
    {
        var nodes = Rows(Robustness, $"{name}.nodes.csv").Select(r => (r[0], r[1], r[2] == "1"));
        var ties = Rows(Robustness, $"{name}.edges.csv").Select(r => (r[0], r[1]));
        var links = Rows(Robustness, $"{name}.links.csv").Select(r => (r[0], r[1])).ToList();
        var expected = Rows(Profiles, $"{name}.carriers.csv").Select(r => r[2]).ToList();
        var (ids, robustness, carriers) = Compute(nodes, ties, links);

        Assert.Equal(expected, carriers.Select(c => string.Join(' ', c.Select(i => ids[i]).Order(StringComparer.Ordinal))));
        Assert.Equal(robustness.Select(r => r.Institutions == 1), carriers.Select(c => c.Length > 0));
    }

    [Fact]
    public void On_random_graphs_carriers_exist_exactly_at_robustness_one_and_each_one_cuts_the_link_by_the_flow()
    {
        var random = new Random(2019);
        string[] sectors = ["OPS", "PUP", "NGO"];
        (string, string)[] links = [("OPS", "PUP"), ("PUP", "NGO"), ("OPS", "OPS")];
        int carried = 0;
        for (int round = 0; round < 60; round++)
        {
            int n = random.Next(3, 25);
            double p = 0.05 + (random.NextDouble() * 0.25);
            var nodes = Enumerable.Range(0, n).Select(i => ($"v{i}", sectors[random.Next(3)], random.NextDouble() < 0.8)).ToList();
            var ties = new List<(string, string)>();
            for (int u = 0; u < n; u++)
            {
                for (int v = u + 1; v < n; v++)
                {
                    if (random.NextDouble() < p)
                    {
                        ties.Add(($"v{u}", $"v{v}"));
                    }
                }
            }

            var (ids, robustness, carriers) = Compute(nodes, ties, links);
            Assert.Equal(robustness.Select(r => r.Institutions == 1), carriers.Select(c => c.Length > 0));
            for (int l = 0; l < 2; l++)
            {
                foreach (int x in carriers[l])
                {
                    // Without x (its ties gone, itself inactive), the flow finds no path left between the two sectors.
                    var without = nodes.Select((node, i) => (node.Item1, node.Item2, node.Item3 && i != x));
                    var (_, after, _) = Compute(without, ties.Where(t => t.Item1 != ids[x] && t.Item2 != ids[x]), [links[l]]);
                    Assert.Equal(0, after[0].Institutions);
                    carried++;
                }
            }
        }

        Assert.True(carried >= 20, $"only {carried} carriers: the rounds are too easy to mean anything");
    }

    private static IEnumerable<string[]> Rows(string folder, string file) =>
        File.ReadLines(Path.Combine(folder, file)).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(','));
}
