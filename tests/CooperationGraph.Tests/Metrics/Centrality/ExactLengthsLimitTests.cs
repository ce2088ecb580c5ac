using CooperationGraph.Graph;
using CooperationGraph.Metrics.Centrality;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// Where exact integer lengths stop: a common multiple M of the numerators up to 2^62, a longest possible path
/// (n − 1)·max(M/p) up to 2^62, strengths up to 10^15 and up to six decimals, each on both sides of its limit.
/// </summary>
public class ExactLengthsLimitTests
{
    private const long Limit = 1L << 62;

    private static WeightedGraph Path(params double[] strengths) =>
        WeightedGraph.FromEdges(strengths.Length + 1, [.. strengths.Select((w, i) => (i, i + 1, w))]);

    [Fact]
    public void A_common_multiple_of_exactly_the_largest_multiple_of_p_within_2_to_the_62_is_kept()
    {
        // a = ⌊2^62 / 10007⌋ is prime to 10007, so M = a·10007 ≤ 2^62; lengths M/a = 10007 and M/10007 = a.
        long a = Limit / 10007;
        Assert.Equal(460846009635993, a);
        var exact = ExactLengths.TryCreate(Path(a, 10007))!;
        Assert.Equal([10007L, 10007L, a, a], exact.Lengths);
        Assert.Equal(1.0 / (a * 10007.0), exact.Unit, 1e-30);
        Assert.Null(ExactLengths.TryCreate(Path(a + 2, 10007))); // a + 2 is odd, prime to 10007 too: M > 2^62

        // With a common factor: 2b and 2·10007, b = ⌊2^62 / 20014⌋ prime to 10007: M = 2b·10007 ≤ 2^62, lengths 10007 and b.
        long b = Limit / 20014;
        var shared = ExactLengths.TryCreate(Path(2 * b, 20014))!;
        Assert.Equal([10007L, 10007L, b, b], shared.Lengths);
    }

    [Fact]
    public void A_strength_of_one_next_to_integers_keeps_the_integers_unscaled()
    {
        // 1, 2^31 and 2^29 − 1: M = 2^31·(2^29 − 1) ≈ 2^60 and the longest path 3·M/1 ≤ 2^62 fit; counted in tenths
        // (one decimal too many) M would be ten times larger and pass 2^62.
        long a = 1L << 31, b = (1L << 29) - 1;
        var exact = ExactLengths.TryCreate(Path(1, a, b))!;
        Assert.Equal(a * b, exact.Lengths[0]);
        Assert.Equal(1.0 / (a * (double)b), exact.Unit, 1e-30);
    }

    [Fact]
    public void The_longest_possible_path_may_reach_2_to_the_62_and_not_pass_it()
    {
        // 4613 nodes: one tie of strength c, the others 1, so the lengths are c and 1 and the longest path 4612·c.
        long c = Limit / 4612;
        var strengths = Enumerable.Repeat(1.0, 4612).ToArray();
        strengths[0] = c;
        var exact = ExactLengths.TryCreate(Path(strengths))!;
        Assert.Equal(c, exact.Lengths.Max());
        strengths[0] = c + 1;
        Assert.Null(ExactLengths.TryCreate(Path(strengths)));
    }

    [Fact]
    public void Strengths_up_to_ten_to_the_fifteen_and_six_decimals_are_exact()
    {
        var large = ExactLengths.TryCreate(Path(1e15))!;
        Assert.Equal([1L, 1L], large.Lengths);
        Assert.Equal(1e-15, large.Unit, 1e-30);
        Assert.Null(ExactLengths.TryCreate(Path(2e15)));
        // 1.000001 · 10⁶ is 1000000.9999999999 in doubles: six decimals, within 1e-12 of the integer.
        var decimals = ExactLengths.TryCreate(Path(1.000001, 0.000001))!;
        Assert.Equal([1L, 1L, 1_000_001L, 1_000_001L], decimals.Lengths);
        Assert.Equal(1e6 / 1_000_001, decimals.Unit, 1e-15);
        Assert.Null(ExactLengths.TryCreate(Path(1.0000001)));
    }

    [Fact]
    public void No_edges_give_empty_lengths_on_one_node()
    {
        var exact = ExactLengths.TryCreate(WeightedGraph.FromEdges(1, []))!;
        Assert.Empty(exact.Lengths);
        Assert.Equal(1.0, exact.Unit);
    }

    [Fact]
    public void The_kernel_compares_exactly_unweighted_and_on_short_decimals_and_within_the_tolerance_otherwise()
    {
        var graph = Path(0.3, 2.0);
        Assert.True(new PathKernel(graph, weighted: false).Exact);
        Assert.True(new PathKernel(graph, weighted: true).Exact);
        Assert.False(new PathKernel(Path(Math.Sqrt(2), 2.0), weighted: true).Exact);
    }
}
