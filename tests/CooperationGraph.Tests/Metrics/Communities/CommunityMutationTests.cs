namespace CooperationGraph.Tests.Metrics.Communities;

/// <summary>Guards, sector counts and edge cases of community detection that the fixture tests do not reach (issue 26).</summary>
public class CommunityMutationTests
{
    private static CooperationNetwork TwoTriangles() => CooperationNetwork.FromEdgeList(
    [
        ("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 1.0), ("c", "d", 1.0), ("d", "e", 1.0), ("e", "f", 1.0), ("d", "f", 1.0),
    ]);

    /// <summary>The two triangles with sectors: a, c of OPS and b of PUP; d, e, f of SCH, POL and PCPR.</summary>
    private static CooperationNetwork TwoTrianglesWithSectors()
    {
        string[] codes = ["OPS", "PUP", "OPS", "SCH", "POL", "PCPR"];
        var institutions = codes.Select((code, i) => new Institution(((char)('a' + i)).ToString(), "n", new Sector(code, code, code))).ToList();
        var edges = new List<(int U, int V, double Weight, string Event)>
        {
            (0, 1, 1.0, "edge"), (1, 2, 1.0, "edge"), (0, 2, 1.0, "edge"), (2, 3, 1.0, "edge"), (3, 4, 1.0, "edge"), (4, 5, 1.0, "edge"), (3, 5, 1.0, "edge"),
        };
        return CooperationNetwork.FromEdges(institutions, edges, new NetworkOptions { Layers = NetworkLayers.DirectTies });
    }

    [Fact]
    public void Leiden_of_a_null_network_throws_argument_null_naming_it()
    {
        var error = Assert.Throws<ArgumentNullException>(() => CommunityDetection.Leiden(null!));
        Assert.Equal("network", error.ParamName);
    }

    [Fact]
    public void Modularity_of_a_null_network_or_null_communities_throws_argument_null_naming_it()
    {
        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => CommunityDetection.Modularity(null!, [0])).ParamName);
        Assert.Equal("communities", Assert.Throws<ArgumentNullException>(() => CommunityDetection.Modularity(TwoTriangles(), null!)).ParamName);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void A_resolution_not_positive_and_finite_throws_out_of_range_saying_it_must_be_positive(double resolution)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CommunityDetection.Leiden(TwoTriangles(), new CommunityOptions { Resolution = resolution }));
        Assert.Equal("options", error.ParamName);
        Assert.Equal(resolution, error.ActualValue);
        Assert.StartsWith("The resolution must be a positive number.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_leiden_throws_operation_cancelled()
    {
        Assert.Throws<OperationCanceledException>(() => CommunityDetection.Leiden(TwoTriangles(), cancellationToken: new CancellationToken(true)));
    }

    [Fact]
    public void The_partition_keeps_the_options_it_was_found_with()
    {
        var options = new CommunityOptions { Seed = 3, Restarts = 2 };
        Assert.Same(options, CommunityDetection.Leiden(TwoTriangles(), options).Options);
    }

    [Fact]
    public void Weighted_modularity_of_a_path_counts_weights_and_unweighted_counts_ties()
    {
        // a–b weighs 3, b–c 1; communities {a, b} and {c}. Weighted: m = 4, strengths 3, 4, 1:
        // 3/4 − (7/8)² − (1/8)² = −1/32. Unweighted: m = 2, degrees 1, 2, 1: 1/2 − (3/4)² − (1/4)² = −1/8.
        var network = CooperationNetwork.FromEdgeList([("a", "b", 3.0), ("b", "c", 1.0)]);
        Assert.Equal(-1.0 / 32, CommunityDetection.Modularity(network, [5, 5, 9], weighted: true), 1e-15);
        Assert.Equal(-1.0 / 8, CommunityDetection.Modularity(network, [5, 5, 9]), 1e-15);
    }

    [Fact]
    public void Modularity_of_a_network_without_ties_is_nan()
    {
        var network = CooperationNetwork.FromEdgeList([("a", "a", 1.0), ("b", "b", 1.0)]);
        Assert.True(double.IsNaN(CommunityDetection.Modularity(network, [0, 1])));
    }

    [Fact]
    public void Each_community_counts_its_institutions_per_sector_in_order_of_first_member()
    {
        var partition = CommunityDetection.Leiden(TwoTrianglesWithSectors());
        Assert.Equal([new("OPS", 2), new("PUP", 1)], partition.Groups[0].Sectors);
        Assert.Equal([new("SCH", 1), new("POL", 1), new("PCPR", 1)], partition.Groups[1].Sectors);
    }

    [Fact]
    public void Cross_sector_share_counts_communities_of_exactly_three_sectors_one_of_two()
    {
        // {a, b, c} holds OPS and PUP (two sectors), {d, e, f} SCH, POL and PCPR (three): 1 of 2 communities.
        Assert.Equal(0.5, CommunityDetection.Leiden(TwoTrianglesWithSectors()).CrossSector);
    }
}
