using CooperationGraph.Metrics.Gaps;

namespace CooperationGraph.Tests.Metrics.Gaps;

/// <summary>By-hand cases for what the mutation run of Metrics/Gaps found untested (tests/MUTATION.md): suggested-tie
/// ranking and candidates, cut values at their limits, cancellation.</summary>
public class GapsMutationTests
{
    private static List<(string U, string V)> Suggest(
        IEnumerable<(string Id, string Sector, bool Active)> nodes, IEnumerable<(string, string)> ties, (string, string) link, int perLink) =>
        [.. Suggestions(nodes, ties, link, perLink).Select(t => (t.SourceId, t.TargetId))];

    private static List<SuggestedTie> Suggestions(
        IEnumerable<(string Id, string Sector, bool Active)> nodes, IEnumerable<(string, string)> ties, (string, string) link, int perLink)
    {
        var (institutions, active, graph, _) = LinkRobustnessTests.Build(nodes, ties, []);
        var missing = new SectorPair(SectorCatalog.Default[link.Item1], SectorCatalog.Default[link.Item2]);
        return TieSuggester.Suggest(institutions, active, graph.Offsets, graph.Targets, [missing], perLink);
    }

    private static CancellationToken Cancelled() => new(canceled: true);

    [Fact]
    public void Suggested_ties_keep_the_best_per_link_pairs_highest_score_first()
    {
        // o shares h1 (degree 3) and h2 (degree 2) with p2, h1 with p3, nobody with p1:
        // o–p2 = 1/ln 3 + 1/ln 2, o–p3 = 1/ln 3, o–p1 = 0. Two per link: o–p2, o–p3.
        (string, string, bool)[] nodes = [("o", "OPS", true), ("p1", "PUP", true), ("p2", "PUP", true), ("p3", "PUP", true), ("h1", "NGO", true), ("h2", "NGO", true)];
        (string, string)[] ties = [("o", "h1"), ("o", "h2"), ("p2", "h1"), ("p2", "h2"), ("p3", "h1")];
        var ranked = Suggestions(nodes, ties, ("OPS", "PUP"), 2);
        Assert.Equal([("o", "p2"), ("o", "p3")], ranked.Select(t => (t.SourceId, t.TargetId)));
        Assert.Equal((1 / Math.Log(3)) + (1 / Math.Log(2)), ranked[0].AdamicAdar, 15);
        Assert.Equal(1 / Math.Log(3), ranked[1].AdamicAdar, 15);
        Assert.Equal([2, 1], ranked.Select(t => t.CommonPartners));
    }

    [Fact]
    public void Suggested_ties_of_equal_score_rank_more_common_partners_first()
    {
        // o–p1 share h1 (degree 2): 1/ln 2. o–p2 share h2 and h3 (degree 4 each, also tied to s1, s2): 2/ln 4 = 1/ln 2.
        // Equal scores: o–p2, with two common partners, before o–p1.
        (string, string, bool)[] nodes = [("o", "OPS", true), ("p1", "PUP", true), ("p2", "PUP", true), ("h1", "NGO", true), ("h2", "NGO", true), ("h3", "NGO", true), ("s1", "SCHOOL", true), ("s2", "SCHOOL", true)];
        (string, string)[] ties = [("o", "h1"), ("p1", "h1"), ("o", "h2"), ("o", "h3"), ("p2", "h2"), ("p2", "h3"), ("s1", "h2"), ("s2", "h2"), ("s1", "h3"), ("s2", "h3")];
        var ranked = Suggestions(nodes, ties, ("OPS", "PUP"), 2);
        Assert.Equal([("o", "p2"), ("o", "p1")], ranked.Select(t => (t.SourceId, t.TargetId)));
        Assert.Equal([1 / Math.Log(2), 1 / Math.Log(2)], ranked.Select(t => t.AdamicAdar));
        Assert.Equal([2, 1], ranked.Select(t => t.CommonPartners));
    }

    [Fact]
    public void Suggested_ties_of_higher_score_rank_first_even_with_fewer_common_partners()
    {
        // o–p1 share h1 (degree 2): 1/ln 2 = 1.443. o–p2 share h2 and h3 (degree 5 each, also tied to s1, s2, s3):
        // 2/ln 5 = 1.243. The higher score comes first although it has one common partner against two.
        (string, string, bool)[] nodes = [("o", "OPS", true), ("p1", "PUP", true), ("p2", "PUP", true), ("h1", "NGO", true), ("h2", "NGO", true), ("h3", "NGO", true), ("s1", "SCHOOL", true), ("s2", "SCHOOL", true), ("s3", "SCHOOL", true)];
        (string, string)[] ties = [("o", "h1"), ("p1", "h1"), ("o", "h2"), ("o", "h3"), ("p2", "h2"), ("p2", "h3"), ("s1", "h2"), ("s2", "h2"), ("s3", "h2"), ("s1", "h3"), ("s2", "h3"), ("s3", "h3")];
        var ranked = Suggestions(nodes, ties, ("OPS", "PUP"), 2);
        Assert.Equal([("o", "p1"), ("o", "p2")], ranked.Select(t => (t.SourceId, t.TargetId)));
        Assert.Equal([1 / Math.Log(2), 2 / Math.Log(5)], ranked.Select(t => t.AdamicAdar));
        Assert.Equal([1, 2], ranked.Select(t => t.CommonPartners));
    }

    [Fact]
    public void Suggested_ties_of_equal_score_and_partners_keep_dataset_order()
    {
        (string, string, bool)[] nodes = [("o1", "OPS", true), ("o2", "OPS", true), ("p1", "PUP", true), ("p2", "PUP", true)];
        Assert.Equal([("o1", "p1"), ("o1", "p2"), ("o2", "p1"), ("o2", "p2")], Suggest(nodes, [], ("OPS", "PUP"), 4));
    }

    [Fact]
    public void Suggested_ties_within_a_sector_list_each_pair_once_in_dataset_order()
    {
        (string, string, bool)[] nodes = [("s1", "SCHOOL", true), ("s2", "SCHOOL", true), ("s3", "SCHOOL", true)];
        Assert.Equal([("s1", "s2"), ("s1", "s3"), ("s2", "s3")], Suggest(nodes, [], ("SCHOOL", "SCHOOL"), 10));
    }

    [Fact]
    public void Suggested_ties_leave_out_inactive_institutions_of_a_sector_with_active_ones()
    {
        (string, string, bool)[] nodes = [("o", "OPS", true), ("p1", "PUP", false), ("p2", "PUP", true)];
        Assert.Equal([("o", "p2")], Suggest(nodes, [], ("OPS", "PUP"), 3));
    }

    [Fact]
    public void No_suggested_ties_when_none_are_asked_per_link()
    {
        (string, string, bool)[] nodes = [("o", "OPS", true), ("p", "PUP", true)];
        Assert.Empty(Suggest(nodes, [], ("OPS", "PUP"), 0));
    }

    [Fact]
    public void Adamic_adar_of_the_first_institution_counts_its_common_partner()
    {
        // o (position 0) and p share h, of degree 2.
        var (_, _, graph, _) = LinkRobustnessTests.Build([("o", "OPS", true), ("h", "NGO", true), ("p", "PUP", true)], [("o", "h"), ("h", "p")], []);
        Assert.Equal((1 / Math.Log(2), 1), TieSuggester.AdamicAdar(graph.Offsets, graph.Targets, 0, 2));
    }

    [Fact]
    public void A_single_tie_is_an_edge_cut_of_one()
    {
        var (_, _, graph, _) = LinkRobustnessTests.Build([("o", "OPS", true), ("p", "PUP", true)], [("o", "p")], []);
        Assert.Equal(1, LinkRobustnessKernel.EdgeCut(graph, [0], [1]));
    }

    [Fact]
    public void A_cancelled_cut_throws()
    {
        var (_, _, graph, _) = LinkRobustnessTests.Build([("o", "OPS", true), ("p", "PUP", true)], [("o", "p")], []);
        Assert.Throws<OperationCanceledException>(() => LinkRobustnessKernel.EdgeCut(graph, [0], [1], Cancelled()));
    }

    [Fact]
    public void A_member_of_a_sector_that_reaches_no_other_leaves_its_link_robustness_as_it_was()
    {
        // s1–s2 is cut by one institution or one tie; s3, last, reaches no other school and does not lower that to 0.
        var (institutions, active, graph, links) = LinkRobustnessTests.Build(
            [("s1", "SCHOOL", true), ("s2", "SCHOOL", true), ("s3", "SCHOOL", true)], [("s1", "s2")], [("SCHOOL", "SCHOOL")]);
        var robustness = Assert.Single(LinkRobustnessAnalysis.Compute(institutions, active, graph, links, CancellationToken.None));
        Assert.Equal((1, 1), (robustness.Institutions, robustness.Ties));
    }

    [Fact]
    public void A_cancelled_robustness_throws_even_for_a_missing_link()
    {
        var (institutions, active, graph, links) = LinkRobustnessTests.Build([("o", "OPS", true), ("p", "PUP", true)], [], [("OPS", "PUP")]);
        Assert.Throws<OperationCanceledException>(() => LinkRobustnessAnalysis.Compute(institutions, active, graph, links, Cancelled()));
    }

    [Fact]
    public void Cancelled_carriers_throw_even_for_a_link_with_none()
    {
        var (institutions, active, graph, links) = LinkRobustnessTests.Build([("o", "OPS", true), ("p", "PUP", true)], [], [("OPS", "PUP")]);
        LinkRobustness[] robustness = [new(links[0].Link, 0, 0)];
        Assert.Throws<OperationCanceledException>(() => LinkCarriers.Compute(institutions, active, graph, robustness, Cancelled()));
    }

    [Fact]
    public void A_cancelled_gap_analysis_throws_even_without_required_links()
    {
        var dataset = CooperationDataset.Create([new Institution("o", "OPS", SectorCatalog.Default["OPS"])], [], []);
        var enacted = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted });
        var model = new CooperationModel("m", [], []);
        Assert.Throws<OperationCanceledException>(() => GapAnalysis.Compute(dataset, enacted, model, AnalysisWindow.All, 3, Cancelled()));
    }
}
