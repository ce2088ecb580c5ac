using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>Centrality on seeded random networks with three ties per institution (sparse, as cooperation networks are).</summary>
[MemoryDiagnoser]
public class CentralityBenchmarks
{
    private CooperationNetwork network = null!;

    /// <summary>Number of institutions.</summary>
    [Params(1_000, 10_000)]
    public int Institutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20190709);
        var edges = new List<(string, string, double)>(Institutions * 3);
        for (int i = 0; i < Institutions * 3; i++)
        {
            int u = random.Next(Institutions), v = random.Next(Institutions);
            if (u != v)
            {
                edges.Add(($"I{u}", $"I{v}", 1 + random.Next(5)));
            }
        }

        network = CooperationNetwork.FromEdgeList(edges);
    }

    [Benchmark]
    public CentralityTable Betweenness() => CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.Betweenness] });

    [Benchmark]
    public CentralityTable WeightedBetweenness() => CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.Betweenness], Weighted = true });

    [Benchmark]
    public CentralityTable PathMeasuresTogether() => CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.Betweenness, CentralityMeasure.Closeness, CentralityMeasure.Harmonic] });

    [Benchmark]
    public CentralityTable LocalMeasures() => CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.Degree, CentralityMeasure.Clustering, CentralityMeasure.Constraint, CentralityMeasure.EffectiveSize, CentralityMeasure.Core] });
}
