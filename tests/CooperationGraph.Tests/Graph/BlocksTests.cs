using CooperationGraph.Graph;

namespace CooperationGraph.Tests.Graph;

public class BlocksTests
{
    [Fact]
    public void A_cancelled_search_stops_before_the_first_component_with_ties()
    {
        var graph = WeightedGraph.FromEdges(3, [(0, 1, 1.0), (1, 2, 1.0)]);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.Throws<OperationCanceledException>(() => Blocks.Find(graph, cancelled.Token));
    }
}
