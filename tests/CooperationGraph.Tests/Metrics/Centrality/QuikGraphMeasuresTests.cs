using CooperationGraph.Tests.IO;
using QuikGraph;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>The measures on any QuikGraph graph: equal to the same network built from a dataset, and by hand.</summary>
public class QuikGraphMeasuresTests
{
    private static readonly CooperationNetwork Loniow = CooperationNetwork.Build(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new NetworkOptions { Layers = NetworkLayers.Enacted });

    /// <summary>Łoniów's enacted network typed by hand into a QuikGraph graph of ids, in the given vertex order.</summary>
    private static UndirectedGraph<string, TaggedUndirectedEdge<string, double>> ByHand(IEnumerable<string> order)
    {
        var graph = new UndirectedGraph<string, TaggedUndirectedEdge<string, double>>();
        graph.AddVertexRange(order);
        foreach (var tie in Loniow.Ties)
        {
            // TaggedUndirectedEdge wants source ≤ target under the default comparer.
            bool ordered = Comparer<string>.Default.Compare(tie.SourceId, tie.TargetId) <= 0;
            graph.AddEdge(new TaggedUndirectedEdge<string, double>(ordered ? tie.SourceId : tie.TargetId, ordered ? tie.TargetId : tie.SourceId, tie.Weight));
        }

        return graph;
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_quikgraph_graph_built_by_hand_gives_the_centrality_of_the_dataset_network(bool weighted)
    {
        var expected = CentralityAnalysis.Compute(Loniow, new CentralityOptions { Weighted = weighted });
        var ids = Loniow.Institutions.Select(i => i.Id).ToList();
        foreach (var (order, digits) in new[] { (ids, 15), ([.. Enumerable.Reverse(ids)], 9) })
        {
            var graph = ByHand(order);
            Func<TaggedUndirectedEdge<string, double>, double>? weight = weighted ? e => e.Tag : null;
            var all = CentralityAnalysis.Compute(graph, weight);
            Assert.Equal(CentralityMeasureNames.Basic, all.Keys);
            Assert.Equal(order, all[CentralityMeasure.Degree].Keys);
            foreach (var measure in CentralityMeasureNames.Basic)
            {
                foreach (var id in ids)
                {
                    // Strength is a sum of weights on the network always; here it counts edges when unweighted.
                    double want = measure == CentralityMeasure.Strength && !weighted ? Loniow.Degree(id) : expected[id, measure];
                    Assert.Equal(want, all[measure][id], digits);
                }
            }

            foreach (var id in ids)
            {
                Assert.Equal(expected[id, CentralityMeasure.Betweenness], CentralityAnalysis.Betweenness(graph, weight)[id], digits);
                Assert.Equal(expected[id, CentralityMeasure.Closeness], CentralityAnalysis.Closeness(graph, weight)[id], digits);
                Assert.Equal(expected[id, CentralityMeasure.Constraint], CentralityAnalysis.Constraint(graph, weight)[id], digits);
                Assert.Equal(expected[id, CentralityMeasure.PageRank], CentralityAnalysis.PageRank(graph, weight)[id], digits);
            }
        }
    }

    [Fact]
    public void Each_measure_runs_on_the_cooperation_network_itself()
    {
        // Weighted, λ_max of Łoniów is larger than unweighted (10.66): α = 0.01 stays below 1/λ_max.
        var expected = CentralityAnalysis.Compute(Loniow, new CentralityOptions { Weighted = true, Measures = CentralityMeasureNames.All, KatzAlpha = 0.01 });
        var calls = new (string Column, VertexValues<Institution> Values)[]
        {
            ("degree", CentralityAnalysis.Degree(Loniow)),
            ("strength", CentralityAnalysis.Strength(Loniow, e => e.Weight)),
            ("betweenness", CentralityAnalysis.Betweenness(Loniow, e => e.Weight)),
            ("closeness", CentralityAnalysis.Closeness(Loniow, e => e.Weight)),
            ("harmonic", CentralityAnalysis.Harmonic(Loniow, e => e.Weight)),
            ("eigenvector", CentralityAnalysis.Eigenvector(Loniow, e => e.Weight)),
            ("pagerank", CentralityAnalysis.PageRank(Loniow, e => e.Weight)),
            ("clustering", CentralityAnalysis.Clustering(Loniow, e => e.Weight)),
            ("constraint", CentralityAnalysis.Constraint(Loniow, e => e.Weight)),
            ("effective_size", CentralityAnalysis.EffectiveSize(Loniow, e => e.Weight)),
            ("core", CentralityAnalysis.CoreNumber(Loniow)),
            ("katz", CentralityAnalysis.Katz(Loniow, e => e.Weight, alpha: 0.01)),
        };
        foreach (var (column, values) in calls)
        {
            Assert.Equal(Loniow.Institutions, values.Keys);
            foreach (var institution in Loniow.Institutions)
            {
                Assert.Equal(expected[institution.Id, CentralityMeasureNames.Parse(column)], values[institution], 15);
            }
        }

        var structure = StructureAnalysis.Compute(Loniow);
        Assert.Equal(structure.ArticulationPoints, StructureAnalysis.ArticulationPoints(Loniow).Select(i => i.Id));
        Assert.Equal(structure.Bridges, StructureAnalysis.Bridges(Loniow).Select(b => new Bridge(b.First.Id, b.Second.Id)));
    }

    [Fact]
    public void Parallel_edges_merge_and_self_loops_are_ignored()
    {
        // a=b joined twice, b–c once, c with a self-loop: the tie a–b has strength 2, c's loop counts nowhere.
        var graph = new UndirectedGraph<string, Edge<string>>(allowParallelEdges: true);
        graph.AddVerticesAndEdgeRange([new Edge<string>("a", "b"), new Edge<string>("b", "a"), new Edge<string>("b", "c"), new Edge<string>("c", "c")]);
        Assert.Equal([1.0, 2.0, 1.0], CentralityAnalysis.Degree(graph).Values);
        Assert.Equal([2.0, 3.0, 1.0], CentralityAnalysis.Strength(graph).Values);
        Assert.Equal([1.0, 1.0, 1.0], CentralityAnalysis.CoreNumber(graph).Values);
        // b is on the only a–c path: normalised 1 of (n−1)(n−2)/2 = 1 pair; unnormalised 1 pair.
        Assert.Equal(1.0, CentralityAnalysis.Betweenness(graph)["b"], 15);
        Assert.Equal(1.0, CentralityAnalysis.Betweenness(graph, normalized: false)["b"], 15);
        // Weighted: a–b has strength 2 (1 + 1), so its distance is 1/2; closeness of a = 2 / (0.5 + 1.5).
        Assert.Equal(1.0, CentralityAnalysis.Closeness(graph, e => 1.0)["a"], 15);
        Assert.Equal(["b"], StructureAnalysis.ArticulationPoints(graph));
        Assert.Equal([("b", "c")], StructureAnalysis.Bridges(graph)); // a=b is doubled: no single loss separates it
    }

    [Fact]
    public void Unnormalised_betweenness_counts_each_pair_once_as_networkx()
    {
        // Path a–b–c–d: b lies on a–c and a–d (2 pairs), normalised 2/3.
        var graph = new UndirectedGraph<string, Edge<string>>();
        graph.AddVerticesAndEdgeRange([new Edge<string>("a", "b"), new Edge<string>("b", "c"), new Edge<string>("c", "d")]);
        Assert.Equal(2.0, CentralityAnalysis.Betweenness(graph, normalized: false)["b"], 15);
        Assert.Equal(2.0 / 3.0, CentralityAnalysis.Betweenness(graph)["b"], 15);
        Assert.Throws<KeyNotFoundException>(() => CentralityAnalysis.Degree(graph)["z"]);
        Assert.False(CentralityAnalysis.Degree(graph).ContainsKey("z"));
    }

    [Fact]
    public void A_weight_must_be_a_positive_strength()
    {
        var graph = new UndirectedGraph<string, Edge<string>>();
        graph.AddVerticesAndEdge(new Edge<string>("a", "b"));
        var error = Assert.Throws<ArgumentException>(() => CentralityAnalysis.Betweenness(graph, e => 0.0));
        Assert.StartsWith("Edge a–b: a weight must be a positive finite number (a strength), not 0.", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => CentralityAnalysis.PageRank(graph, alpha: 1.0));
    }
}
