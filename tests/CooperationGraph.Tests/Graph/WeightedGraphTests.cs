using CooperationGraph.Graph;

namespace CooperationGraph.Tests.Graph;

/// <summary>The CSR graph built by hand: merging, self-loops, edges once, weights, breadth-first order.</summary>
public class WeightedGraphTests
{
    // 0–1 twice (strengths 1 and 2 merge to 3), 1–2 strength 4, a self-loop on 2, 3 isolated, 4–0 strength 0.5.
    private static readonly WeightedGraph Graph = WeightedGraph.FromEdges(5, [(0, 1, 1.0), (2, 1, 4.0), (1, 0, 2.0), (2, 2, 9.0), (4, 0, 0.5)]);

    [Fact]
    public void Repeated_pairs_sum_their_strengths_and_self_loops_are_dropped()
    {
        Assert.Equal([0, 2, 4, 5, 5, 6], Graph.Offsets);
        Assert.Equal([1, 4, 0, 2, 1, 0], Graph.Targets);
        Assert.Equal([3.0, 0.5, 3.0, 4.0, 4.0, 0.5], Graph.Weights);
        Assert.Equal(3, Graph.EdgeCount);
        Assert.Equal((2, 0), (Graph.Degree(1), Graph.Degree(3)));
    }

    [Fact]
    public void Each_edge_is_listed_once_with_the_smaller_end_first()
    {
        Assert.Equal([(0, 1), (0, 4), (1, 2)], Graph.Edges());
    }

    [Fact]
    public void A_weight_is_found_from_either_end_and_an_absent_tie_weighs_zero()
    {
        Assert.Equal((3.0, 3.0, 4.0, 0.5), (Graph.Weight(0, 1), Graph.Weight(1, 0), Graph.Weight(2, 1), Graph.Weight(0, 4)));
        Assert.Equal((0.0, 0.0), (Graph.Weight(0, 2), Graph.Weight(2, 2)));
    }

    [Fact]
    public void Breadth_first_order_goes_component_by_component_from_the_lowest_id()
    {
        Assert.Equal([0, 1, 4, 2, 3], Graph.BreadthFirstOrder());
    }
}
