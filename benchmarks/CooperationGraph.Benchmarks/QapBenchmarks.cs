using BenchmarkDotNet.Attributes;
using CooperationGraph.Metrics.Qap;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// The QAP test of the declared layer against the enacted one, as <c>CooperationAnalysis.Run</c> runs it (1000
/// permutations), on synthetic datasets of 100 and 2 477 gminas (1 405 and 34 005 institutions).
/// </summary>
[MemoryDiagnoser]
public class QapBenchmarks
{
    private (int, int, double)[] declared = [];
    private (int, int, double)[] enacted = [];
    private int institutions;

    /// <summary>Number of gminas.</summary>
    [Params(100, 2477)]
    public int Gminas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = Gminas });
        institutions = dataset.Institutions.Count;
        declared = [.. CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Declared }).Graph.Edges().Select(p => (p.U, p.V, 1.0))];
        enacted = [.. CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted }).Graph.Edges().Select(p => (p.U, p.V, 1.0))];
    }

    [Benchmark]
    public QapResult DeclaredVersusEnacted() => QapKernel.Test(institutions, declared, enacted, 1000, 20190709, CancellationToken.None);
}
