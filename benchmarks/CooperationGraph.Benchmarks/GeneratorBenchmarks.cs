using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>Generating synthetic data, building its network, and the whole analysis (gaps, brokerage, centrality).</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private CooperationDataset dataset = null!;

    /// <summary>Number of gminas.</summary>
    [Params(50, 500)]
    public int Gminas { get; set; }

    [GlobalSetup]
    public void Setup() => dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = Gminas });

    [Benchmark]
    public CooperationDataset Generate() => CooperationGenerator.Generate(new GeneratorOptions { Gminas = Gminas });

    [Benchmark]
    public CooperationNetwork BuildNetwork() => CooperationNetwork.Build(dataset);

    [Benchmark]
    public AnalysisResult Analyze() => CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 100 });
}
