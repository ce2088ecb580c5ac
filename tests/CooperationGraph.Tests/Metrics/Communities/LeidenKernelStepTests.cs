using CooperationGraph.Graph;
using CooperationGraph.Metrics.Communities;

namespace CooperationGraph.Tests.Metrics.Communities;

/// <summary>
/// Single steps of the Leiden kernel (<see cref="LeidenKernel"/>) on graphs small enough to follow by hand: one local
/// moving, one refinement, one aggregation, the relabelling, the modularity of a level and the passes of a run. Node
/// orders are fixed by a <see cref="Random"/> whose shuffles (<c>Random.Shuffle</c> swaps i with <c>Next(i, n)</c>) keep
/// the order or reverse it. Gains are written as in the kernel, with T the total strength (twice the tie weight) and γ
/// the resolution: moving v to c gains w(v, c) − γ·k_v·K_c/T, K_c the strength of c without v.
/// </summary>
public class LeidenKernelStepTests
{
    /// <summary>Shuffles that leave the order as it is; counts the draws.</summary>
    private sealed class InOrder : Random
    {
        public int Draws { get; private set; }

        public override int Next(int minValue, int maxValue)
        {
            Draws++;
            return minValue;
        }
    }

    /// <summary>Shuffles that leave the order for the first <paramref name="kept"/> draws, then reverse it.</summary>
    private sealed class InOrderThenReversed(int kept) : Random
    {
        private int draws;

        public override int Next(int minValue, int maxValue) =>
            draws++ < kept ? minValue : Math.Max(minValue, maxValue - 1 - minValue);
    }

    private static LeidenKernel.Level Level(int n, params (int U, int V, double W)[] ties) => Level(n, new double[n], ties);

    /// <summary>A level with self weights; a strength counts the ties and twice the self weight.</summary>
    private static LeidenKernel.Level Level(int n, double[] self, params (int U, int V, double W)[] ties)
    {
        var graph = WeightedGraph.FromEdges(n, ties);
        var strength = new double[n];
        for (int v = 0; v < n; v++)
        {
            strength[v] = 2 * self[v];
            foreach (double w in graph.NeighbourWeights(v))
            {
                strength[v] += w;
            }
        }

        return new LeidenKernel.Level(n, graph.Offsets, graph.Targets, graph.Weights, self, strength);
    }

    private static double Total(LeidenKernel.Level level) => level.Strength.Sum();

    private static int[] Refine(LeidenKernel.Level level, int[] partition, double resolution, Random random, LeidenKernel.Scratch scratch) =>
        LeidenKernel.Refine(level, partition, resolution, Total(level), random, scratch).ToArray();

    // Ties 0–1 (1), 0–2 (2), 1–2 (3), 2–3 (4); self weights 0.5 at 0 and 1 at 3; strengths 4, 4, 9, 6 (T = 23).
    private static LeidenKernel.Level Weighted() => Level(4, [0.5, 0, 0, 1], (0, 1, 1), (0, 2, 2), (1, 2, 3), (2, 3, 4));

    // {0, 1}: self 0.5 + tie 1 = 1.5, strength 8, ties 0–2 and 1–2 to {2, 3} summed to 5; {2, 3}: self 1 + tie 4 = 5,
    // strength 15.
    [Fact]
    public void Aggregating_two_pairs_sums_their_self_weights_inner_ties_strengths_and_the_ties_between_them()
    {
        var aggregate = LeidenKernel.Aggregate(Weighted(), [0, 0, 1, 1], 2, new LeidenKernel.Scratch(4));

        Assert.Equal(2, aggregate.Count);
        Assert.Equal([0, 1, 2], aggregate.Offsets);
        Assert.Equal([1, 0], aggregate.Targets);
        Assert.Equal([5.0, 5.0], aggregate.Weights);
        Assert.Equal([1.5, 5.0], aggregate.Self);
        Assert.Equal([8.0, 15.0], aggregate.Strength);
    }

    // m = T/2 = 11.5; inside {0, 1}: 1.5, inside {2, 3}: 5; Q = 6.5/11.5 − (8² + 15²)/23² = 299/529 − 289/529 = 10/529.
    [Fact]
    public void Modularity_of_a_level_counts_self_weights_inside_communities()
    {
        double q = LeidenKernel.Modularity(Weighted(), [0, 0, 1, 1], 1.0, 23, new LeidenKernel.Scratch(4));

        Assert.Equal(10.0 / 529, q, 1e-15);
    }

    // Ties 0–1 (3), 1–2 (1), {0, 1} and {2}: m = 4, strengths 3, 4, 1; Q = 3/4 − (7/8)² − (1/8)² = −1/32.
    [Fact]
    public void Weighted_modularity_uses_the_weights()
    {
        var graph = WeightedGraph.FromEdges(3, [(0, 1, 3.0), (1, 2, 1.0)]);

        Assert.Equal(-1.0 / 32, LeidenKernel.Modularity(graph, weighted: true, [0, 0, 1], 1.0), 1e-15);
    }

    [Fact]
    public void Modularity_of_a_graph_without_ties_is_nan()
    {
        Assert.True(double.IsNaN(LeidenKernel.Modularity(WeightedGraph.FromEdges(2, []), weighted: false, [0, 1], 1.0)));
    }

    [Fact]
    public void Relabelling_numbers_labels_by_first_appearance()
    {
        var labels = LeidenKernel.Relabel([3, 1, 3, 0], out int count, new LeidenKernel.Scratch(4));

        Assert.Equal([0, 1, 0, 2], labels);
        Assert.Equal(3, count);
    }

    [Fact]
    public void Relabelling_nothing_gives_no_labels()
    {
        var labels = LeidenKernel.Relabel([], out int count, new LeidenKernel.Scratch(0));

        Assert.Empty(labels);
        Assert.Equal(0, count);
    }

    // Path 0–1–2, all in community 1, γ = 4, T = 4; empty communities 0 (top) and 2. 0: staying gains 1 − 4·1·3/4 = −2,
    // so it takes the empty 0; 1: staying and joining 0 both gain 1 − 4·2·1/4 = −1, so it takes the empty 2; 2 is left
    // alone in 1 (gain 0, and joining 2 gains −1); 0, queued again by 1's move, stays (joining 2: −1).
    [Fact]
    public void Local_moving_sends_institutions_whose_every_move_loses_to_the_empty_communities_in_label_order()
    {
        var scratch = new LeidenKernel.Scratch(3);
        int[] partition = [1, 1, 1];

        int count = LeidenKernel.MoveNodes(Level(3, (0, 1, 1), (1, 2, 1)), partition, 4, 4, new InOrder(), scratch);

        Assert.Equal([0, 2, 1], partition);
        Assert.Equal(3, count);
        Assert.Empty(scratch.Empty);
        Assert.Equal([1, 1, 1], scratch.Ints1[..3]);
        Assert.Equal([1.0, 1.0, 2.0], scratch.Doubles1[..3]);
    }

    // Ties 0–1 (1), 1–2 (3), 2–3 (1), 4 without ties; {0, 1} and {2, 3, 4}; γ = 1, T = 10; empty: 2, 3, 4. 0 stays
    // (1 − 4/10 = 0.6); 1 joins community 1 (3 − 4·5/10 = 1 against 0.6) and queues 0 again; 2 and 3 stay; 4 (strength
    // 0) gains 0 everywhere and stays; 0, now alone, joins 1 (1 − 9/10 = 0.1) and its community 0 goes on the stack.
    [Fact]
    public void Local_moving_revisits_a_neighbour_left_behind_and_stacks_its_emptied_community()
    {
        var scratch = new LeidenKernel.Scratch(5);
        int[] partition = [0, 0, 1, 1, 1];

        int count = LeidenKernel.MoveNodes(Level(5, (0, 1, 1), (1, 2, 3), (2, 3, 1)), partition, 1, 10, new InOrder(), scratch);

        Assert.Equal([1, 1, 1, 1, 1], partition);
        Assert.Equal(1, count);
        Assert.Equal([0, 2, 3, 4], scratch.Empty.ToArray());
        Assert.Equal([0, 5, 0, 0, 0], scratch.Ints1[..5]);
    }

    // Ties 0–1 (0.5), 0–2 (1), 1–2 (2); {0, 2} and {1}; γ = 1.5, T = 7. 0 stays (1 − 1.5·1.5·3/7 ≈ 0.036); 1 joins 0's
    // community (2.5 − 1.5·2.5·4.5/7 ≈ 0.089 against 0). 0 is not queued again: 1 moved into its own community, where
    // staying now loses (1.5 − 1.5·1.5·5.5/7 ≈ −0.27); the kernel, like Algorithm A.2, leaves it there.
    [Fact]
    public void Local_moving_does_not_queue_a_neighbour_of_the_community_an_institution_joined()
    {
        var scratch = new LeidenKernel.Scratch(3);
        int[] partition = [0, 1, 0];

        int count = LeidenKernel.MoveNodes(Level(3, (0, 1, 0.5), (0, 2, 1), (1, 2, 2)), partition, 1.5, 7, new InOrder(), scratch);

        Assert.Equal([0, 0, 0], partition);
        Assert.Equal(1, count);
        Assert.Equal([1, 2], scratch.Empty.ToArray());
    }

    // Path 0–1–2 as singletons, γ = 1, T = 4. 0 joins 1 (1 − 2/4 = 0.5); 1 stays: staying and joining 2 both gain
    // 1 − 2·1/4 = 0.5 exactly, and a move must gain more; 2 joins 1 (1 − 3/4 = 0.25).
    [Fact]
    public void Local_moving_keeps_an_institution_whose_best_move_only_ties_with_staying()
    {
        var scratch = new LeidenKernel.Scratch(3);
        int[] partition = [0, 1, 2];

        int count = LeidenKernel.MoveNodes(Level(3, (0, 1, 1), (1, 2, 1)), partition, 1, 4, new InOrder(), scratch);

        Assert.Equal([1, 1, 1], partition);
        Assert.Equal(1, count);
        Assert.Equal([2, 0], scratch.Empty.ToArray());
    }

    // Ties 0–1 (1), 0–2 (1), 1–3 (2), 2–3 (3); communities 1, 2, 0, 2; γ = 1, T = 14. 0 joins 2 in community 0
    // (1 − 2·4/14 = 3/7 against 0); 1 stays with 3 (2 − 3·5/14 = 13/14); 2 joins 3 in community 2 (3 − 4·8/14 = 5/7
    // against 3/7) and queues 0 again, which follows it (2 − 2·12/14 = 2/7). 0's first move does not queue 1, which is
    // still waiting, so 1 is visited once.
    [Fact]
    public void Local_moving_visits_each_queued_institution_once()
    {
        var scratch = new LeidenKernel.Scratch(4);
        int[] partition = [1, 2, 0, 2];

        int count = LeidenKernel.MoveNodes(Level(4, (0, 1, 1), (0, 2, 1), (1, 3, 2), (2, 3, 3)), partition, 1, 14, new InOrder(), scratch);

        Assert.Equal([2, 2, 2, 2], partition);
        Assert.Equal(1, count);
    }

    // Ties 0–2, 0–3, 1–2, 2–3 (2 each), 3–4 (3); communities 2, 3, 3, 2, 3; γ = 1.5, T = 22. Visits: 0 stays; 1 stays;
    // 2 loses everywhere and takes the empty 0, queuing 0 and 1; 3 joins 3, queuing 2 (0 already waits); 4 stays; 0 joins
    // 2 in 0; 1 joins them; 2 and 3 stay. 0 waits in the queue once, so it is not visited again after 1 joined it (then
    // staying would lose and it would take the empty 2).
    [Fact]
    public void Local_moving_queues_an_institution_at_most_once_at_a_time()
    {
        var scratch = new LeidenKernel.Scratch(5);
        int[] partition = [2, 3, 3, 2, 3];

        int count = LeidenKernel.MoveNodes(Level(5, (0, 2, 2), (0, 3, 2), (1, 2, 2), (2, 3, 2), (3, 4, 3)), partition, 1.5, 22, new InOrder(), scratch);

        Assert.Equal([0, 0, 0, 3, 3], partition);
        Assert.Equal(2, count);
    }

    // Ties 0–3 (2), 1–2 (1), 1–3 (3); communities 3, 3, 2, 0; γ = 1, T = 12. 0 joins 3 in community 0 (2 − 2·5/12);
    // 1, left alone, gains 2/3 both by joining 2 (1 − 4·1/12) and by joining 0 and 3 (3 − 4·7/12), equal within the
    // tolerance: the community of its first tie, 2, is taken; 2 and 3 stay. Had the communities 0 touched been kept in
    // the list of candidates, community 0 would come first for 1, and 2 would follow 1 there.
    [Fact]
    public void Local_moving_weighs_only_the_communities_of_the_institutions_own_ties_in_their_order()
    {
        var scratch = new LeidenKernel.Scratch(4);
        int[] partition = [3, 3, 2, 0];

        int count = LeidenKernel.MoveNodes(Level(4, (0, 3, 2), (1, 2, 1), (1, 3, 3)), partition, 1, 12, new InOrder(), scratch);

        Assert.Equal([0, 2, 2, 0], partition);
        Assert.Equal(2, count);
    }

    // Triangle 0, 1, 2, tie 2–3 (1), 3–4 (3); {0, 1, 2, 3} (K = 11) and {4}; γ = 1, T = 14. 0 joins refined 1
    // (1 − 2·2/14 = 5/7 against 2 at 4/7); 2 joins refined 1 = {0, 1}: its external ties (2) just meet 4·(11 − 4)/14 = 2
    // (gain 2 − 3·4/14); 3 is not well connected (1 < 4·7/14). Refined sums 0, 7, 0, 4, 3; external ties 2, 1, 3, 1, 0.
    [Fact]
    public void Refinement_merges_well_connected_singletons_into_the_refined_community_of_largest_gain()
    {
        var scratch = new LeidenKernel.Scratch(5);
        var level = Level(5, (0, 1, 1), (0, 2, 1), (1, 2, 1), (2, 3, 1), (3, 4, 3));

        var refined = Refine(level, [0, 0, 0, 0, 1], 1, new InOrder(), scratch);

        Assert.Equal([1, 1, 1, 3, 4], refined);
        Assert.Equal([0.0, 7.0, 0.0, 4.0, 3.0], scratch.Doubles1[..5]);
        Assert.Equal([2.0, 1.0, 3.0, 1.0, 0.0], scratch.Doubles2[..5]);
    }

    // Ties 0–1 (1), 0–4 (3), 1–2, 1–3, 2–3 (1); {0, 1, 2, 3} (K = 11) and {4}; γ = 1, T = 14. 0 is not well connected
    // (1 < 4·7/14 = 2) and stays alone; 1 joins refined 2 (1 − 3·2/14 = 4/7; 3 ties with it, and 0 is not well
    // connected); 2, no longer a singleton, is passed over; 3 joins refined 2 (2 − 2·5/14).
    [Fact]
    public void Refinement_leaves_a_singleton_that_is_not_well_connected_alone()
    {
        var refined = Refine(Level(5, (0, 1, 1), (0, 4, 3), (1, 2, 1), (1, 3, 1), (2, 3, 1)), [0, 0, 0, 0, 1], 1, new InOrder(), new LeidenKernel.Scratch(5));

        Assert.Equal([0, 2, 2, 2, 4], refined);
    }

    [Fact]
    public void Refinement_twice_on_one_scratch_gives_the_same_refinement()
    {
        var scratch = new LeidenKernel.Scratch(5);
        var level = Level(5, (0, 1, 1), (0, 4, 3), (1, 2, 1), (1, 3, 1), (2, 3, 1));
        Refine(level, [0, 0, 0, 0, 1], 1, new InOrder(), scratch);

        var again = Refine(level, [0, 0, 0, 0, 1], 1, new InOrder(), scratch);

        Assert.Equal([0, 2, 2, 2, 4], again);
    }

    // Star 0–1, 0–2 in one community, γ = 1, T = 4, order 2, 1, 0: 2 joins refined 0 (1 − 2/4), then 1 joins it too
    // (1 − 3/4; external 1 ≥ 3·1/4).
    [Fact]
    public void Refinement_merges_into_the_refined_community_of_institution_0()
    {
        var refined = Refine(Level(3, (0, 1, 1), (0, 2, 1)), [0, 0, 0], 1, new InOrderThenReversed(0), new LeidenKernel.Scratch(3));

        Assert.Equal([0, 0, 0], refined);
    }

    // Path 0–1 (2), 1–2 (1) in one community, γ = 1.5, T = 6: 0's ties inside (2) just meet 1.5·2·(6 − 2)/6 = 2, so it
    // joins 1 (2 − 1.5·2·3/6 = 0.5); 2 is not well connected (1 < 1.5·1·5/6).
    [Fact]
    public void Refinement_counts_a_singleton_whose_ties_inside_just_meet_the_bound_as_well_connected()
    {
        var refined = Refine(Level(3, (0, 1, 2), (1, 2, 1)), [0, 0, 0], 1.5, new InOrder(), new LeidenKernel.Scratch(3));

        Assert.Equal([1, 1, 2], refined);
    }

    // Path 0–1 (2), 1–2 (3) in one community, γ = 1.5, T = 10. 0 and 2 are not well connected (2 < 1.5·2·8/10,
    // 3 < 1.5·3·7/10); 1 is, but neither refined community it touches is, so nothing merges.
    [Fact]
    public void Refinement_merges_nothing_into_a_refined_community_that_is_not_well_connected()
    {
        var refined = Refine(Level(3, (0, 1, 2), (1, 2, 3)), [1, 1, 1], 1.5, new InOrder(), new LeidenKernel.Scratch(3));

        Assert.Equal([0, 1, 2], refined);
    }

    // Path 0–1 (1), 1–2 (2); {0} and {1, 2}; γ = 2, T = 6. 1 and 2 are each just well connected (2 = 2·3·2/6 and
    // 2 = 2·2·3/6), but merging them gains exactly 0 (2 − 2·3·2/6), and a merge must gain more.
    [Fact]
    public void Refinement_does_not_merge_for_a_gain_of_zero()
    {
        var refined = Refine(Level(3, (0, 1, 1), (1, 2, 2)), [1, 0, 0], 2, new InOrder(), new LeidenKernel.Scratch(3));

        Assert.Equal([0, 1, 2], refined);
    }

    // Path 0–1–2, γ = 1.5, T = 4, in order. Pass 1: 0 joins 1 (1 − 1.5·2/4 = 0.25), 1 and 2 stay; the refinement merges
    // 0 into 1; the aggregate ({0, 1} and {2}) moves nothing: {0, 1}, {2} with Q = 1/2 − 1.5·(9 + 1)/16 = −7/16, above
    // −1.5·6/16 for singletons. Pass 2 ends at the same partition, so the run stops. Draws per pass: 2 (moving), 2
    // (refinement), 1 (moving the aggregate).
    [Fact]
    public void A_run_with_one_restart_takes_two_passes_of_five_draws()
    {
        var random = new InOrder();

        var (membership, q) = LeidenKernel.Run(WeightedGraph.FromEdges(3, [(0, 1, 1.0), (1, 2, 1.0)]), false, 1.5, random, 1, CancellationToken.None);

        Assert.Equal([0, 0, 1], membership);
        Assert.Equal(-7.0 / 16, q, 1e-15);
        Assert.Equal(10, random.Draws);
    }

    // The first restart (10 draws, as above) ends at {0, 1}, {2}; the second, in reverse order, at {0}, {1, 2}, with the
    // same Q = −7/16 exactly. The first among equals is kept.
    [Fact]
    public void A_run_keeps_the_first_of_two_restarts_of_equal_modularity()
    {
        var (membership, q) = LeidenKernel.Run(WeightedGraph.FromEdges(3, [(0, 1, 1.0), (1, 2, 1.0)]), false, 1.5, new InOrderThenReversed(10), 2, CancellationToken.None);

        Assert.Equal([0, 0, 1], membership);
        Assert.Equal(-7.0 / 16, q, 1e-15);
    }

    [Fact]
    public void A_cancelled_run_throws()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Assert.Throws<OperationCanceledException>(() =>
            LeidenKernel.Run(WeightedGraph.FromEdges(3, [(0, 1, 1.0), (1, 2, 1.0)]), false, 1, 1, 1, cancelled.Token));
    }
}
