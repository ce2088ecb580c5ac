using System.Globalization;
using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// Weighted clustering (Onnela et al. 2005) by hand, against NetworkX's <c>clustering(G, weight="weight")</c> kept in
/// Fixtures/Centrality/weighted_clustering.csv (written by weighted_clustering.py beside it), and against the unweighted
/// coefficient where every strength is the same.
/// </summary>
public class WeightedClusteringTests
{
    private static readonly CentralityOptions Weighted = new() { Weighted = true, Measures = [CentralityMeasure.Clustering] };

    /// <summary>The small graphs of weighted_clustering.py, typed again.</summary>
    private static readonly Dictionary<string, (string, string, double)[]> Small = new()
    {
        ["triangle_pendant"] = [("a", "b", 1), ("b", "c", 1), ("c", "a", 1), ("c", "d", 2)],
        ["k4_weighted"] = [("a", "b", 1), ("a", "c", 2), ("a", "d", 3), ("b", "c", 4), ("b", "d", 5), ("c", "d", 6)],
        ["two_triangles"] = [("hub", "x", 8), ("hub", "y", 0.5), ("x", "y", 2), ("hub", "z", 1), ("x", "z", 3), ("z", "w", 0.25)],
    };

    /// <summary>NetworkX's weighted clustering of every node of every graph of the fixture, by graph and node.</summary>
    internal static Dictionary<(string Graph, string Node), double> Fixture() =>
        File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Centrality", "weighted_clustering.csv"))
            .Where(l => !l.StartsWith('#')).Skip(1).Select(l => l.Split(','))
            .ToDictionary(c => (c[0], c[1]), c => double.Parse(c[2], CultureInfo.InvariantCulture));

    public static TheoryData<string> Graphs() => [.. Fixture().Keys.Select(k => k.Graph).Distinct()];

    [Fact]
    public void Triangle_with_a_pendant_tie_of_strength_2_gives_one_sixth_at_the_triangle_corner_that_holds_it()
    {
        // Largest strength 2, so each triangle tie counts 1/2 and the triangle (1/2 · 1/2 · 1/2)^(1/3) = 1/2.
        // c: degree 3, 2 · 1/2 / (3 · 2) = 1/6 (unweighted: 1/3). a and b: degree 2, 2 · 1/2 / 2 = 1/2. d: degree 1, 0.
        var table = Measures.Compute(CooperationNetwork.FromEdgeList(Small["triangle_pendant"]), Weighted);
        Assert.Equal(1.0 / 6.0, table["c", CentralityMeasure.Clustering], 15);
        Assert.Equal(0.5, table["a", CentralityMeasure.Clustering], 15);
        Assert.Equal(0.5, table["b", CentralityMeasure.Clustering], 15);
        Assert.Equal(0.0, table["d", CentralityMeasure.Clustering]);
        Assert.Equal(1.0 / 3.0, Measures.Compute(CooperationNetwork.FromEdgeList(Small["triangle_pendant"]), Weighted with { Weighted = false })["c", CentralityMeasure.Clustering], 15);
    }

    [Fact]
    public void K4_with_six_strengths_by_hand()
    {
        // a is in triangles abc (1·4·2), abd (1·5·3), acd (2·6·3); strengths over the largest, 6. Degree 3.
        double Term(double x, double y, double z) => Math.Cbrt(x / 6 * (y / 6) * (z / 6));
        double a = 2 * (Term(1, 4, 2) + Term(1, 5, 3) + Term(2, 6, 3)) / 6;
        var table = Measures.Compute(CooperationNetwork.FromEdgeList(Small["k4_weighted"]), Weighted);
        Assert.Equal(a, table["a", CentralityMeasure.Clustering], 14);
        Assert.Equal(0.4315632957347275, table["a", CentralityMeasure.Clustering], 14);
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Equals_networkx_on_every_graph_of_the_fixture(string graph)
    {
        var network = Small.TryGetValue(graph, out var edges) ? CooperationNetwork.FromEdgeList(edges) : CentralityNetworkXTests.Load(graph);
        var table = Measures.Compute(network, Weighted);
        var expected = Fixture().Where(e => e.Key.Graph == graph).ToList();
        Assert.Equal(network.Institutions.Count, expected.Count);
        foreach (var ((_, node), value) in expected)
        {
            double actual = table[node, CentralityMeasure.Clustering];
            Assert.True(Math.Abs(value - actual) <= 1e-12 * Math.Max(1, value), $"{graph} {node}: NetworkX {value:R}, ours {actual:R}");
        }
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("lesmis")]
    [InlineData("gminas12")]
    public void Equal_strengths_give_the_unweighted_coefficient_and_scaling_every_strength_changes_nothing(string graph)
    {
        var network = CentralityNetworkXTests.Load(graph);
        var ties = network.Ties.Select(t => (t.SourceId, t.TargetId, t.Weight)).ToList();
        var plain = Measures.Compute(network, Weighted with { Weighted = false });
        var weighted = Measures.Compute(network, Weighted);
        var equal = Measures.Compute(CooperationNetwork.FromEdgeList(ties.Select(t => (t.SourceId, t.TargetId, 3.5))), Weighted);
        var scaled = Measures.Compute(CooperationNetwork.FromEdgeList(ties.Select(t => (t.SourceId, t.TargetId, t.Weight * 8))), Weighted);
        bool differs = false;
        foreach (var (sourceId, _, _) in ties)
        {
            Assert.Equal(plain[sourceId, CentralityMeasure.Clustering], equal[sourceId, CentralityMeasure.Clustering], 14);
            Assert.Equal(weighted[sourceId, CentralityMeasure.Clustering], scaled[sourceId, CentralityMeasure.Clustering], 14);
            Assert.InRange(weighted[sourceId, CentralityMeasure.Clustering], 0.0, plain[sourceId, CentralityMeasure.Clustering] + 1e-15);
            differs |= Math.Abs(weighted[sourceId, CentralityMeasure.Clustering] - plain[sourceId, CentralityMeasure.Clustering]) > 1e-9;
        }

        Assert.True(differs, $"{graph}: the weights changed no coefficient, so this test could not fail");
    }

    [Fact]
    public void The_quikgraph_call_takes_a_weight_and_equals_the_batch_call()
    {
        var network = CooperationNetwork.FromEdgeList(Small["two_triangles"]);
        var table = Measures.Compute(network, Weighted);
        var values = Measures.Clustering(network, e => e.Weight);
        var batch = Measures.Compute(network, e => e.Weight, new CentralityOptions { Measures = [CentralityMeasure.Clustering] })[CentralityMeasure.Clustering];
        foreach (var institution in network.Institutions)
        {
            Assert.Equal(table[institution.Id, CentralityMeasure.Clustering], values[institution]);
            Assert.Equal(table[institution.Id, CentralityMeasure.Clustering], batch[institution]);
        }

        Assert.Equal(1.0, Measures.Clustering(network)[network.Institutions.Single(i => i.Id == "y")], 15);
    }
}
