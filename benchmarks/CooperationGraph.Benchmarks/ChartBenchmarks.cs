using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>Building charts of synthetic datasets (layout included for the map) and writing their Plotly JSON.</summary>
[MemoryDiagnoser]
public class ChartBenchmarks
{
    private CooperationDataset dataset = null!;
    private AnalysisResult analysis = null!;
    private Figure map = null!;

    /// <summary>Number of gminas (about 14 institutions each, with their powiat and voivodeship partners).</summary>
    [Params(10, 100)]
    public int Gminas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = Gminas });
        analysis = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
        map = Charts.NetworkMap(analysis);
    }

    /// <summary>The network map of an analysis: layout of both layers, hover texts, traces.</summary>
    [Benchmark]
    public Figure NetworkMap() => Charts.NetworkMap(analysis);

    /// <summary>The map's Plotly JSON, escaping included.</summary>
    [Benchmark]
    public string NetworkMapJson() => map.ToJson();

    /// <summary>The timeline with its hover texts, and its JSON.</summary>
    [Benchmark]
    public string TimelineJson() => Charts.Timeline(dataset).ToJson();
}
