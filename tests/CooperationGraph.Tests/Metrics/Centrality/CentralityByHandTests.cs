using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

public class CentralityByHandTests
{
    private static CooperationNetwork Edges(params (string, string)[] edges) => CooperationNetwork.FromEdgeList(edges.Select(e => (e.Item1, e.Item2, 1.0)));

    [Fact]
    public void Path_of_four()
    {
        // a-b-c-d. Betweenness of b: pairs (a,c),(a,d) pass through b: 2 of (n−1)(n−2)/2 = 3 → 2/3.
        // Closeness of a: distances 1+2+3 = 6, 3/6 = 0.5. Harmonic of a: 1 + 1/2 + 1/3.
        var table = Measures.Compute(Edges(("a", "b"), ("b", "c"), ("c", "d")));
        Assert.Equal(2.0 / 3.0, table["b", CentralityMeasure.Betweenness], 15);
        Assert.Equal(0.0, table["a", CentralityMeasure.Betweenness]);
        Assert.Equal(0.5, table["a", CentralityMeasure.Closeness], 15);
        Assert.Equal(0.75, table["b", CentralityMeasure.Closeness], 15);
        Assert.Equal(1 + (1 / 2.0) + (1 / 3.0), table["a", CentralityMeasure.Harmonic], 15);
        Assert.Equal(1.0, table["b", CentralityMeasure.Core]);
        // Burt: a has one partner, constraint (1 + 0)² = 1; b: p=1/2 to each, indirect 0 → 2·(1/2)² = 0.5.
        Assert.Equal(1.0, table["a", CentralityMeasure.Constraint], 15);
        Assert.Equal(0.5, table["b", CentralityMeasure.Constraint], 15);
        Assert.Equal(2.0, table["b", CentralityMeasure.EffectiveSize], 15);
    }

    [Fact]
    public void Star_is_fully_centralised_and_complete_graph_not_at_all()
    {
        var star = Measures.Compute(Edges(("hub", "a"), ("hub", "b"), ("hub", "c"), ("hub", "d")));
        Assert.Equal(1.0, star["hub", CentralityMeasure.Betweenness], 15);
        Assert.Equal(1.0, star.Centralization.Degree, 15);
        Assert.Equal(1.0, star.Centralization.Betweenness, 15);
        Assert.Equal(1.0, star.Centralization.Closeness, 15);

        var k5 = Measures.Compute(Edges(("a", "b"), ("a", "c"), ("a", "d"), ("a", "e"), ("b", "c"), ("b", "d"), ("b", "e"), ("c", "d"), ("c", "e"), ("d", "e")));
        Assert.Equal(0.0, k5.Centralization.Degree);
        Assert.Equal(0.0, k5.Centralization.Betweenness);
        Assert.Equal(1.0, k5["a", CentralityMeasure.Clustering]);
        Assert.Equal(4.0, k5["a", CentralityMeasure.Core]);
        Assert.Equal(1 / Math.Sqrt(5), k5["a", CentralityMeasure.Eigenvector], 12);
        Assert.Equal(0.2, k5["a", CentralityMeasure.PageRank], 12);
    }

    [Fact]
    public void Two_components_use_the_wasserman_faust_closeness()
    {
        // a-b-c and d-e, n = 5. Closeness of b: reaches 2 at total distance 2 → (2/2)·(2/4) = 0.5.
        var table = Measures.Compute(Edges(("a", "b"), ("b", "c"), ("d", "e")));
        Assert.Equal(0.5, table["b", CentralityMeasure.Closeness], 15);
        Assert.Equal(0.25, table["d", CentralityMeasure.Closeness], 15);
        // b lies on a–c only: 1 pair of (4·3)/2 = 6.
        Assert.Equal(1.0 / 6.0, table["b", CentralityMeasure.Betweenness], 15);
    }

    [Fact]
    public void Weighted_with_all_weights_one_equals_unweighted()
    {
        var network = CentralityNetworkXTests.Load("karate");
        var ones = CooperationNetwork.FromEdgeList(network.Ties.Select(t => (t.SourceId, t.TargetId, 1.0)));
        // Karate's λ_max ≈ 6.73: α = 0.1 stays below 1/λ_max, so Katz is compared too.
        var plain = Measures.Compute(ones, new CentralityOptions { Measures = CentralityMeasureNames.All });
        var weighted = Measures.Compute(ones, new CentralityOptions { Weighted = true, Measures = CentralityMeasureNames.All });
        foreach (var measure in CentralityMeasureNames.All)
        {
            for (int i = 0; i < plain.Ids.Count; i++)
            {
                Assert.Equal(plain.Column(measure)[i], weighted.Column(measure)[i], 12);
            }
        }
    }

    [Fact]
    public void Results_do_not_depend_on_the_order_of_the_edge_list()
    {
        var network = CentralityNetworkXTests.Load("lesmis");
        var reversed = CooperationNetwork.FromEdgeList(network.Institutions.Select(i => (i.Id, i.Id, 1.0)).Concat(network.Ties.Reverse().Select(t => (t.SourceId, t.TargetId, t.Weight))));
        var a = Measures.Compute(network, new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Betweenness, CentralityMeasure.Closeness] });
        var b = Measures.Compute(reversed, new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Betweenness, CentralityMeasure.Closeness] });
        foreach (var id in a.Ids)
        {
            Assert.Equal(a[id, CentralityMeasure.Betweenness], b[id, CentralityMeasure.Betweenness], 12);
            Assert.Equal(a[id, CentralityMeasure.Closeness], b[id, CentralityMeasure.Closeness], 12);
        }
    }

    [Fact]
    public void Only_the_named_measures_are_computed_and_unknown_names_are_refused()
    {
        var table = Measures.Compute(Edges(("a", "b")), new CentralityOptions { Measures = [CentralityMeasure.Core, CentralityMeasure.Degree] });
        Assert.Equal([CentralityMeasure.Core, CentralityMeasure.Degree], table.Measures);
        Assert.Throws<KeyNotFoundException>(() => table["a", CentralityMeasure.PageRank]);
        var error = Assert.Throws<ArgumentException>(() => CentralityMeasureNames.ParseList("pagerank, pagernak"));
        Assert.Equal("unknown measure 'pagernak'; known measures: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, constraint, effective_size, core, katz", error.Message);
        Assert.Equal([CentralityMeasure.EffectiveSize, CentralityMeasure.PageRank], CentralityMeasureNames.ParseList("effective_size,pagerank"));
        Assert.Throws<ArgumentException>(() => CentralityMeasureNames.ParseList(" , "));
        Assert.Throws<ArgumentException>(() => CentralityMeasureNames.Parse("Betweenness")); // names are the lower-case column names
        Assert.Throws<ArgumentException>(() => Measures.Compute(Edges(("a", "b")), new CentralityOptions { Measures = [CentralityMeasure.Core, CentralityMeasure.Core] }));
        Assert.Throws<ArgumentOutOfRangeException>(() => Measures.Compute(Edges(("a", "b")), new CentralityOptions { Measures = [(CentralityMeasure)12] }));
        Assert.Equal(CentralityMeasureNames.Names, CentralityMeasureNames.All.Select(m => m.ColumnName()));
        Assert.Equal(12, CentralityMeasureNames.Names.Distinct().Count());
    }

    [Fact]
    public void Katz_refuses_an_alpha_at_or_above_one_over_the_largest_eigenvalue()
    {
        // K5: λ_max = 4, so α = 0.25 sits exactly on the boundary where Σ αᵏAᵏ diverges; α = 0.24 is fine.
        var k5 = Edges(("a", "b"), ("a", "c"), ("a", "d"), ("a", "e"), ("b", "c"), ("b", "d"), ("b", "e"), ("c", "d"), ("c", "e"), ("d", "e"));
        var error = Assert.Throws<InvalidOperationException>(() => Measures.Compute(k5, new CentralityOptions { Measures = [CentralityMeasure.Katz], KatzAlpha = 0.25 }));
        Assert.Contains("alpha = 0.25 is not below 1/λ_max = 0.25", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => Measures.Compute(Edges(("a", "b")), new CentralityOptions { Measures = [CentralityMeasure.Katz], KatzAlpha = 1.5 }));
        var fine = Measures.Compute(k5, new CentralityOptions { Measures = [CentralityMeasure.Katz], KatzAlpha = 0.24 });
        Assert.Equal(1 / Math.Sqrt(5), fine["a", CentralityMeasure.Katz], 12);
    }
}
