using CooperationGraph.Metrics.Centrality;
using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// Weighted path measures count every path that is shortest in exact arithmetic, also where the floating-point sums of
/// the distances 1/strength differ in their last bits (NetworkX drops such paths).
/// </summary>
public class WeightedTiesTests
{
    private static readonly CentralityOptions Paths = new() { Weighted = true, Measures = [CentralityMeasure.Betweenness, CentralityMeasure.Closeness, CentralityMeasure.Harmonic] };

    /// <summary>
    /// p –4– a, triangle a –2– b, a –3– c, c –6– b, and b –1– q. From a, b lies at 1/2 directly and at 1/3 + 1/6 = 1/2
    /// through c: two shortest paths. In doubles, from p, 1/4 + 1/2 = 0.75 but (1/4 + 1/3) + 1/6 = 0.7499999999999999.
    /// </summary>
    private static CooperationNetwork TriangleAndPath(double scale = 1) => CooperationNetwork.FromEdgeList(
        [("p", "a", 4 * scale), ("a", "b", 2 * scale), ("a", "c", 3 * scale), ("c", "b", 6 * scale), ("b", "q", 1 * scale)]);

    [Fact]
    public void Triangle_and_path_with_strengths_2_3_6_counts_both_shortest_paths()
    {
        // c lies on half the shortest paths of (a,b), (p,b), (a,q), (p,q): 2 of (n − 1)(n − 2)/2 = 6 pairs.
        // a lies on every path from p: (p,b), (p,c), (p,q) → 3; b on every path from q to a, p, c → 3.
        var table = Measures.Compute(TriangleAndPath(), Paths);
        Assert.Equal(2.0 / 6.0, table["c", CentralityMeasure.Betweenness], 14);
        Assert.Equal(3.0 / 6.0, table["a", CentralityMeasure.Betweenness], 14);
        Assert.Equal(3.0 / 6.0, table["b", CentralityMeasure.Betweenness], 14);
        Assert.Equal(0.0, table["p", CentralityMeasure.Betweenness]);
        // p: a 1/4, c 7/12, b 3/4, q 7/4: Σ = 10/3, closeness 4/(10/3) = 1.2; harmonic 4 + 12/7 + 4/3 + 4/7 = 160/21.
        Assert.Equal(1.2, table["p", CentralityMeasure.Closeness], 14);
        Assert.Equal(160.0 / 21.0, table["p", CentralityMeasure.Harmonic], 13);
    }

    [Fact]
    public void Strengths_10_15_6_tie_although_one_tenth_plus_one_fifteenth_is_not_one_sixth_in_doubles()
    {
        // Triangle x –10– y –15– z and x –6– z, plus a pendant w on z. x to z: 1/6 directly, 1/10 + 1/15 = 1/6 through y.
        var network = CooperationNetwork.FromEdgeList([("x", "y", 10.0), ("y", "z", 15.0), ("x", "z", 6.0), ("z", "w", 1.0)]);
        var table = Measures.Compute(network, Paths);
        // y: half of (x,z) and half of (x,w) → 1 of 3 pairs. z: (x,w) whole, (y,w) whole → 2 of 3.
        Assert.Equal(1.0 / 3.0, table["y", CentralityMeasure.Betweenness], 14);
        Assert.Equal(2.0 / 3.0, table["z", CentralityMeasure.Betweenness], 14);
    }

    [Fact]
    public void Decimal_strengths_tie_exactly_as_typed()
    {
        // 0.3 –> distance 10/3; 0.6 and 0.6 in a row: 5/3 + 5/3 = 10/3. Both routes from u to v count.
        var network = CooperationNetwork.FromEdgeList([("u", "v", 0.3), ("u", "m", 0.6), ("m", "v", 0.6), ("v", "t", 0.1)]);
        var table = Measures.Compute(network, Paths);
        // m: half of (u,v) and half of (u,t) → 1 of 3 pairs; v: (u,t) whole and (m,t) whole → 2 of 3.
        Assert.Equal(1.0 / 3.0, table["m", CentralityMeasure.Betweenness], 14);
        Assert.Equal(2.0 / 3.0, table["v", CentralityMeasure.Betweenness], 14);
    }

    [Fact]
    public void Strengths_without_a_common_denominator_tie_within_a_relative_tolerance()
    {
        // Every strength times √2: no strength is a short decimal, so no exact integer scale exists; the same paths tie.
        var exact = Measures.Compute(TriangleAndPath(), Paths);
        var scaled = Measures.Compute(TriangleAndPath(Math.Sqrt(2)), Paths);
        foreach (var id in exact.Ids)
        {
            Assert.Equal(exact[id, CentralityMeasure.Betweenness], scaled[id, CentralityMeasure.Betweenness], 12);
            Assert.Equal(exact[id, CentralityMeasure.Closeness] * Math.Sqrt(2), scaled[id, CentralityMeasure.Closeness], 12);
        }

        Assert.Equal(2.0 / 6.0, scaled["c", CentralityMeasure.Betweenness], 12);
    }

    [Fact]
    public void Strengths_become_integer_lengths_scaled_by_the_lcm_of_their_numerators()
    {
        // 2, 3, 6 → distances 1/2, 1/3, 1/6 = 3, 2, 1 units of 1/6.
        var exact = ExactLengths.TryCreate(TriangleAndPath().Graph)!;
        var graph = TriangleAndPath().Graph;
        for (int i = 0; i < graph.Weights.Length; i++)
        {
            Assert.Equal(1 / graph.Weights[i], exact.Lengths[i] * exact.Unit, 15);
        }

        Assert.Equal(1.0 / 12, exact.Unit, 15); // lcm(4, 2, 3, 6, 1) = 12
        // 0.3 and 0.6 are 3/10 and 6/10: distances 10/3 and 10/6 = 2 and 1 units of 10/6.
        var decimals = ExactLengths.TryCreate(CooperationNetwork.FromEdgeList([("u", "v", 0.3), ("v", "w", 0.6)]).Graph)!;
        Assert.Equal([2L, 2L, 1L, 1L], decimals.Lengths); // u→v, v→u, v→w, w→v
        Assert.Equal(10.0 / 6, decimals.Unit, 15);
        // No short decimal, or a common multiple past 2^62: no exact lengths, the tolerance takes over.
        Assert.Null(ExactLengths.TryCreate(TriangleAndPath(Math.Sqrt(2)).Graph));
        long[] primes = [1_000_003, 1_000_033, 1_000_037, 1_000_039];
        Assert.Null(ExactLengths.TryCreate(CooperationNetwork.FromEdgeList(primes.Select((p, i) => ($"n{i}", $"n{i + 1}", (double)p))).Graph));
    }
}
