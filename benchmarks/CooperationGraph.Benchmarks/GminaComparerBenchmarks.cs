using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// The national comparison's two steps through the public API only, so that the same file builds at an earlier commit
/// and the two run side by side: <see cref="GminaComparer.SplitBy"/> of the generated country (2 477 gminas, 34 005
/// institutions) into its gminas, and <see cref="GminaComparer.Compare(IEnumerable{ValueTuple{string, CooperationDataset}}, AnalysisOptions?, CancellationToken)"/>
/// of the first <see cref="Compared"/> gminas of it (every one analysed in full, the call's default).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class GminaComparerBenchmarks
{
    private CooperationDataset country = null!;
    private IReadOnlyList<(string Name, CooperationDataset Dataset)> gminas = [];

    /// <summary>Gminas compared by <see cref="Compare"/> (a share of the country: each is a full analysis).</summary>
    [Params(250)]
    public int Compared { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        country = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 2477 });
        gminas = [.. GminaComparer.SplitBy(country, "unit").Take(Compared)];
    }

    /// <summary>The country split by its <c>unit</c> column into 2 477 gmina datasets.</summary>
    [Benchmark]
    public int Split() => GminaComparer.SplitBy(country, "unit").Count;

    /// <summary>The comparison of <see cref="Compared"/> gminas with the default options.</summary>
    [Benchmark]
    public int Compare() => GminaComparer.Compare(gminas).Gminas.Count;
}
