using CooperationGraph.Graph;
using CooperationGraph.Metrics.Inference;

namespace CooperationGraph.Tests.Metrics.Inference;

/// <summary>
/// Guards, bounds and edge cases of the vertex bootstrap that the statistical tests do not pin down
/// (tests/MUTATION.md).
/// </summary>
public class BootstrapMutationTests
{
    private static WeightedGraph Graph(int n, params (int U, int V)[] ties) =>
        WeightedGraph.FromEdges(n, [.. ties.Select(t => (t.U, t.V, 1.0))]);

    [Fact]
    public void An_interval_contains_its_bounds_and_nothing_outside_them()
    {
        var interval = new BootstrapInterval(0.5, 0.2, 0.8);

        Assert.Equal((true, true, false, false), (interval.Contains(0.2), interval.Contains(0.8), interval.Contains(0.1), interval.Contains(0.9)));
    }

    [Fact]
    public void One_defined_replicate_is_both_bounds()
    {
        // N = 1: h = 0 for both quantiles, x[0] = 3.
        Assert.Equal(new BootstrapInterval(2, 3, 3), BootstrapInterval.From(2, [double.NaN, 3.0]));
    }

    [Fact]
    public void A_defined_estimate_without_defined_replicates_has_undefined_bounds()
    {
        var interval = BootstrapInterval.From(0.5, [double.NaN, double.NaN]);

        Assert.Equal(0.5, interval.Estimate);
        Assert.True(double.IsNaN(interval.Low) && double.IsNaN(interval.High));
    }

    [Fact]
    public void Intervals_of_a_null_network_or_null_gaps_throw_argument_null_naming_it()
    {
        var network = CooperationNetwork.FromEdgeList([("A", "B", 1.0)]);

        Assert.Equal("network", Assert.Throws<ArgumentNullException>(() => BootstrapIntervals.Compute(null!, null!, 10, 1)).ParamName);
        Assert.Equal("gaps", Assert.Throws<ArgumentNullException>(() => BootstrapIntervals.Compute(network, null!, 10, 1)).ParamName);
    }

    [Fact]
    public void Negative_replicates_throw_out_of_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => BootstrapIntervals.Compute(Graph(2, (0, 1)), [0, 0], 0, 0, -1, 1, CancellationToken.None));

        Assert.Equal("replicates", error.ParamName);
    }

    [Fact]
    public void Cancelled_intervals_of_two_institutions_throw()
    {
        // Two institutions: no betweenness is computed, so only the parallel loop over the replicates sees the token.
        Assert.Throws<OperationCanceledException>(() => BootstrapIntervals.Compute(Graph(2, (0, 1)), [0, 0], 0, 0, 10, 1, new CancellationToken(true)));
    }

    [Fact]
    public void Without_institutions_every_replicate_is_undefined_the_activation_rate_too()
    {
        // 10 declared, 7 active: the estimate is 7/10, but a network without institutions has no replicate.
        var rate = BootstrapIntervals.Compute(Graph(0), [], 10, 7, 5, 1, CancellationToken.None).ActivationRate;

        Assert.Equal(0.7, rate.Estimate, 15);
        Assert.True(double.IsNaN(rate.Low) && double.IsNaN(rate.High));
    }

    [Fact]
    public void The_path_of_three_has_the_statistics_worked_out_by_hand()
    {
        // Path 0–1–2, sectors A, A, B: density 2/3; degrees 1, 2, 1: Σ(2 − d)/((n − 1)(n − 2)) = 2/2 = 1; betweenness
        // of 1 is 1 of 1 pair: Σ(1 − b)/(n − 1) = 2/2 = 1; tie 0–1 inside, 1–2 across: E-I 0.
        var statistics = new double[VertexBootstrapKernel.StatisticCount];

        new VertexBootstrapKernel(Graph(3, (0, 1), (1, 2)), [0, 0, 1]).Evaluate([0, 1, 2], [], statistics, CancellationToken.None);

        Assert.Equal([2 / 3.0, 1, 1, 0], statistics);
    }

    [Fact]
    public void Stand_ins_that_do_not_match_the_repeated_draws_are_refused_with_both_counts()
    {
        var kernel = new VertexBootstrapKernel(Graph(4, (0, 1), (1, 2), (2, 3)), [0, 0, 1, 1]);

        var error = Assert.Throws<ArgumentException>(() => kernel.Evaluate([0, 0, 1, 2], [], new double[4], CancellationToken.None));

        Assert.Equal("standIns", error.ParamName);
        Assert.StartsWith("The draws have 1 pairs of the same institution; 0 stand-in values were given.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_draws_of_one_institution_take_28_stand_ins_each_the_next_institution_tied_in_its_sector()
    {
        // A generator that always returns 0: every draw is institution 0 (8·7/2 = 28 pairs, more than the 8 values
        // kept at first); each stand-in pair is u = 0 and v = 0 moved past u to 1, tied to 0 in the same sector.
        var kernel = new VertexBootstrapKernel(Graph(8, (0, 1)), new int[8]);
        var draws = new int[8];

        kernel.Draw(new ZeroRandom(), draws);

        Assert.Equal(new int[8], draws);
        Assert.Equal(Enumerable.Repeat(VertexBootstrapKernel.TieWithin, 28), kernel.StandIns.ToArray());
    }

    private sealed class ZeroRandom : Random
    {
        public override int Next(int maxValue) => 0;
    }
}
