using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

public class CentralityScaleTests
{
    private static readonly CooperationNetwork Network = CooperationNetwork.Build(CooperationGenerator.Generate(new GeneratorOptions { Gminas = 40 }));

    [Fact]
    public void Results_are_the_same_bit_for_bit_on_one_thread_and_on_all()
    {
        CentralityMeasure[] paths = [CentralityMeasure.Betweenness, CentralityMeasure.Closeness, CentralityMeasure.Harmonic];
        foreach (bool weighted in new[] { false, true })
        {
            var one = Measures.Compute(Network, new CentralityOptions { Measures = paths, Weighted = weighted, MaxDegreeOfParallelism = 1 });
            var all = Measures.Compute(Network, new CentralityOptions { Measures = paths, Weighted = weighted, MaxDegreeOfParallelism = 4 });
            foreach (var column in paths)
            {
                Assert.Equal(one.Column(column), all.Column(column));
            }
        }
    }

    [Fact]
    public void A_cancelled_computation_stops_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => Measures.Compute(Network, new CentralityOptions { Measures = [CentralityMeasure.Betweenness] }, cancel.Token));
    }

    [Fact]
    public void Progress_reaches_one()
    {
        var reports = new List<double>();
        var progress = new SynchronousProgress(reports);
        Measures.Compute(Network, new CentralityOptions { Measures = [CentralityMeasure.Closeness], Progress = progress });
        Assert.Equal(1.0, reports[^1]);
        Assert.All(reports, r => Assert.InRange(r, 0, 1));
    }

    [Fact]
    public void The_graph_cores_csr_arrays_hold_24_to_30_bytes_per_tie()
    {
        var graph = Network.Graph;
        long bytes = (sizeof(int) * (long)graph.Offsets.Length) + (sizeof(int) * (long)graph.Targets.Length) + (sizeof(double) * (long)graph.Weights.Length);
        double perEdge = bytes / (double)graph.EdgeCount;
        Assert.InRange(perEdge, 24, 30);
    }

    private sealed class SynchronousProgress(List<double> reports) : IProgress<double>
    {
        public void Report(double value)
        {
            lock (reports)
            {
                reports.Add(value);
            }
        }
    }
}
