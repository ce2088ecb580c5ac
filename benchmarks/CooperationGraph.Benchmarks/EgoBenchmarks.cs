using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>Ego-network measures beside Burt's (the local centrality measures) on the networks of <see cref="CentralityBenchmarks"/>.</summary>
[MemoryDiagnoser]
public class EgoBenchmarks
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
    public ResultList<EgoNetwork> Ego() => EgoMeasures.Compute(network);

    [Benchmark(Baseline = true)]
    public CentralityTable BurtMeasures() => CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.Constraint, CentralityMeasure.EffectiveSize] });
}
