using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// The vertex-bootstrap intervals of an analysis (1000 replicates: density, degree and betweenness centralization, E-I
/// index, activation rate) and the logistic network regression (netlogit: the fit, and the fit with 20 QAP
/// permutations per term, from which 1000 are extrapolated), on synthetic
/// datasets of 36 and 72 gminas (about 500 and 1 000 institutions); the size limit is lifted.
/// </summary>
[MemoryDiagnoser]
public class IntervalsBenchmarks
{
    private CooperationDataset dataset = null!;
    private AnalysisResult analysis = null!;

    /// <summary>Number of gminas.</summary>
    [Params(36, 72)]
    public int Gminas { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = Gminas });
        analysis = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
    }

    [Benchmark]
    public BootstrapIntervals Bootstrap() => BootstrapIntervals.Compute(analysis.Network, analysis.Gaps, 1000, 20190709);

    /// <summary>The fit alone (no permutations).</summary>
    [Benchmark]
    public NetlogitResult? NetlogitFit() => Netlogit.Fit(dataset, options: new MrqapOptions { MaxInstitutions = int.MaxValue, Permutations = 0 });

    /// <summary>The fit and 20 QAP permutations per term: (this − fit) / 20 is the cost of one permutation (a whole run of 1000 took over 4 minutes at 36 gminas).</summary>
    [Benchmark]
    public NetlogitResult? Netlogit20() => Netlogit.Fit(dataset, options: new MrqapOptions { MaxInstitutions = int.MaxValue, Permutations = 20 });
}
