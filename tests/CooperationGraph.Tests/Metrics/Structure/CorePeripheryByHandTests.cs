namespace CooperationGraph.Tests.Metrics.Structure;

public class CorePeripheryByHandTests
{
    // A clique a, b, c, d with one pendant each (e–a, f–b, g–c, h–d): the perfect structure, ρ = 1 for the core {a, b, c, d}.
    private static CooperationNetwork CliqueWithPendants() => CooperationNetwork.FromEdgeList(
    [
        ("a", "b", 1.0), ("a", "c", 1.0), ("a", "d", 1.0), ("b", "c", 1.0), ("b", "d", 1.0), ("c", "d", 1.0),
        ("e", "a", 1.0), ("f", "b", 1.0), ("g", "c", 1.0), ("h", "d", 1.0),
    ]);

    [Fact]
    public void A_clique_with_one_pendant_each_is_a_perfect_core_periphery_structure()
    {
        var partition = CorePeripheryDetection.BorgattiEverett(CliqueWithPendants());

        Assert.Equal(["a", "b", "c", "d"], partition.Core);
        Assert.Equal(1.0, partition.Correlation, 1e-15);
        Assert.True(partition.IsCore("c"));
        Assert.False(partition.IsCore("g"));
        Assert.Equal([true, true, true, true, false, false, false, false], partition.InCore);
    }

    // Core {a, b, c}: N_c = 3 pairs, all tied; periphery {d, e, f, g, h}: N_p = 10 pairs, one tie (d–h); N = 13, E = 4.
    // ρ = (13·3 − 4·3) / √(3·10·4·9) = 27 / √1080 = 9 / (2√30).
    [Fact]
    public void The_correlation_of_a_smaller_core_is_nine_over_two_root_thirty()
    {
        Assert.Equal(9 / (2 * Math.Sqrt(30)), CorePeripheryDetection.Correlation(CliqueWithPendants(), ["a", "b", "c"]), 1e-15);
    }

    // Core {a, e}: its one pair tied; periphery b, c, d, f, g, h: 15 pairs, ties b–c, b–d, c–d, f–b, g–c, h–d = 6;
    // N = 16, E = 7: ρ = (16·1 − 7·1) / √(1·15·7·9) = 9 / √945.
    [Fact]
    public void A_core_of_a_centre_and_its_pendant_has_correlation_nine_over_root_945()
    {
        Assert.Equal(9 / Math.Sqrt(945), CorePeripheryDetection.Correlation(CliqueWithPendants(), ["a", "e"]), 1e-15);
    }

    // A star's centre with any one leaf: the core's pair tied, no tie among the other leaves: ρ = 1 (not unique).
    [Fact]
    public void A_star_has_its_centre_and_one_leaf_as_core_with_correlation_one()
    {
        var star = CooperationNetwork.FromEdgeList([("o", "a", 1.0), ("o", "b", 1.0), ("o", "c", 1.0), ("o", "d", 1.0)]);

        var partition = CorePeripheryDetection.BorgattiEverett(star);

        Assert.Equal(2, partition.Core.Count);
        Assert.Contains("o", partition.Core);
        Assert.Equal(1.0, partition.Correlation, 1e-15);
    }

    [Fact]
    public void A_network_without_ties_has_no_core_and_no_correlation()
    {
        var partition = CorePeripheryDetection.BorgattiEverett(CooperationNetwork.FromEdgeList([("a", "a", 1.0), ("b", "b", 1.0), ("c", "c", 1.0), ("d", "d", 1.0), ("e", "e", 1.0)]));

        Assert.Empty(partition.Core);
        Assert.True(double.IsNaN(partition.Correlation));
    }

    // Every counted pair of any split is tied: the ties vector is constant and ρ undefined.
    [Fact]
    public void A_complete_network_has_no_core_and_no_correlation()
    {
        string[] ids = ["a", "b", "c", "d", "e"];
        var complete = CooperationNetwork.FromEdgeList([.. ids.SelectMany(u => ids.Where(v => string.CompareOrdinal(u, v) < 0).Select(v => (u, v, 1.0)))]);

        var partition = CorePeripheryDetection.BorgattiEverett(complete);

        Assert.Empty(partition.Core);
        Assert.True(double.IsNaN(partition.Correlation));
        Assert.True(double.IsNaN(CorePeripheryDetection.Correlation(complete, ["a", "b"])));
    }

    // Three institutions: a core and a periphery of 2 each need 4.
    [Fact]
    public void Three_institutions_are_too_few_for_a_correlation()
    {
        var partition = CorePeripheryDetection.BorgattiEverett(CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 1.0)]));

        Assert.Empty(partition.Core);
        Assert.True(double.IsNaN(partition.Correlation));
    }

    [Fact]
    public void A_core_of_one_is_undefined()
    {
        Assert.True(double.IsNaN(CorePeripheryDetection.Correlation(CliqueWithPendants(), ["a"])));
    }

    [Fact]
    public void Weights_are_ignored()
    {
        var weighted = CooperationNetwork.FromEdgeList([("a", "b", 5.0), ("a", "c", 1.0), ("b", "c", 2.0), ("c", "d", 9.0), ("d", "e", 1.0), ("e", "f", 1.0)]);
        var unweighted = CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("a", "c", 1.0), ("b", "c", 1.0), ("c", "d", 1.0), ("d", "e", 1.0), ("e", "f", 1.0)]);

        var expected = CorePeripheryDetection.BorgattiEverett(unweighted);
        var actual = CorePeripheryDetection.BorgattiEverett(weighted);

        Assert.Equal(expected.Core, actual.Core);
        Assert.Equal(expected.Correlation, actual.Correlation);
    }

    [Fact]
    public void Restarts_below_one_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => CorePeripheryDetection.BorgattiEverett(CliqueWithPendants(), new CorePeripheryOptions { Restarts = 0 }));
    }

    [Fact]
    public void An_unknown_id_is_refused()
    {
        Assert.Throws<KeyNotFoundException>(() => CorePeripheryDetection.Correlation(CliqueWithPendants(), ["zz"]));
    }
}
