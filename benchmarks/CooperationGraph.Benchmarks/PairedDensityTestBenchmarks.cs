using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// The paired density test of <c>analyze --compare</c> (1000 bootstrap replicates) on synthetic datasets of 100 and
/// 2 477 gminas (1 405 and 34 005 institutions), the declared and enacted layers standing in for the two windows.
/// </summary>
[MemoryDiagnoser]
public class PairedDensityTestBenchmarks
{
    private (int U, int V)[] first = [];
    private (int U, int V)[] second = [];
    private int institutions;

    /// <summary>Number of gminas.</summary>
    [Params(100, 2477)]
    public int Gminas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = Gminas });
        institutions = dataset.Institutions.Count;
        first = [.. CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Declared }).Graph.Edges()];
        second = [.. CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted }).Graph.Edges()];
    }

    [Benchmark]
    public PairedDensityTest Bootstrap() => PairedDensityTest.Compute(institutions, first, second, 1000, 20190709, CancellationToken.None);
}
