using System.Globalization;
using QuikGraph;
using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// Weights asked for are used or refused in a sentence, never dropped: every measure but degree and core number changes
/// with them; weights for degree or core number alone, and <see cref="CentralityOptions.Weighted"/> without a weight
/// function on a QuikGraph graph, are refused; Katz past 1/λ_max throws as documented.
/// </summary>
public class WeightedRequestsTests
{
    /// <summary>A triangle with a pendant path, strengths all different: every weighted measure sees them.</summary>
    private static readonly CooperationNetwork Network = CooperationNetwork.FromEdgeList(
        [("a", "b", 1), ("b", "c", 2), ("c", "a", 3), ("c", "d", 4), ("d", "e", 0.5)]);

    [Fact]
    public void Every_measure_but_degree_and_core_uses_the_weights_when_asked()
    {
        var options = new CentralityOptions { Measures = CentralityMeasureNames.All, KatzAlpha = 0.05 };
        var plain = Measures.Compute(Network, options);
        var weighted = Measures.Compute(Network, options with { Weighted = true });
        var uses = CentralityMeasureNames.All.Where(m => Network.Institutions.Any(i => Math.Abs(plain[i.Id, m] - weighted[i.Id, m]) > 1e-9)).ToList();
        Assert.Equal(CentralityMeasureNames.All.Except([CentralityMeasure.Degree, CentralityMeasure.Strength, CentralityMeasure.Core]), uses);
        // Strength is the sum of strengths with or without Weighted (the weighted degree).
        Assert.Equal(9.0, plain["c", CentralityMeasure.Strength]);
        Assert.Equal(9.0, weighted["c", CentralityMeasure.Strength]);
    }

    [Theory]
    [InlineData("degree")]
    [InlineData("core")]
    [InlineData("degree,core")]
    public void Weights_for_degree_or_core_number_alone_are_refused(string names)
    {
        var options = new CentralityOptions { Weighted = true, Measures = CentralityMeasureNames.ParseList(names) };
        var error = Assert.Throws<ArgumentException>(() => Measures.Compute(Network, options));
        Assert.Equal($"weights were asked for, but none of the measures asked uses them ({names.Replace(",", ", ", StringComparison.Ordinal)}): degree and core number count ties; for the sum of tie weights ask for strength, or leave out the weights", error.Message);
        Assert.Throws<ArgumentException>(() => Measures.Compute(Network, e => e.Weight, options with { Weighted = false }));
        // Beside a measure that uses them they stay counts of ties, as in metrics.csv.
        var table = Measures.Compute(Network, options with { Measures = [CentralityMeasure.Degree, CentralityMeasure.Core, CentralityMeasure.Strength] });
        Assert.Equal(3.0, table["c", CentralityMeasure.Degree]);
        Assert.Equal(2.0, table["c", CentralityMeasure.Core]);
        Assert.Equal(9.0, table["c", CentralityMeasure.Strength]);
        var unweighted = Measures.Compute(Network, options with { Weighted = false });
        Assert.All(names.Split(','), name => Assert.Equal(table["c", CentralityMeasureNames.Parse(name)], unweighted["c", CentralityMeasureNames.Parse(name)]));
    }

    [Fact]
    public void Weighted_without_a_weight_function_is_refused_on_a_quikgraph_graph()
    {
        var graph = new UndirectedGraph<string, Edge<string>>();
        graph.AddVerticesAndEdgeRange([new Edge<string>("a", "b"), new Edge<string>("b", "c")]);
        var error = Assert.Throws<ArgumentException>(() => Measures.Compute(graph, null, new CentralityOptions { Weighted = true }));
        Assert.StartsWith("weighted measures were asked for (Weighted = true) without a weight function", error.Message, StringComparison.Ordinal);
        // A weight function alone asks for weighted measures (Weighted left at its default).
        var weighted = Measures.Compute(Network, e => e.Weight, new CentralityOptions { Measures = [CentralityMeasure.Clustering] });
        Assert.Equal(Measures.Compute(Network, new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Clustering] })["c", CentralityMeasure.Clustering], weighted[CentralityMeasure.Clustering][Network.Institutions.Single(i => i.Id == "c")]);
    }

    [Fact]
    public void Katz_past_one_over_lambda_max_throws_as_documented()
    {
        // K5 has λ_max = 4: α = 0.25 is not below 1/λ_max.
        var k5 = CooperationNetwork.FromEdgeList(
            from u in "abcde" from v in "abcde" where u < v select (u.ToString(), v.ToString(), 1.0));
        var error = Assert.Throws<InvalidOperationException>(() => Measures.Katz(k5, alpha: 0.25));
        Assert.Contains(string.Create(CultureInfo.InvariantCulture, $"alpha = 0.25 is not below 1/λ_max = 0.25"), error.Message, StringComparison.Ordinal);
        Assert.Equal(1 / Math.Sqrt(5), Measures.Katz(k5, alpha: 0.2)[k5.Institutions[0]], 12);
    }
}
