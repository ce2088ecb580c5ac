using CooperationGraph.Tests.IO;
using QuikGraph;
using QuikGraph.Algorithms;
using QuikGraph.Algorithms.ShortestPath;

namespace CooperationGraph.Tests.Networks;

public class QuikGraphInteropTests
{
    // a–b strength 1, b–c 4, a–c 4 (a triangle), d–e 2 (a second component). As distances 1/strength:
    // a–b 1, b–c 0.25, a–c 0.25, d–e 0.5.
    private static readonly CooperationNetwork Network = CooperationNetwork.FromEdgeList(
        [("a", "b", 1.0), ("b", "c", 4.0), ("a", "c", 4.0), ("d", "e", 2.0)]);

    private static Institution V(string id) => Network.Institutions.Single(i => i.Id == id);

    [Fact]
    public void The_network_is_an_undirected_graph_of_institutions()
    {
        IUndirectedGraph<Institution, NetworkEdge> graph = Network;
        Assert.False(graph.IsDirected);
        Assert.False(graph.AllowParallelEdges);
        Assert.Equal(5, graph.VertexCount);
        Assert.Equal(4, graph.EdgeCount);
        Assert.Equal(["a", "b", "c", "d", "e"], graph.Vertices.Select(v => v.Id));
        Assert.Equal(["a–b", "a–c", "b–c", "d–e"], graph.Edges.Select(e => $"{e.Source.Id}–{e.Target.Id}"));
        Assert.Equal([1.0, 4.0, 4.0, 2.0], graph.Edges.Select(e => e.Weight));

        // Reached from b, the a–b edge is still a→b (dataset order) and equals the one reached from a.
        Assert.Equal(["a", "c"], graph.AdjacentEdges(V("b")).Select(e => e.GetOtherVertex(V("b")).Id));
        Assert.Equal(V("a"), graph.AdjacentEdge(V("b"), 0).Source);
        Assert.Equal(graph.AdjacentEdge(V("a"), 0), graph.AdjacentEdge(V("b"), 0));
        Assert.Equal(2, graph.AdjacentDegree(V("c")));
        Assert.True(graph.TryGetEdge(V("c"), V("a"), out var ca));
        Assert.Equal((V("a"), V("c"), 4.0), (ca.Source, ca.Target, ca.Weight));
        Assert.True(graph.ContainsEdge(ca));
        Assert.True(graph.EdgeEqualityComparer(ca, V("c"), V("a")));
        Assert.False(graph.ContainsEdge(V("a"), V("d")));
        Assert.False(graph.TryGetEdge(V("a"), V("e"), out _));

        var stranger = new Institution("x", "x", V("a").Sector);
        Assert.False(graph.ContainsVertex(stranger));
        Assert.Throws<VertexNotFoundException>(() => graph.AdjacentEdges(stranger).ToList());
    }

    [Fact]
    public void QuikGraph_connected_components_run_on_it()
    {
        var components = new Dictionary<Institution, int>();
        int count = Network.ConnectedComponents(components);
        Assert.Equal(2, count);
        Assert.Equal(components[V("a")], components[V("c")]);
        Assert.Equal(components[V("d")], components[V("e")]);
        Assert.NotEqual(components[V("a")], components[V("d")]);
    }

    [Fact]
    public void QuikGraph_dijkstra_runs_on_it_with_distance_one_over_strength()
    {
        // From a: to c directly 0.25; to b via c 0.25 + 0.25 = 0.5, shorter than the direct 1.
        var dijkstra = new UndirectedDijkstraShortestPathAlgorithm<Institution, NetworkEdge>(Network, e => 1 / e.Weight);
        dijkstra.Compute(V("a"));
        Assert.True(dijkstra.TryGetDistance(V("b"), out double b));
        Assert.Equal(0.5, b, 15);
        Assert.True(dijkstra.TryGetDistance(V("c"), out double c));
        Assert.Equal(0.25, c, 15);
        Assert.True(dijkstra.TryGetDistance(V("d"), out double d)); // QuikGraph's word for unreachable
        Assert.Equal(double.MaxValue, d);

        var paths = Network.ShortestPathsDijkstra(e => 1 / e.Weight, V("a"));
        Assert.True(paths(V("b"), out var path));
        Assert.Equal(["a–c", "b–c"], path.Select(e => $"{e.Source.Id}–{e.Target.Id}"));
    }

    [Fact]
    public void QuikGraph_kruskal_gives_the_strongest_spanning_forest()
    {
        // Minimum distance = maximum strength: a–c, b–c (strength 4) and d–e; a–b (strength 1) is left out.
        var forest = Network.MinimumSpanningTreeKruskal(e => 1 / e.Weight).ToList();
        Assert.Equal(["a–c", "b–c", "d–e"], forest.Select(e => $"{e.Source.Id}–{e.Target.Id}").Order());
        Assert.Equal(10.0, forest.Sum(e => e.Weight));
    }

    [Fact]
    public void Edges_of_a_dataset_network_carry_the_events_and_components_match_ours()
    {
        var dataset = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var network = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted });
        Assert.Equal(network.Ties.Count, network.Edges.Count());
        foreach (var (edge, tie) in network.Edges.Zip(network.Ties))
        {
            Assert.Equal(tie, edge.Tie);
            Assert.Equal((tie.SourceId, tie.TargetId), (edge.Source.Id, edge.Target.Id));
            Assert.Equal(tie.Events, edge.Events);
        }

        foreach (var institution in network.Institutions)
        {
            Assert.Equal(network.Degree(institution.Id), network.AdjacentEdges(institution).Count());
            Assert.All(network.AdjacentEdges(institution), e => Assert.Equal(network.Weight(e.Source.Id, e.Target.Id), e.Weight));
        }

        var components = new Dictionary<Institution, int>();
        Assert.Equal(StructureAnalysis.Compute(network).Components.Count, network.ConnectedComponents(components));
    }
}
