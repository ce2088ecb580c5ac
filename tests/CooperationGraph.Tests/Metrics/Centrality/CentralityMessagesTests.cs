using QuikGraph;
using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// The sentences and lookups of the measure names, the table and the per-vertex values: each refusal with its exact
/// message or parameter, each lookup of a missing key, and the short text of a value set.
/// </summary>
public class CentralityMessagesTests
{
    private const string Known = "known measures: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, constraint, effective_size, core, katz";

    private static CooperationNetwork Pair() => CooperationNetwork.FromEdgeList([("a", "b", 1.0)]);

    [Fact]
    public void Unknown_names_are_refused_with_the_known_ones()
    {
        Assert.Equal($"unknown measure 'Betweenness'; {Known}", Assert.Throws<ArgumentException>(() => CentralityMeasureNames.Parse("Betweenness")).Message);
        Assert.Equal($"unknown measure 'x', 'y'; {Known}", Assert.Throws<ArgumentException>(() => CentralityMeasureNames.ParseList("x,degree, y")).Message);
        Assert.Equal($"no measure named; {Known}", Assert.Throws<ArgumentException>(() => CentralityMeasureNames.ParseList(" , ")).Message);
        Assert.Equal("list", Assert.Throws<ArgumentNullException>(() => CentralityMeasureNames.ParseList(null!)).ParamName);
        Assert.False(CentralityMeasureNames.TryParse(null, out var none));
        Assert.Equal(default, none);
    }

    [Fact]
    public void Compute_refuses_a_null_network_a_measure_named_twice_and_an_undefined_measure_by_name()
    {
        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => Measures.Compute(null!)).ParamName);
        var twice = Assert.Throws<ArgumentException>(() => Measures.Compute(Pair(), new CentralityOptions { Measures = [CentralityMeasure.Core, CentralityMeasure.Degree, CentralityMeasure.Core] }));
        Assert.Equal("A measure is named twice: core, degree, core.", twice.Message);
        // Checked by its name before anything is computed ("measure"), not met later in the switch ("measures").
        var undefined = Assert.Throws<ArgumentOutOfRangeException>(() => Measures.Compute(Pair(), new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Strength, (CentralityMeasure)12] }));
        Assert.Equal("measure", undefined.ParamName);
        Assert.StartsWith("Not a centrality measure.", undefined.Message, StringComparison.Ordinal);
        var inner = Assert.Throws<ArgumentOutOfRangeException>(() => Measures.Values(Pair().Graph, [(CentralityMeasure)12], new CentralityOptions(), CancellationToken.None));
        Assert.Equal("measures", inner.ParamName);
        Assert.StartsWith("Not a centrality measure.", inner.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_names_a_measure_not_computed_and_an_unknown_institution_and_lists_its_ids()
    {
        var table = Measures.Compute(Pair(), new CentralityOptions { Measures = [CentralityMeasure.Core, CentralityMeasure.Degree] });
        const string notComputed = "measure 'pagerank' was not computed; computed: core, degree";
        Assert.Equal(notComputed, Assert.Throws<KeyNotFoundException>(() => table.Column(CentralityMeasure.PageRank)).Message);
        Assert.Equal(notComputed, Assert.Throws<KeyNotFoundException>(() => table[CentralityMeasure.PageRank]).Message);
        Assert.Equal("unknown institution 'zz'", Assert.Throws<KeyNotFoundException>(() => table["zz", CentralityMeasure.Core]).Message);
        Assert.Equal(1.0, table["b", CentralityMeasure.Degree]);
        Assert.Equal(["a", "b"], table.Ids);
    }

    [Fact]
    public void Vertex_values_name_a_missing_vertex_and_try_get_value_tells_found_from_missing()
    {
        var graph = new UndirectedGraph<string, Edge<string>>();
        graph.AddVerticesAndEdgeRange([new Edge<string>("a", "b"), new Edge<string>("b", "c")]);
        var degree = Measures.Degree(graph);
        Assert.Equal("Vertex 'z' is not in the graph.", Assert.Throws<KeyNotFoundException>(() => degree["z"]).Message);
        Assert.True(degree.TryGetValue("b", out double b));
        Assert.Equal(2.0, b);
        Assert.False(degree.TryGetValue("z", out double z));
        Assert.Equal(0.0, z);
        Assert.Equal([new KeyValuePair<string, double>("a", 1), new("b", 2), new("c", 1)], degree);
        Assert.Equal(3, degree.Count);
    }

    [Fact]
    public void Vertex_values_show_at_most_eight_pairs()
    {
        static string Text(int n)
        {
            var graph = new UndirectedGraph<int, Edge<int>>();
            graph.AddVertexRange(Enumerable.Range(1, n));
            graph.AddEdge(new Edge<int>(1, 2));
            return Measures.Degree(graph).ToString();
        }

        Assert.Equal("{1: 1, 2: 1, 3: 0}", Text(3));
        Assert.Equal("{1: 1, 2: 1, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0}", Text(8));
        Assert.Equal("{1: 1, 2: 1, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, …}", Text(9));
        var path = new UndirectedGraph<string, Edge<string>>();
        path.AddVerticesAndEdgeRange([new Edge<string>("a", "b"), new Edge<string>("b", "c")]);
        Assert.Equal("{a: 0.666667, b: 1, c: 0.666667}", Measures.Closeness(path).ToString());
    }
}
