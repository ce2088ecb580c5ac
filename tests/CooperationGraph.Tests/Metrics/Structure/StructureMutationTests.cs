using QuikGraph;

namespace CooperationGraph.Tests.Metrics.Structure;

/// <summary>By-hand checks for the gaps found by mutation testing of Metrics/Structure (issue 26).</summary>
public class StructureMutationTests
{
    // A clique a, b, c, d with one pendant each: core {a, b, c, d} has every core pair tied and no periphery tie, ρ = 1.
    private static CooperationNetwork CliqueWithPendants() => CooperationNetwork.FromEdgeList(
    [
        ("a", "b", 1.0), ("a", "c", 1.0), ("a", "d", 1.0), ("b", "c", 1.0), ("b", "d", 1.0), ("c", "d", 1.0),
        ("e", "a", 1.0), ("f", "b", 1.0), ("g", "c", 1.0), ("h", "d", 1.0),
    ]);

    // The path a–b–c–d.
    private static CooperationNetwork Path() => CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 1.0), ("c", "d", 1.0)]);

    [Fact]
    public void Borgatti_everett_of_a_null_network_throws_argument_null()
    {
        Assert.Throws<ArgumentNullException>(() => CorePeripheryDetection.BorgattiEverett(null!));
    }

    [Fact]
    public void One_restart_is_allowed_and_finds_the_clique_as_core()
    {
        var partition = CorePeripheryDetection.BorgattiEverett(CliqueWithPendants(), new CorePeripheryOptions { Restarts = 1 });

        Assert.Equal(["a", "b", "c", "d"], partition.Core);
        Assert.Equal(1.0, partition.Correlation, 1e-15);
    }

    [Fact]
    public void Zero_restarts_throw_with_the_message_at_least_one()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CorePeripheryDetection.BorgattiEverett(CliqueWithPendants(), new CorePeripheryOptions { Restarts = 0 }));

        Assert.StartsWith("The number of restarts must be at least 1.", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, error.ActualValue);
    }

    [Fact]
    public void Correlation_of_a_null_network_or_null_core_throws_argument_null()
    {
        Assert.Throws<ArgumentNullException>(() => CorePeripheryDetection.Correlation(null!, ["a"]));
        Assert.Throws<ArgumentNullException>(() => CorePeripheryDetection.Correlation(CliqueWithPendants(), null!));
    }

    // 301 institutions (above the swap limit of 300): the clique with pendants and 293 isolated institutions; one restart,
    // so the only start is the degree prefix a, b, c, d with ρ = 1 (N_c = 6 pairs all tied, no tie in the periphery), which
    // the moves cannot beat; the search must stop although no swap round runs.
    [Fact]
    public void Above_the_swap_limit_the_search_stops_with_the_clique_as_core()
    {
        var edges = new List<(string, string, double)>
        {
            ("a", "b", 1.0), ("a", "c", 1.0), ("a", "d", 1.0), ("b", "c", 1.0), ("b", "d", 1.0), ("c", "d", 1.0),
            ("e", "a", 1.0), ("f", "b", 1.0), ("g", "c", 1.0), ("h", "d", 1.0),
        };
        edges.AddRange(Enumerable.Range(0, 293).Select(i => ($"x{i}", $"x{i}", 1.0)));
        var network = CooperationNetwork.FromEdgeList(edges);
        Assert.Equal(301, network.Institutions.Count);

        var partition = CorePeripheryDetection.BorgattiEverett(network, new CorePeripheryOptions { Restarts = 1 });

        Assert.Equal(["a", "b", "c", "d"], partition.Core);
        Assert.Equal(1.0, partition.Correlation, 1e-15);
    }

    // A star of 21: the centre o, then leaves l00 … l19 in dataset order. The degree-ordered start is o, then the leaves
    // in dataset order; its best prefix, o with l00, has ρ = 1 (the core's one pair tied, none of the 171
    // periphery pairs), which no later start beats, so the core is l00 and o. Above 16 items Array.Sort is not stable, so
    // this needs the re-sort of equal degrees by position (unsorted, l17 would come second).
    [Fact]
    public void A_star_of_twenty_one_takes_the_first_leaf_in_dataset_order_into_the_core()
    {
        var star = CooperationNetwork.FromEdgeList(Enumerable.Range(0, 20).Select(i => ("o", $"l{i:00}", 1.0)).ToList());

        var partition = CorePeripheryDetection.BorgattiEverett(star);

        Assert.Equal(["o", "l00"], partition.Core);
        Assert.Equal(1.0, partition.Correlation, 1e-15);
    }

    [Fact]
    public void Articulation_points_of_a_quikgraph_path_are_its_two_inner_vertices()
    {
        var graph = new UndirectedGraph<string, Edge<string>>();
        graph.AddVerticesAndEdgeRange([new Edge<string>("a", "b"), new Edge<string>("b", "c"), new Edge<string>("c", "d")]);

        Assert.Equal(["b", "c"], StructureAnalysis.ArticulationPoints(graph));
    }

    [Fact]
    public void Bridges_of_a_quikgraph_path_are_its_three_edges_in_vertex_order()
    {
        var graph = new UndirectedGraph<string, Edge<string>>();
        graph.AddVerticesAndEdgeRange([new Edge<string>("a", "b"), new Edge<string>("b", "c"), new Edge<string>("c", "d")]);

        Assert.Equal([("a", "b"), ("b", "c"), ("c", "d")], StructureAnalysis.Bridges(graph));
    }

    // Path a–b–c–d: one component, 3 ties of 6 pairs (density 1/2), fragmentation 0; without b: {a} and {c, d}, 2 of
    // 3·2 = 6 ordered pairs reachable, F = 2/3; without a: a path of 3, F = 0.
    [Fact]
    public void Structure_of_a_path_of_four_by_hand()
    {
        var summary = StructureAnalysis.Compute(Path());

        Assert.Equal([["a", "b", "c", "d"]], summary.Components);
        Assert.Equal(["b", "c"], summary.ArticulationPoints);
        Assert.Equal([new Bridge("a", "b"), new Bridge("b", "c"), new Bridge("c", "d")], summary.Bridges);
        Assert.Equal(0.5, summary.Density);
        Assert.Equal(0.0, summary.Fragmentation);
        Assert.Equal(
            [new RemovalEffect("a", false, 0.0), new RemovalEffect("b", true, 1 - (2 / 6.0)), new RemovalEffect("c", true, 1 - (2 / 6.0)), new RemovalEffect("d", false, 0.0)],
            summary.FragmentationWithout);
    }
}
