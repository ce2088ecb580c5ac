using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>Eigenvector (Lanczos), PageRank and Katz on synthetic networks, and rendering the HTML report.</summary>
[MemoryDiagnoser]
public class SpectralBenchmarks
{
    private CooperationNetwork network = null!;
    private AnalysisResult analysis = null!;

    /// <summary>Number of gminas.</summary>
    [Params(100, 1000)]
    public int Gminas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = Gminas });
        network = CooperationNetwork.Build(dataset);
        analysis = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
    }

    [Benchmark]
    public CentralityTable Eigenvector() => CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.Eigenvector] });

    [Benchmark]
    public CentralityTable PageRank() => CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.PageRank] });

    [Benchmark]
    public CentralityTable Katz() => CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.Katz] });

    [Benchmark]
    public string RenderReport() => HtmlReport.Render(analysis);
}
