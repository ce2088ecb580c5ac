using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// MRQAP of enacted ties on declared ties, same sector and same unit, 1000 permutations per term, on synthetic datasets
/// of 36 and 72 gminas (about 500 and 1 000 institutions, 125 000 and 500 000 pairs); the size limit is lifted.
/// </summary>
[MemoryDiagnoser]
public class MrqapBenchmarks
{
    private CooperationDataset dataset = null!;

    /// <summary>Number of gminas.</summary>
    [Params(36, 72)]
    public int Gminas { get; set; }

    [GlobalSetup]
    public void Setup() => dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = Gminas });

    [Benchmark]
    public MrqapResult? Fit() => Mrqap.Fit(dataset, options: new MrqapOptions { MaxInstitutions = int.MaxValue });

    [Benchmark]
    public MrqapResult? FitOnly() => Mrqap.Fit(dataset, options: new MrqapOptions { MaxInstitutions = int.MaxValue, Permutations = 0 });
}
