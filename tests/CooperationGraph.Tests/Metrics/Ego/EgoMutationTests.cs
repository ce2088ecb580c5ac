namespace CooperationGraph.Tests.Metrics.Ego;

/// <summary>
/// Guards and edges of <see cref="EgoMeasures"/> that the worked examples do not reach (tests/MUTATION.md).
/// </summary>
public class EgoMutationTests
{
    [Fact]
    public void Ego_measures_of_a_null_network_throw_argument_null()
    {
        var error = Assert.Throws<ArgumentNullException>(() => EgoMeasures.Compute(null!));

        Assert.Equal("network", error.ParamName);
    }

    [Fact]
    public void Cancelled_ego_measures_of_one_institution_throw()
    {
        var network = CooperationNetwork.FromEdgeList([("X", "X", 1.0)]);

        Assert.Throws<OperationCanceledException>(() => EgoMeasures.Compute(network, new CancellationToken(true)));
    }

    [Fact]
    public void Ego_measures_on_the_compact_graph_leave_the_ids_empty()
    {
        // A–B: on the graph alone the rows have no ids; the public overload fills them in.
        var network = CooperationNetwork.FromEdgeList([("A", "B", 1.0)]);

        var rows = EgoMeasures.Compute(network.Graph, CancellationToken.None);

        Assert.Equal(["", ""], rows.Select(r => r.Id));
    }
}
