using CooperationGraph.Graph;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Gaps;

/// <summary>Link robustness by hand and against NetworkX values kept in Fixtures/LinkRobustness (see generate.py there).</summary>
public class LinkRobustnessTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "LinkRobustness");

    private static IReadOnlyList<LinkRobustness> Compute(IEnumerable<(string Id, string Sector, bool Active)> nodes, IEnumerable<(string, string)> ties, IEnumerable<(string, string)> links)
    {
        var (institutions, active, graph, realisations) = Build(nodes, ties, links);
        return LinkRobustnessAnalysis.Compute(institutions, active, graph, realisations, CancellationToken.None);
    }

    /// <summary>A by-hand case as the analysis sees it: institutions, which are active, the tie graph and each required link's tie count.</summary>
    internal static (List<Institution> Institutions, bool[] Active, WeightedGraph Graph, List<LinkRealisation> Realisations) Build(
        IEnumerable<(string Id, string Sector, bool Active)> nodes, IEnumerable<(string, string)> ties, IEnumerable<(string, string)> links)
    {
        var list = nodes.ToList();
        var institutions = list.Select(n => new Institution(n.Id, n.Id, SectorCatalog.Default[n.Sector])).ToList();
        var position = list.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var graph = WeightedGraph.FromEdges(list.Count, [.. ties.Select(t => (position[t.Item1], position[t.Item2], 1.0))]);
        var realisations = links.Select(l => new SectorPair(SectorCatalog.Default[l.Item1], SectorCatalog.Default[l.Item2]))
            .Select(link => new LinkRealisation(link, graph.Edges().Count(e => new SectorPair(institutions[e.U].Sector, institutions[e.V].Sector) == link)))
            .ToList();
        return (institutions, [.. list.Select(n => n.Active)], graph, realisations);
    }

    [Fact]
    public void Two_disjoint_routes_need_two_losses()
    {
        // o1–p1 and o2–p2 are disjoint routes between OPS and PUP; o1–o2 adds no route. Two institutions (one per route)
        // or two ties break the link.
        var result = Compute(
            [("o1", "OPS", true), ("o2", "OPS", true), ("p1", "PUP", true), ("p2", "PUP", true)],
            [("o1", "p1"), ("o2", "p2"), ("o1", "o2")],
            [("OPS", "PUP")]);
        Assert.Equal((2, 2), (result[0].Institutions, result[0].Ties));
        Assert.False(result[0].IsFragile);
    }

    [Fact]
    public void A_single_partner_is_a_single_point_of_failure_but_its_ties_are_not()
    {
        // o1 and o2 reach the only PUP p1 through the NGO hub h, and o1 also directly: losing p1 breaks the link (1);
        // among ties, both of p1's (h–p1, o1–p1) must go (2).
        var result = Compute(
            [("o1", "OPS", true), ("o2", "OPS", true), ("h", "NGO", true), ("p1", "PUP", true)],
            [("o1", "h"), ("o2", "h"), ("h", "p1"), ("o1", "p1")],
            [("OPS", "PUP"), ("OPS", "NGO")]);
        Assert.Equal((1, 2), (result[0].Institutions, result[0].Ties));
        Assert.True(result[0].IsFragile);
        // OPS–NGO: h alone (1); ties o1–h, o2–h and the detour o1–p1–h: 3.
        Assert.Equal((1, 3), (result[1].Institutions, result[1].Ties));
    }

    [Fact]
    public void Missing_links_and_links_without_active_ends_are_zero()
    {
        // OPS–SCHOOL has a path through the NGO but no tie: missing, 0. OPS–PUP is realised by a direct tie to a PUP
        // that took part in no joint action: no active PUP to join, 0.
        var result = Compute(
            [("o", "OPS", true), ("n", "NGO", true), ("s", "SCHOOL", true), ("p", "PUP", false)],
            [("o", "n"), ("n", "s"), ("o", "p")],
            [("OPS", "SCHOOL"), ("OPS", "PUP")]);
        Assert.Equal((0, 0), (result[0].Institutions, result[0].Ties));
        Assert.Equal((0, 0), (result[1].Institutions, result[1].Ties));
    }

    [Fact]
    public void Inside_one_sector_the_weakest_member_counts()
    {
        // Three OPS: a–b tied twice over (directly and through n), c hangs on b by one tie. Cutting c off takes one
        // institution (b) or one tie (b–c); a and b alone would need two ties.
        var result = Compute(
            [("a", "OPS", true), ("b", "OPS", true), ("c", "OPS", true), ("n", "NGO", true)],
            [("a", "b"), ("a", "n"), ("n", "b"), ("b", "c")],
            [("OPS", "OPS")]);
        Assert.Equal((1, 1), (result[0].Institutions, result[0].Ties));
        var pair = Compute([("a", "OPS", true), ("b", "OPS", true), ("n", "NGO", true)], [("a", "b"), ("a", "n"), ("n", "b")], [("OPS", "OPS")]);
        Assert.Equal((1, 2), (pair[0].Institutions, pair[0].Ties));
    }

    [Theory]
    [InlineData("hand")]
    [InlineData("random1")]
    [InlineData("random2")]
    [InlineData("random3")]
    public void Equals_networkx(string name)
    {
        var nodes = Rows($"{name}.nodes.csv").Select(r => (r[0], r[1], r[2] == "1"));
        var ties = Rows($"{name}.edges.csv").Select(r => (r[0], r[1]));
        var links = Rows($"{name}.links.csv").Select(r => (r[0], r[1])).ToList();
        var expected = Rows($"{name}.expected.csv").Select(r => (int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var result = Compute(nodes, ties, links);
        Assert.Equal(expected, result.Select(r => (r.Institutions, r.Ties)));
        Assert.Contains(expected, e => e.Item1 > 1); // the cases are not trivial
    }

    [Fact]
    public void Loniow_equals_networkx_through_the_gap_analysis()
    {
        var dataset = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var report = CooperationAnalysis.Run(dataset, null);
        var expected = Rows("loniow.expected.csv").Select(r => (new SectorPair(SectorCatalog.Default[r[0]], SectorCatalog.Default[r[1]]), int.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(expected, report.Gaps.LinkRobustness.Select(r => (r.Link, r.Institutions, r.Ties)));
        Assert.Equal(report.Gaps.Links.Select(l => l.Link), report.Gaps.LinkRobustness.Select(r => r.Link));

        string json = ResultJson.ToJson(report);
        using var document = System.Text.Json.JsonDocument.Parse(json);
        var first = document.RootElement.GetProperty("linkRobustness")[0];
        Assert.Equal(["OPS", "PCPR"], first.GetProperty("sectors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(1, first.GetProperty("institutions").GetInt32());
        Assert.Equal(15, first.GetProperty("ties").GetInt32());
    }

    [Fact]
    public void The_dinic_kernel_equals_quikgraph_edmonds_karp_on_random_graphs()
    {
        var random = new Random(2018);
        for (int round = 0; round < 40; round++)
        {
            int n = random.Next(2, 40);
            double p = random.NextDouble() * 0.3;
            var edges = new List<(int, int, double)>();
            for (int u = 0; u < n; u++)
            {
                for (int v = u + 1; v < n; v++)
                {
                    if (random.NextDouble() < p)
                    {
                        edges.Add((u, v, 1.0));
                    }
                }
            }

            var graph = WeightedGraph.FromEdges(n, [.. edges]);
            var nodes = Enumerable.Range(0, n).OrderBy(_ => random.Next()).ToArray();
            int split = random.Next(1, n);
            int[] sources = [.. nodes.Take(split).Where(_ => random.NextDouble() < 0.4)];
            int[] sinks = [.. nodes.Skip(split).Where(_ => random.NextDouble() < 0.4)];
            Assert.Equal(QuikGraphMaxFlow.VertexCut(graph, sources, sinks), LinkRobustnessKernel.VertexCut(graph, sources, sinks));
            Assert.Equal(QuikGraphMaxFlow.EdgeCut(graph, sources, sinks), LinkRobustnessKernel.EdgeCut(graph, sources, sinks));
            if (sources.Length > 0)
            {
                int[] others = [.. sinks, .. sources.Skip(1)];
                Assert.Equal(QuikGraphMaxFlow.VertexCut(graph, sources[..1], others, sources[0]), LinkRobustnessKernel.VertexCut(graph, sources[..1], others, sources[0]));
            }
        }
    }

    [Fact]
    public void A_200_gmina_gap_analysis_ends_within_30_seconds_and_cutting_OPS_from_schools_takes_200_institutions()
    {
        // 200 gminas (about 2 800 institutions): QuikGraph's Edmonds–Karp needed about a minute for the nine links.
        var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 200 });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var report = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"gap analysis took {watch.Elapsed}");
        var school = report.Gaps.LinkRobustness.Single(r => r.Link.ToString() == "OPS–SCHOOL");
        Assert.Equal(200, school.Institutions); // one OPS per gmina, each with its own schools
    }

    private static IEnumerable<string[]> Rows(string file) =>
        File.ReadLines(Path.Combine(FixtureFolder, file)).Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(','));
}
