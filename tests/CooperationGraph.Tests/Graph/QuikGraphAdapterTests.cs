using CooperationGraph.Graph;
using QuikGraph;

namespace CooperationGraph.Tests.Graph;

public class QuikGraphAdapterTests
{
    [Fact]
    public void A_null_graph_is_refused_by_name()
    {
        var exception = Assert.Throws<ArgumentNullException>(() => QuikGraphAdapter.ToWeightedGraph<int, Edge<int>>(null!, null));
        Assert.Equal("graph", exception.ParamName);
    }

    [Fact]
    public void A_self_loop_is_dropped_before_its_weight_is_checked_and_parallel_edges_add_up()
    {
        var graph = new UndirectedGraph<int, TaggedEdge<int, double>>(allowParallelEdges: true);
        graph.AddVerticesAndEdgeRange([new(7, 7, 0.0), new(7, 3, 2.0), new(3, 7, 1.5), new(3, 5, 1.0)]);
        var (weighted, vertices, index) = QuikGraphAdapter.ToWeightedGraph(graph, e => e.Tag);
        Assert.Equal([7, 3, 5], vertices);
        Assert.Equal((0, 1, 2), (index[7], index[3], index[5]));
        Assert.Equal([(0, 1), (1, 2)], weighted.Edges());
        Assert.Equal((3.5, 1.0), (weighted.Weight(0, 1), weighted.Weight(1, 2)));
    }
}
