using CooperationGraph.Graph;
using CooperationGraph.Metrics.Structure;

namespace CooperationGraph.Tests.Metrics.Structure;

/// <summary>
/// Single steps of the core–periphery local search (<see cref="CorePeripheryKernel"/>) on graphs small enough to follow by
/// hand: a swap's predicted value, one round of swaps, one Kernighan–Lin chain, the sweeps of a climb and the starts of a
/// run. ρ is written with the counts of the kernel's remarks: N_c, N_p pairs in core and periphery, N = N_c + N_p, E_cc
/// and E = E_cc + E_pp ties counted: ρ = (N·E_cc − E·N_c) / √(N_c·N_p·E·(N − E)).
/// </summary>
public class CorePeripheryKernelStepTests
{
    private static WeightedGraph Graph(int n, params (int U, int V)[] ties) =>
        WeightedGraph.FromEdges(n, ties.Select(t => (t.U, t.V, 1.0)).ToArray());

    private static CorePeripheryKernel.State Core(WeightedGraph graph, params int[] core)
    {
        var state = new CorePeripheryKernel.State(graph);
        foreach (int v in core)
        {
            state.Flip(v);
        }

        return state;
    }

    private static int[] CoreOf(CorePeripheryKernel.State state) =>
        Enumerable.Range(0, state.InCore.Length).Where(v => state.InCore[v]).ToArray();

    // Ties 0–1, 0–2, 1–2, 2–3, 3–4; core {0, 1}. Swapping 1 out and 2 in (1–2 a tie): core {0, 2} with its pair tied,
    // periphery {1, 3, 4} with one tie (3–4); N = 1 + 3 = 4, E = 2: ρ = (4·1 − 2·1) / √(1·3·2·2) = 1/√3.
    [Fact]
    public void The_value_predicted_for_swapping_two_tied_institutions_is_the_value_after_the_swap()
    {
        var state = Core(Graph(5, (0, 1), (0, 2), (1, 2), (2, 3), (3, 4)), 0, 1);

        double predicted = state.ValueAfterSwap(1, 2, tied: true);
        state.Flip(1);
        state.Flip(2);

        Assert.Equal(1 / Math.Sqrt(3), predicted, 1e-15);
        Assert.Equal(1 / Math.Sqrt(3), state.Value, 1e-15);
    }

    // Triangle 0, 1, 2 with 0–3; 4 and 5 without ties; core {0, 1, 4}: E_cc = 1, E_pp = 0, N = 3 + 3 = 6, E = 1:
    // ρ = (6·1 − 1·3) / √(3·3·1·5) = 1/√5. Order 2, 3, 4, 5, 0, 1: the first core institution met is 4; its first
    // partner in the order, 2, gives {0, 1, 2}: three core ties, none in the periphery, ρ = 1 (3 also improves: {0, 1, 3}
    // at 1/√2). After that no swap beats 1. Both ends must move: 4 out and 2 in.
    [Fact]
    public void A_round_of_swaps_trades_the_first_core_institution_for_its_first_improving_partner()
    {
        var state = Core(Graph(6, (0, 1), (0, 2), (1, 2), (0, 3)), 0, 1, 4);
        Assert.Equal(1 / Math.Sqrt(5), state.Value, 1e-15);

        bool any = CorePeripheryKernel.Swap(state, [2, 3, 4, 5, 0, 1], CancellationToken.None);

        Assert.True(any);
        Assert.Equal([0, 1, 2], CoreOf(state));
        Assert.Equal(1.0, state.Value, 1e-15);
    }

    // Path 0–2–4 and tie 1–3; core {1, 3}: its pair tied, periphery {0, 2, 4} with 2 ties; N = 4, E = 3: ρ = 1/3, and no
    // single move beats it (2 joining: 1/3; 0 or 4 joining: −1/√3; 1 or 3 leaving: a core of one). The chain moves
    // 2 in (1/3), 0 in (a periphery of one), 1 out (1/3), 3 out: {0, 2}, its pair tied, periphery {1, 3, 4} with 1–3;
    // E = 2: ρ = (4·1 − 2·1) / √(1·3·2·2) = 1/√3; then 4 in (−1/3). It goes back to step 4, {0, 2}, and reports a gain.
    [Fact]
    public void A_chain_leaves_a_local_optimum_of_single_moves_for_its_best_point_and_reports_the_gain()
    {
        var state = Core(Graph(5, (0, 2), (2, 4), (1, 3)), 1, 3);
        Assert.Equal(1 / 3.0, state.Value, 1e-15);

        bool improved = CorePeripheryKernel.Chain(state, CancellationToken.None);

        Assert.True(improved);
        Assert.Equal([0, 2], CoreOf(state));
        Assert.Equal(1 / Math.Sqrt(3), state.Value, 1e-15);
    }

    // Star with centre 4 and leaves 0, 1, 3; 2 without ties. From the empty core every move leaves a core of one
    // (N_c = 0, ρ undefined), so the chain takes the first institution, 0; then 4 joins: the core's pair tied, none of
    // the periphery's 3 pairs, ρ = 1, which nothing later beats. The chain goes back to {0, 4}.
    [Fact]
    public void A_chain_from_the_empty_core_first_moves_institution_0_when_every_move_is_undefined()
    {
        var state = new CorePeripheryKernel.State(Graph(5, (0, 4), (1, 4), (3, 4)));

        bool improved = CorePeripheryKernel.Chain(state, CancellationToken.None);

        Assert.True(improved);
        Assert.Equal([0, 4], CoreOf(state));
        Assert.Equal(1.0, state.Value, 1e-15);
    }

    // 301 institutions (above the swap limit: sweeps only), ties 0–2 and 2–300, core {0, 1}, sweeps in the order 0…300.
    // Sweep 1: 0 and 1 cannot leave (a core of one); 2 joins: {0, 1, 2} with one core tie and none in the periphery,
    // ρ = (N − 3) / √(3·N_p·(N − 1)) ≈ 0.577 with N_p = 298·297/2, N = N_p + 3; no other move beats that. Sweep 2: 1
    // leaves, {0, 2}: its pair tied and none in the periphery, ρ = 1. Sweep 3 moves nothing.
    [Fact]
    public void Above_the_swap_limit_the_sweeps_repeat_so_1_leaves_after_2_joined()
    {
        var state = Core(Graph(301, (0, 2), (2, 300)), 0, 1);

        CorePeripheryKernel.Climb(state, new int[301], new FixedOrder(), CancellationToken.None);

        Assert.Equal([0, 2], CoreOf(state));
        Assert.Equal(1.0, state.Value, 1e-15);
    }

    // 300 institutions (at the swap limit): triangle 0, 1, 2 with pendants 0–3, 1–4, 2–5, and 294 without ties. Core
    // {6, 7}: no core tie, all 6 in the periphery, ρ = −6 / √(N_p·6·(N − 6)) < 0 (N_p = 298·297/2, N = N_p + 1). No single
    // move beats it (leaving: a core of one; a triangle node joining: −9/√(3·N_p′·3·(N′ − 3)) with N_p′ = 297·296/2,
    // N′ = N_p′ + 3, lower; others lower still), but swapping 6 for 0 does: 3 ties left in the periphery,
    // −3/√(N_p·3·(N − 3)), higher. The climb goes on to {0, 1, 2}: the only core with ρ = 1 (every core pair tied, no tie
    // in the periphery).
    [Fact]
    public void At_the_swap_limit_swaps_lead_from_a_local_optimum_of_single_moves_to_the_triangle()
    {
        var state = Core(Graph(300, (0, 1), (0, 2), (1, 2), (0, 3), (1, 4), (2, 5)), 6, 7);

        CorePeripheryKernel.Climb(state, new int[300], new FixedOrder(), CancellationToken.None);

        Assert.Equal([0, 1, 2], CoreOf(state));
        Assert.Equal(1.0, state.Value, 1e-15);
    }

    // Without ties every ρ is undefined, so each start is one sweep (one shuffle), no swap and a chain without gain.
    // Restarts = 1: the degree start, plus one start per institution up to 150 institutions: 151 starts at 150, one at
    // 151; no random start, so no NextDouble draw.
    [Fact]
    public void Without_ties_150_institutions_take_151_starts_and_151_take_one()
    {
        var at150 = new CountingRandom();
        var at151 = new CountingRandom();

        CorePeripheryKernel.Run(Graph(150), at150, restarts: 1, CancellationToken.None);
        CorePeripheryKernel.Run(Graph(151), at151, restarts: 1, CancellationToken.None);

        Assert.Equal((151, 0), (at150.Shuffles, at150.Doubles));
        Assert.Equal((1, 0), (at151.Shuffles, at151.Doubles));
    }

    /// <summary>Leaves every shuffle the identity: <see cref="Random.Shuffle{T}(T[])"/> swaps position i with <c>Next(i, n)</c>.</summary>
    private sealed class FixedOrder : Random
    {
        public override int Next(int minValue, int maxValue) => minValue;
    }

    /// <summary>Counts shuffles (each draws <c>Next(0, n)</c> first) and <see cref="NextDouble"/> draws.</summary>
    private sealed class CountingRandom() : Random(1)
    {
        public int Shuffles { get; private set; }

        public int Doubles { get; private set; }

        public override int Next(int minValue, int maxValue)
        {
            Shuffles += minValue == 0 ? 1 : 0;
            return base.Next(minValue, maxValue);
        }

        public override double NextDouble()
        {
            Doubles++;
            return base.NextDouble();
        }
    }
}
