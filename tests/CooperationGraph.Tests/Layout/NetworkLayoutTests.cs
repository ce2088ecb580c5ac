using CooperationGraph.Layout;

namespace CooperationGraph.Tests.Layout;

/// <summary>By-hand cases, determinism, grouping and argument checks of <see cref="NetworkLayout.Compute"/> with <see cref="LayoutAlgorithm.ForceDirected"/>.</summary>
public class NetworkLayoutTests
{
    private static readonly LayoutOptions ForceDirected = new() { Algorithm = LayoutAlgorithm.ForceDirected };
    private static readonly Sector Ops = new("OPS", "ośrodek pomocy społecznej", "social assistance centre");

    [Fact]
    public void One_institution_sits_at_the_origin()
    {
        var network = CooperationNetwork.FromEdgeList([("A", "A", 1.0)]);
        var positions = NetworkLayout.Compute(network, ForceDirected);
        Assert.Equal(1, positions.Count);
        Assert.Equal((0.0, 0.0), positions["A"]);
    }

    [Fact]
    public void No_institutions_give_no_positions()
    {
        var positions = NetworkLayout.Compute(CooperationNetwork.FromEdgeList([]), ForceDirected);
        Assert.Equal(0, positions.Count);
        Assert.Empty(positions.Ids);
    }

    [Fact]
    public void Two_tied_institutions_end_symmetric_about_the_origin_with_largest_coordinate_one()
    {
        var positions = NetworkLayout.Compute(CooperationNetwork.FromEdgeList([("A", "B", 1.0)]), new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 3 });
        var (ax, ay) = positions["A"];
        var (bx, by) = positions["B"];
        Assert.Equal(-ax, bx, 1e-15);
        Assert.Equal(-ay, by, 1e-15);
        Assert.Equal(1.0, new[] { ax, ay, bx, by }.Max(Math.Abs));
    }

    [Fact]
    public void Institutions_starting_at_one_point_stay_at_the_origin()
    {
        var network = LayoutNetworkXTests.Load("path5");
        var (x, y) = NetworkLayout.ForceDirected(network.Graph, new double[5], new double[5], null, new LayoutOptions());
        Assert.All(x, v => Assert.Equal(0.0, v));
        Assert.All(y, v => Assert.Equal(0.0, v));
    }

    [Fact]
    public void The_same_seed_gives_bit_identical_positions()
    {
        var network = LayoutNetworkXTests.Load("lesmis");
        var options = new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 42, Weighted = true, Grouping = LayoutGrouping.Sector };
        var first = NetworkLayout.Compute(network, options);
        var second = NetworkLayout.Compute(network, options);
        Assert.Equal(first.X.Select(BitConverter.DoubleToInt64Bits), second.X.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(first.Y.Select(BitConverter.DoubleToInt64Bits), second.Y.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void A_different_seed_gives_different_positions()
    {
        var network = LayoutNetworkXTests.Load("karate");
        var first = NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 1 });
        var second = NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 2 });
        Assert.NotEqual(first.X, second.X);
    }

    [Fact]
    public void Every_institution_of_a_disconnected_network_gets_its_own_finite_place()
    {
        var positions = NetworkLayout.Compute(LayoutNetworkXTests.Load("two_components_isolate"), ForceDirected);
        Assert.Equal(7, positions.Count);
        Assert.All(positions.X.Concat(positions.Y), v => Assert.True(double.IsFinite(v) && Math.Abs(v) <= 1));
        Assert.Equal(7, positions.Ids.Select(id => positions[id]).Distinct().Count());
        Assert.Equal(1.0, positions.X.Concat(positions.Y).Max(Math.Abs));
        Assert.Equal(0.0, positions.X.Average(), 1e-15);
        Assert.Equal(0.0, positions.Y.Average(), 1e-15);
    }

    [Fact]
    public void Weighted_with_every_weight_one_equals_unweighted()
    {
        var network = LayoutNetworkXTests.Load("florentine");
        var weighted = NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Weighted = true, Seed = 5 });
        var unweighted = NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 5 });
        Assert.Equal(unweighted.X, weighted.X);
        Assert.Equal(unweighted.Y, weighted.Y);
    }

    [Fact]
    public void Weights_change_the_layout_when_they_differ()
    {
        var network = LayoutNetworkXTests.Load("lesmis");
        var weighted = NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Weighted = true });
        var unweighted = NetworkLayout.Compute(network, ForceDirected);
        Assert.NotEqual(unweighted.X, weighted.X);
    }

    [Theory]
    [InlineData(LayoutGrouping.Sector)]
    [InlineData(LayoutGrouping.Level)]
    public void Grouping_puts_a_group_closer_together_than_to_the_others(LayoutGrouping grouping)
    {
        var network = CooperationNetwork.Build(CooperationGenerator.Generate(new GeneratorOptions { Gminas = 3, Seed = 7 }));
        var positions = NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Grouping = grouping });
        var (intra, inter) = MeanDistances(network, positions, grouping);
        Assert.True(intra < inter, $"{grouping}: within groups {intra}, between groups {inter}");
    }

    [Fact]
    public void Grouping_by_sector_separates_sectors_more_than_no_grouping_does()
    {
        var network = CooperationNetwork.Build(CooperationGenerator.Generate(new GeneratorOptions { Gminas = 3, Seed = 7 }));
        var (groupedIntra, groupedInter) = MeanDistances(network, NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Grouping = LayoutGrouping.Sector }), LayoutGrouping.Sector);
        var (plainIntra, plainInter) = MeanDistances(network, NetworkLayout.Compute(network, ForceDirected), LayoutGrouping.Sector);
        Assert.True(groupedIntra / groupedInter < plainIntra / plainInter,
            $"grouped ratio {groupedIntra / groupedInter}, ungrouped ratio {plainIntra / plainInter}");
    }

    [Fact]
    public void Institutions_without_a_level_form_their_own_group()
    {
        var institutions = new[]
        {
            new Institution("A", "A", Ops, level: TerritorialLevel.Gmina),
            new Institution("B", "B", Ops),
            new Institution("C", "C", Ops, level: TerritorialLevel.Powiat),
            new Institution("D", "D", Ops),
        };
        var (groups, count) = InitialLayout.Groups(institutions, LayoutGrouping.Level);
        Assert.Equal(3, count);
        Assert.Equal([0, 1, 2, 1], groups!);
        Assert.Equal((null, 0), InitialLayout.Groups(institutions, LayoutGrouping.None));
        Assert.Equal([0, 0, 0, 0], InitialLayout.Groups(institutions, LayoutGrouping.Sector).Groups!);
    }

    [Fact]
    public void A_cancelled_token_stops_the_layout()
    {
        var network = LayoutNetworkXTests.Load("karate");
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => NetworkLayout.Compute(network, ForceDirected, source.Token));
    }

    [Fact]
    public void An_unknown_institution_is_named_in_the_exception()
    {
        var positions = NetworkLayout.Compute(LayoutNetworkXTests.Load("path5"), ForceDirected);
        var exception = Assert.Throws<KeyNotFoundException>(() => positions["GOPS_NOWHERE"]);
        Assert.Contains("GOPS_NOWHERE", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Positions_are_read_only_views_in_network_order()
    {
        var network = LayoutNetworkXTests.Load("star6");
        var positions = NetworkLayout.Compute(network, ForceDirected);
        Assert.Equal(network.Institutions.Select(i => i.Id), positions.Ids);
        Assert.Equal(positions.Ids.Select(id => positions[id].X), positions.X);
        Assert.Equal(positions.Ids.Select(id => positions[id].Y), positions.Y);
        Assert.IsNotType<double[]>(positions.X);
        Assert.Throws<NotSupportedException>(() => ((IList<double>)positions.X)[0] = 5);
    }

    [Theory]
    [InlineData(-1, 0.5, LayoutGrouping.None)]
    [InlineData(50, -0.1, LayoutGrouping.Sector)]
    [InlineData(50, double.NaN, LayoutGrouping.Sector)]
    [InlineData(50, double.PositiveInfinity, LayoutGrouping.Level)]
    [InlineData(50, 0.5, (LayoutGrouping)7)]
    public void Invalid_options_are_rejected(int iterations, double groupStrength, LayoutGrouping grouping)
    {
        var network = LayoutNetworkXTests.Load("path5");
        var options = new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Iterations = iterations, GroupStrength = groupStrength, Grouping = grouping };
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLayout.Compute(network, options));
    }

    [Fact]
    public void Zero_iterations_only_rescale_the_start()
    {
        var network = LayoutNetworkXTests.Load("path5");
        var (x, y) = NetworkLayout.ForceDirected(network.Graph, [0, 1, 2, 3, 4], [0, 0, 0, 0, 2], null, new LayoutOptions { Iterations = 0 });
        Assert.Equal([-1.0, -0.5, 0, 0.5, 1], x);
        Assert.Equal([-0.2, -0.2, -0.2, -0.2, 0.8], y);
    }

    private static (double Intra, double Inter) MeanDistances(CooperationNetwork network, NodePositions positions, LayoutGrouping grouping)
    {
        var (groups, _) = InitialLayout.Groups(network.Institutions, grouping);
        double intra = 0, inter = 0;
        int intraCount = 0, interCount = 0;
        for (int i = 0; i < positions.Count; i++)
        {
            for (int j = i + 1; j < positions.Count; j++)
            {
                double d = Math.Sqrt(Math.Pow(positions.X[i] - positions.X[j], 2) + Math.Pow(positions.Y[i] - positions.Y[j], 2));
                if (groups![i] == groups[j])
                {
                    intra += d;
                    intraCount++;
                }
                else
                {
                    inter += d;
                    interCount++;
                }
            }
        }

        return (intra / intraCount, inter / interCount);
    }
}
