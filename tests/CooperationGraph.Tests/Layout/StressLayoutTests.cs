using CooperationGraph.Layout;

namespace CooperationGraph.Tests.Layout;

/// <summary>By-hand graphs, determinism, weights, grouping, packing and argument checks of the stress layout.</summary>
public class StressLayoutTests
{
    private static double Distance(NodePositions p, string a, string b) =>
        Math.Sqrt(Math.Pow(p[a].X - p[b].X, 2) + Math.Pow(p[a].Y - p[b].Y, 2));

    private static double Stress(CooperationNetwork network, NodePositions positions) =>
        StressQualityTests.Normalised(network, [.. Enumerable.Range(0, network.Institutions.Count)], id => positions[id]);

    [Fact]
    public void A_path_of_three_is_drawn_straight_with_equal_steps_and_stress_zero()
    {
        var network = CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 1.0)]);
        var p = NetworkLayout.Compute(network);
        Assert.Equal(Distance(p, "a", "b"), Distance(p, "b", "c"), 1e-9);
        Assert.Equal(2 * Distance(p, "a", "b"), Distance(p, "a", "c"), 1e-9);
        Assert.Equal(0, Stress(network, p), 1e-15);
        Assert.Equal(1.0, p.X.Concat(p.Y).Max(Math.Abs), 1e-15);
    }

    [Fact]
    public void A_triangle_is_equilateral()
    {
        var network = CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 1.0)]);
        var p = NetworkLayout.Compute(network);
        Assert.Equal(Distance(p, "a", "b"), Distance(p, "b", "c"), 1e-9);
        Assert.Equal(Distance(p, "a", "b"), Distance(p, "a", "c"), 1e-9);
        Assert.Equal(0, Stress(network, p), 1e-15);
    }

    [Fact]
    public void A_star_of_three_reaches_the_exact_minimum()
    {
        // Leaves at 120° and radius r: stress 3(r − 1)² + 3(r√3 − 2)²/4 (leaf pairs are 2 apart, weight 1/4), least at
        // r* = (6 + 3√3)/10.5; six pairs. SciPy's minimize from 30 random starts finds the same 0.0051283406946.
        var network = CooperationNetwork.FromEdgeList([("c", "a", 1.0), ("c", "b", 1.0), ("c", "d", 1.0)]);
        var p = NetworkLayout.Compute(network);
        double r = (6 + (3 * Math.Sqrt(3))) / 10.5;
        double expected = ((3 * (r - 1) * (r - 1)) + (3 * Math.Pow((r * Math.Sqrt(3)) - 2, 2) / 4)) / 6;
        Assert.Equal(expected, Stress(network, p), 1e-7);
        // The run stops once a sweep gains less than 1e-5 of the stress: the angles are then equal to about 1e-4.
        Assert.Equal(1, Distance(p, "c", "a") / Distance(p, "c", "b"), 1e-3);
        Assert.Equal(1, Distance(p, "a", "b") / Distance(p, "b", "d"), 1e-3);
    }

    [Fact]
    public void Weighted_a_heavier_tie_is_drawn_shorter_in_proportion()
    {
        // Tie a–b of strength 2 is 1/2 long, b–c of strength 1 is 1 long: a straight line with |ab| = |bc| / 2.
        var network = CooperationNetwork.FromEdgeList([("a", "b", 2.0), ("b", "c", 1.0)]);
        var weighted = NetworkLayout.Compute(network, new LayoutOptions { Weighted = true });
        Assert.Equal(0.5, Distance(weighted, "a", "b") / Distance(weighted, "b", "c"), 1e-9);
        Assert.Equal(1.5, Distance(weighted, "a", "c") / Distance(weighted, "b", "c"), 1e-9);
        var unweighted = NetworkLayout.Compute(network);
        Assert.Equal(1.0, Distance(unweighted, "a", "b") / Distance(unweighted, "b", "c"), 1e-9);
    }

    [Fact]
    public void Weighted_with_every_weight_one_equals_unweighted()
    {
        var network = StressQualityTests.Load("florentine");
        var weighted = NetworkLayout.Compute(network, new LayoutOptions { Weighted = true, Seed = 5 });
        var unweighted = NetworkLayout.Compute(network, new LayoutOptions { Seed = 5 });
        Assert.Equal(unweighted.X, weighted.X);
        Assert.Equal(unweighted.Y, weighted.Y);
    }

    [Fact]
    public void The_same_seed_gives_bit_identical_positions_and_another_seed_may_differ()
    {
        var network = StressQualityTests.Load("lesmis");
        var options = new LayoutOptions { Seed = 42, Weighted = true, Grouping = LayoutGrouping.Sector };
        var first = NetworkLayout.Compute(network, options);
        var second = NetworkLayout.Compute(network, options);
        Assert.Equal(first.X.Select(BitConverter.DoubleToInt64Bits), second.X.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(first.Y.Select(BitConverter.DoubleToInt64Bits), second.Y.Select(BitConverter.DoubleToInt64Bits));
        Assert.NotEqual(NetworkLayout.Compute(network, new LayoutOptions { Seed = 1 }).X, NetworkLayout.Compute(network, new LayoutOptions { Seed = 2 }).X);
    }

    [Fact]
    public void Components_are_packed_apart_with_ties_drawn_equally_long_in_each()
    {
        var network = CooperationNetwork.FromEdgeList(
        [
            ("a", "b", 1.0), ("a", "c", 1.0), ("b", "c", 1.0), ("d", "e", 1.0), ("e", "f", 1.0), ("g", "h", 1.0), ("i", "i", 1.0),
        ]);
        var p = NetworkLayout.Compute(network);
        double tie = Distance(p, "a", "b");
        foreach (var (u, v) in new[] { ("b", "c"), ("a", "c"), ("d", "e"), ("e", "f"), ("g", "h") })
        {
            Assert.Equal(tie, Distance(p, u, v), 1e-9);
        }

        Assert.Equal(2 * tie, Distance(p, "d", "f"), 1e-9);
        string[][] parts = [["a", "b", "c"], ["d", "e", "f"], ["g", "h"], ["i"]];
        foreach (var one in parts)
        {
            foreach (var other in parts.Where(o => o != one))
            {
                Assert.All(one, u => Assert.All(other, v => Assert.True(Distance(p, u, v) >= tie * (1 - 1e-9), $"{u}–{v} closer than a tie")));
            }
        }

        Assert.Equal(1.0, p.X.Concat(p.Y).Max(Math.Abs), 1e-15);
    }

    [Fact]
    public void Unpacked_components_are_kept_apart_by_a_long_target_distance()
    {
        var network = LayoutNetworkXTests.Load("two_components_isolate");
        var p = NetworkLayout.Compute(network, new LayoutOptions { PackComponents = false });
        Assert.All(p.X.Concat(p.Y), v => Assert.True(double.IsFinite(v) && Math.Abs(v) <= 1));
        Assert.Equal(7, p.Ids.Select(id => p[id]).Distinct().Count());
        Assert.Equal(Math.Sqrt(7), StressLayout.UnreachableLength(network.Graph, weighted: false), 1e-15);
    }

    [Fact]
    public void A_connected_network_gets_the_same_positions_packed_or_not()
    {
        var network = StressQualityTests.Load("karate");
        var packed = NetworkLayout.Compute(network);
        var whole = NetworkLayout.Compute(network, new LayoutOptions { PackComponents = false });
        Assert.Equal(whole.X, packed.X);
        Assert.Equal(whole.Y, packed.Y);
    }

    [Fact]
    public void Grouping_puts_a_sector_closer_together_than_no_grouping_does()
    {
        var network = CooperationNetwork.Build(CooperationGenerator.Generate(new GeneratorOptions { Gminas = 3, Seed = 7 }));
        var (groups, _) = InitialLayout.Groups(network.Institutions, LayoutGrouping.Sector);
        double Ratio(NodePositions p)
        {
            double intra = 0, inter = 0;
            int intraCount = 0, interCount = 0;
            for (int i = 0; i < p.Count; i++)
            {
                for (int j = i + 1; j < p.Count; j++)
                {
                    double d = Math.Sqrt(Math.Pow(p.X[i] - p.X[j], 2) + Math.Pow(p.Y[i] - p.Y[j], 2));
                    (intra, intraCount, inter, interCount) = groups![i] == groups[j]
                        ? (intra + d, intraCount + 1, inter, interCount)
                        : (intra, intraCount, inter + d, interCount + 1);
                }
            }

            return intra / intraCount / (inter / interCount);
        }

        double grouped = Ratio(NetworkLayout.Compute(network, new LayoutOptions { Grouping = LayoutGrouping.Sector, GroupStrength = 2 }));
        double plain = Ratio(NetworkLayout.Compute(network));
        Assert.True(grouped < plain, $"grouped {grouped}, plain {plain}");
    }

    [Fact]
    public void Zero_iterations_give_the_initial_layout_and_more_iterations_lower_the_stress()
    {
        var network = StressQualityTests.Load("lesmis");
        double start = Stress(network, NetworkLayout.Compute(network, new LayoutOptions { Iterations = 0 }));
        double some = Stress(network, NetworkLayout.Compute(network, new LayoutOptions { Iterations = 5 }));
        double full = Stress(network, NetworkLayout.Compute(network));
        Assert.True(start > some && some > full, $"0 sweeps {start}, 5 sweeps {some}, default {full}");
    }

    [Fact]
    public void A_component_beyond_the_dense_limit_gets_pivot_mds_a_ring_drawn_round_in_order()
    {
        int n = StressLayout.DenseLimit + 1;
        var network = CooperationNetwork.FromEdgeList(Enumerable.Range(0, n).Select(i => ($"v{i}", $"v{(i + 1) % n}", 1.0)));
        var p = NetworkLayout.Compute(network);
        var radii = Enumerable.Range(0, n).Select(i => Math.Sqrt((p.X[i] * p.X[i]) + (p.Y[i] * p.Y[i]))).ToList();
        // Measured: radii from 0.87 to 1.00 (50 pivots of 3 001 give a slightly flattened circle).
        Assert.True(radii.Min() > 0.8 * radii.Max(), $"radii from {radii.Min()} to {radii.Max()}");
        var turns = Enumerable.Range(0, n).Select(i => Math.IEEERemainder(Math.Atan2(p.Y[(i + 1) % n], p.X[(i + 1) % n]) - Math.Atan2(p.Y[i], p.X[i]), 2 * Math.PI)).ToList();
        Assert.True(turns.All(t => t > 0) || turns.All(t => t < 0), "the ring is not drawn in order around its centre");
        Assert.Equal(2 * Math.PI, Math.Abs(turns.Sum()), 1e-9);
    }

    [Fact]
    public void Initial_positions_are_refused_for_the_force_directed_layout()
    {
        var network = StressQualityTests.Load("florentine");
        var earlier = NetworkLayout.Compute(network);
        var options = new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, InitialPositions = earlier };
        Assert.Throws<ArgumentException>(() => NetworkLayout.Compute(network, options));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLayout.Compute(network, new LayoutOptions { Algorithm = (LayoutAlgorithm)9 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => NetworkLayout.Compute(network, new LayoutOptions { Iterations = -1 }));
    }

    [Fact]
    public void A_cancelled_token_stops_the_layout()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => NetworkLayout.Compute(StressQualityTests.Load("karate"), cancellationToken: source.Token));
    }

    [Fact]
    public void Pivot_mds_with_every_node_a_pivot_is_classical_mds_a_square_for_a_four_cycle()
    {
        // Classical MDS of C4 (hop lengths 1, 2): the eigenvalues of −½JD²J are 2, 2, 0, −1, giving the square whose
        // diagonals are 2 long (sides √2), as NumPy's eigh gives.
        double[][] lengths = [[0, 1, 2, 1], [1, 0, 1, 2], [2, 1, 0, 1], [1, 2, 1, 0]];
        var (x, y) = PivotMds.Layout(4, 3, (s, row) => lengths[s].CopyTo(row, 0));
        double Side(int a, int b) => Math.Sqrt(Math.Pow(x[a] - x[b], 2) + Math.Pow(y[a] - y[b], 2));
        Assert.Equal(Math.Sqrt(2), Side(0, 1), 1e-9);
        Assert.Equal(Math.Sqrt(2), Side(1, 2), 1e-9);
        Assert.Equal(2.0, Side(0, 2), 1e-9);
        Assert.Equal(2.0, Side(1, 3), 1e-9);
    }
}
