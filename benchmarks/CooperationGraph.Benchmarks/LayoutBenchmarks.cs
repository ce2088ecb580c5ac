using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// The stress layout (all-pairs BFS, Pivot MDS, majorization sweeps of O(n²) each; up to 300 institutions eight starts) and
/// the force-directed layout (50 Fruchterman–Reingold steps, O(n²) each) on seeded random networks with three ties per
/// institution, as in <see cref="CentralityBenchmarks"/>: Łoniów-sized (20), 1 000 and 3 000 institutions (the largest
/// component the dense stress kernel takes); institutions spread over eight sectors for the grouped layout.
/// </summary>
[MemoryDiagnoser]
public class LayoutBenchmarks
{
    private CooperationNetwork network = null!;

    /// <summary>Number of institutions.</summary>
    [Params(20, 1_000, 3_000)]
    public int Institutions { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20190709);
        var sectors = Enumerable.Range(0, 8).Select(s => new Sector($"S{s}", $"sektor {s}", $"sector {s}")).ToArray();
        var institutions = Enumerable.Range(0, Institutions).Select(i => new Institution($"I{i}", $"I{i}", sectors[i % sectors.Length])).ToList();
        var edges = new List<(int, int, double, string)>(Institutions * 3);
        for (int i = 0; i < Institutions * 3; i++)
        {
            int u = random.Next(Institutions), v = random.Next(Institutions);
            if (u != v)
            {
                edges.Add((Math.Min(u, v), Math.Max(u, v), 1 + random.Next(5), "edge"));
            }
        }

        network = CooperationNetwork.FromEdges(institutions, edges, new NetworkOptions { Layers = NetworkLayers.DirectTies });
    }

    [Benchmark]
    public NodePositions Stress() => NetworkLayout.Compute(network);

    [Benchmark]
    public NodePositions WeightedStress() => NetworkLayout.Compute(network, new LayoutOptions { Weighted = true });

    [Benchmark]
    public NodePositions ForceDirected() => NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected });

    [Benchmark]
    public NodePositions WeightedForceDirected() => NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Weighted = true });

    [Benchmark]
    public NodePositions GroupedBySector() => NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Grouping = LayoutGrouping.Sector });
}
