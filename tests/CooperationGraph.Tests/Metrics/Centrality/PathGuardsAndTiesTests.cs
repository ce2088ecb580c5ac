using CooperationGraph.Metrics.Centrality;
using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// Path measures where today's fixtures do not reach: exact lengths against the tolerance (paths a millionth apart behind
/// a long prefix), the guards for one, two and three institutions, Freeman centralization when betweenness or closeness is
/// the first measure asked, a near-zero tie in the tolerant Dijkstra, a near tie whose shorter path is found second at a
/// scale of thousands, and strengths of no short decimal on three blocks against NetworkX.
/// </summary>
public class PathGuardsAndTiesTests
{
    private static readonly CentralityOptions Paths = new() { Weighted = true, Measures = [CentralityMeasure.Betweenness, CentralityMeasure.Closeness, CentralityMeasure.Harmonic] };

    /// <summary>
    /// Cycle s –0.000001– a –1.000001– t –1– b –0.000001– s: distances 10⁶, 1/1.000001 = 0.999999000001, 1, 10⁶. From s,
    /// t lies at 10⁶ + 0.999999000001 through a and at 10⁶ + 1 through b: a millionth apart, 5e-13 of the whole, inside
    /// igraph's relative tolerance of 1e-10, but not equal; exact lengths (six decimals) keep only the path through a.
    /// </summary>
    private static CooperationNetwork MillionthApart() => CooperationNetwork.FromEdgeList(
        [("s", "a", 0.000001), ("a", "t", 1.000001), ("t", "b", 1.0), ("b", "s", 0.000001)]);

    [Fact]
    public void Paths_a_millionth_apart_behind_a_long_prefix_do_not_tie_in_the_block_pass_or_the_per_source_pass()
    {
        // (s,t) through a only; (a,b) through t (2 − 10⁻⁶ against 2·10⁶); every other pair is a tie's two ends.
        // Normalised by (n − 1)(n − 2)/2 = 3 pairs: a 1/3, t 1/3, s and b 0 (with the tolerance b would get 1/6).
        var blocks = Measures.Compute(MillionthApart(), new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Betweenness] });
        var perSource = Measures.Compute(MillionthApart(), Paths);
        foreach (var table in new[] { blocks, perSource })
        {
            Assert.Equal(1.0 / 3.0, table["a", CentralityMeasure.Betweenness], 15);
            Assert.Equal(1.0 / 3.0, table["t", CentralityMeasure.Betweenness], 15);
            Assert.Equal(0.0, table["b", CentralityMeasure.Betweenness]);
            Assert.Equal(0.0, table["s", CentralityMeasure.Betweenness]);
        }

        // s: a and b at 10⁶, t at 10⁶ + 10⁶/1000001; closeness 3 / Σ.
        Assert.Equal(3.0 / (3e6 + (1e6 / 1000001)), perSource["s", CentralityMeasure.Closeness], 1e-21);
    }

    /// <summary>
    /// Strengths that are not short decimals (×√2) are compared within igraph's relative 1e-10. Behind the bridge x–s
    /// (distance 707106.78…) the cycle's two routes s–a–t and s–b–t, 7.07e-7 apart, tie when measured from x (1e-12 of
    /// the distance) and not from s (5e-7). Betweenness alone once ran by blocks, where the distance is measured inside
    /// the cycle, and parted the tie (a 1/3, b 0); it now runs per source as with closeness, and agrees with igraph
    /// 0.10.2 (Fixtures/Centrality/tolerant_tie.py): a 1.75, b 0.25, s 3, t 1 of (n − 1)(n − 2)/2 = 6 pairs.
    /// </summary>
    [Fact]
    public void A_near_tie_behind_a_long_bridge_is_a_tie_in_betweenness_alone_as_in_igraph()
    {
        double r = Math.Sqrt(2);
        var network = CooperationNetwork.FromEdgeList(
            [("x", "s", 1e-6 * r), ("s", "a", r), ("a", "t", 1.000001 * r), ("t", "b", r), ("b", "s", r)]);
        var alone = Measures.Compute(network, new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Betweenness] });
        var withDistances = Measures.Compute(network, Paths);
        foreach (var table in new[] { alone, withDistances })
        {
            Assert.Equal(1.75 / 6, table["a", CentralityMeasure.Betweenness], 15);
            Assert.Equal(0.25 / 6, table["b", CentralityMeasure.Betweenness], 15);
            Assert.Equal(3.0 / 6, table["s", CentralityMeasure.Betweenness], 15);
            Assert.Equal(1.0 / 6, table["t", CentralityMeasure.Betweenness], 15);
            Assert.Equal(0.0, table["x", CentralityMeasure.Betweenness]);
        }
    }

    [Fact]
    public void Strengths_without_a_short_decimal_agree_with_networkx_on_a_graph_of_three_blocks()
    {
        // Strengths 1/3, 1/7, 1/11, 1/13 need more than six decimals, so no exact lengths: the tolerant per-source pass
        // runs on the distances 1/w (the block pass needs exact lengths). Blocks {a,b,c}, {c,d,f}, {d,e}; a–c is shorter
        // through b (3 + 7 < 11), c–d direct (2 < 3 + 3).
        // b lies on a's paths to c, d, e, f (4), c on 6, d on 4; normalised by (n − 1)(n − 2)/2 = 10: 0.4, 0.6, 0.4.
        // NetworkX 3.6.1 betweenness_centrality(G, weight="distance") with distance = 1/w gives the same, no ties.
        var network = CooperationNetwork.FromEdgeList(
            [("a", "b", 1 / 3.0), ("b", "c", 1 / 7.0), ("a", "c", 1 / 11.0), ("c", "d", 0.5), ("d", "e", 1 / 13.0), ("c", "f", 1 / 3.0), ("f", "d", 1 / 3.0)]);
        var table = Measures.Compute(network, new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Betweenness] });
        double[] expected = [0.0, 0.4, 0.6, 0.4, 0.0, 0.0];
        foreach (var (id, value) in "abcdef".Select((c, k) => (c.ToString(), expected[k])))
        {
            Assert.Equal(value, table[id, CentralityMeasure.Betweenness], 14);
        }
    }

    [Fact]
    public void A_shorter_path_found_second_within_the_relative_tolerance_ties_at_a_scale_of_thousands()
    {
        // Distances s–b 500, b–t 1500.00000001 (a strength of no short decimal: the tolerant pass), s–a 1000, a–t 1000.
        // From s, b is settled first and reaches t at 2000.00000001; a then offers 2000, shorter by 1e-8, inside the
        // relative tolerance 1e-10·(2000 + 2000.00000001) ≈ 4e-7: a tie, as in igraph, so (s,t) is shared by a and b.
        // (a,b) goes through s (1500 against 2500). Normalised by 3 pairs: s 1/3, a 1/6, b 1/6, t 0. A tolerance taken
        // as 1e-10 / (sum), or as 1e-10·(difference), would make the second path strictly shorter: a 1/3, b 0.
        var network = CooperationNetwork.FromEdgeList(
            [("s", "b", 1 / 500.0), ("b", "t", 1 / 1500.00000001), ("s", "a", 1 / 1000.0), ("a", "t", 1 / 1000.0)]);
        var table = Measures.Compute(network, new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Betweenness] });
        Assert.Equal(1 / 3.0, table["s", CentralityMeasure.Betweenness], 14);
        Assert.Equal(1 / 6.0, table["a", CentralityMeasure.Betweenness], 14);
        Assert.Equal(1 / 6.0, table["b", CentralityMeasure.Betweenness], 14);
        Assert.Equal(0.0, table["t", CentralityMeasure.Betweenness], 14);
    }

    [Fact]
    public void Two_institutions_have_betweenness_zero_and_no_centralization()
    {
        var table = Measures.Compute(CooperationNetwork.FromEdgeList([("a", "b", 1.0)]));
        Assert.Equal(0.0, table["a", CentralityMeasure.Betweenness]);
        Assert.Equal(0.0, table["b", CentralityMeasure.Betweenness]);
        Assert.Equal(1.0, table["a", CentralityMeasure.Closeness]);
        Assert.True(double.IsNaN(table.Centralization.Degree));
        Assert.True(double.IsNaN(table.Centralization.Betweenness));
        Assert.True(double.IsNaN(table.Centralization.Closeness));
    }

    [Fact]
    public void A_path_of_three_is_fully_centralised_in_degree_betweenness_and_closeness()
    {
        // a–b–c: degrees 1, 2, 1: Σ(2 − d) = 2 over (n − 1)(n − 2) = 2. Betweenness 0, 1, 0: 2 over n − 1 = 2.
        // Closeness 2/3, 1, 2/3: Σ = 2/3 over (n − 1)(n − 2)/(2n − 3) = 2/3.
        var table = Measures.Compute(CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 1.0)]));
        Assert.Equal(1.0, table.Centralization.Degree, 15);
        Assert.Equal(1.0, table.Centralization.Betweenness, 15);
        Assert.Equal(1.0, table.Centralization.Closeness, 15);
    }

    [Fact]
    public void A_single_institution_has_weighted_path_measures_zero()
    {
        var table = Measures.Compute(CooperationNetwork.FromEdgeList([("a", "a", 1.0)]), Paths);
        Assert.Equal(0.0, table["a", CentralityMeasure.Betweenness]);
        Assert.Equal(0.0, table["a", CentralityMeasure.Closeness]);
        Assert.Equal(0.0, table["a", CentralityMeasure.Harmonic]);
    }

    [Fact]
    public void Centralization_reads_betweenness_and_closeness_when_they_are_the_first_measures_asked()
    {
        // Star of four leaves: every centralization 1; degree, not asked, is counted for it all the same.
        var star = CooperationNetwork.FromEdgeList([("hub", "a", 1.0), ("hub", "b", 1.0), ("hub", "c", 1.0), ("hub", "d", 1.0)]);
        var table = Measures.Compute(star, new CentralityOptions { Measures = [CentralityMeasure.Betweenness, CentralityMeasure.Closeness] });
        Assert.Equal(1.0, table.Centralization.Degree, 15);
        Assert.Equal(1.0, table.Centralization.Betweenness, 15);
        Assert.Equal(1.0, table.Centralization.Closeness, 15);
        var closenessFirst = Measures.Compute(star, new CentralityOptions { Measures = [CentralityMeasure.Closeness] });
        Assert.Equal(1.0, closenessFirst.Centralization.Closeness, 15);
        Assert.True(double.IsNaN(closenessFirst.Centralization.Betweenness));
        var degreeOnly = Measures.Compute(star, new CentralityOptions { Measures = [CentralityMeasure.Degree] });
        Assert.Equal(1.0, degreeOnly.Centralization.Degree, 15);
        Assert.True(double.IsNaN(degreeOnly.Centralization.Closeness));
    }

    [Fact]
    public void A_tie_shorter_than_the_tolerance_makes_the_node_settled_first_a_predecessor_of_the_other_and_never_the_reverse()
    {
        // Strengths without a short decimal (times √2), so the tolerance decides. s–a at D = 1/√2, s–b a hair farther
        // (strength 1 − 10⁻¹³), a–b at ε = 1/(10¹²·√2) ≈ 7e-13, below 1e-10 of D. From s: a settles first and b ties
        // through it (σ_b = 2), so a carries half of (s,b). From a: b at ε, and s ties through b: b carries half of (a,s).
        // From b: a carries half of (b,s). Raw a = 1, b = 1/2, s = 0; normalised over (n − 1)(n − 2) = 2: a 1/2, b 1/4.
        // Were b, settled after a, allowed to tie into a, a would count b's paths too and get more.
        double root = Math.Sqrt(2);
        var network = CooperationNetwork.FromEdgeList([("s", "a", root), ("s", "b", root * (1 - 1e-13)), ("a", "b", 1e12 * root)]);
        Assert.Null(ExactLengths.TryCreate(network.Graph));
        var table = Measures.Compute(network, Paths);
        Assert.Equal(0.5, table["a", CentralityMeasure.Betweenness], 15);
        Assert.Equal(0.25, table["b", CentralityMeasure.Betweenness], 15);
        Assert.Equal(0.0, table["s", CentralityMeasure.Betweenness]);
    }
}
