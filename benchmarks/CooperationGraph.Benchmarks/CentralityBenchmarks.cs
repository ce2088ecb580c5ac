using BenchmarkDotNet.Attributes;
using CooperationGraph.Metrics.Centrality;
using CooperationGraph.Networks;

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
    public CentralityTable Betweenness() => Centrality.Compute(network, new CentralityOptions { Metrics = ["betweenness"] });

    [Benchmark]
    public CentralityTable WeightedBetweenness() => Centrality.Compute(network, new CentralityOptions { Metrics = ["betweenness"], Weighted = true });

    [Benchmark]
    public CentralityTable PathMeasuresTogether() => Centrality.Compute(network, new CentralityOptions { Metrics = ["betweenness", "closeness", "harmonic"] });

    [Benchmark]
    public CentralityTable LocalMeasures() => Centrality.Compute(network, new CentralityOptions { Metrics = ["degree", "clustering", "constraint", "effective_size", "core"] });
}
