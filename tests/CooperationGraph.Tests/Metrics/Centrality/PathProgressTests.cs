using CooperationGraph.Graph;
using CooperationGraph.Metrics.Centrality;
using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// The progress the path measures report, on one thread (so the sequence is fixed): betweenness by blocks takes the first
/// 70 % when distances follow, counted in units of work (a batch of sixteen sources unweighted, a source weighted), a
/// large block reporting per chunk and every 64 units; the bit-parallel distances one report per batch of 64 sources;
/// the per-source pass one report every 256 sources; each ends with 1.
/// </summary>
public class PathProgressTests
{
    /// <summary>Keeps every value reported, in order (synchronously, unlike <see cref="Progress{T}"/>).</summary>
    private sealed class Recorder : IProgress<double>
    {
        public List<double> Values { get; } = [];

        public void Report(double value)
        {
            lock (Values)
            {
                Values.Add(value);
            }
        }
    }

    private static List<double> Run(CooperationNetwork network, bool weighted, params CentralityMeasure[] measures)
    {
        var recorder = new Recorder();
        Measures.Compute(network, new CentralityOptions { Weighted = weighted, Measures = measures, Progress = recorder, MaxDegreeOfParallelism = 1 });
        return recorder.Values;
    }

    private static CooperationNetwork Cycle(int n, double strength = 1.0) =>
        CooperationNetwork.FromEdgeList(Enumerable.Range(0, n).Select(i => ($"n{i}", $"n{(i + 1) % n}", strength)));

    private static void Equal(double[] expected, List<double> actual)
    {
        Assert.Equal(expected.Length, actual.Count);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 15);
        }
    }

    [Fact]
    public void Blocks_then_distances_report_seventy_and_thirty_percent_counting_one_batch_per_block_and_no_bridge()
    {
        // A triangle t0 t1 t2 and a 16-cycle through t2 (blocks of 3 and 16 nodes: one batch each), and a pendant p on t0
        // (a bridge: no work). 19 nodes: one batch of bit-parallel sources.
        var edges = new List<(string, string, double)> { ("t0", "t1", 1), ("t1", "t2", 1), ("t2", "t0", 1), ("p", "t0", 1) };
        edges.AddRange(Enumerable.Range(0, 16).Select(i => (i == 0 ? "t2" : $"c{i}", i == 15 ? "t2" : $"c{i + 1}", 1.0)));
        var values = Run(CooperationNetwork.FromEdgeList(edges), false, CentralityMeasure.Betweenness, CentralityMeasure.Closeness);
        Equal([0.35, 0.7, 1.0, 1.0], values);
    }

    [Fact]
    public void Distances_alone_report_one_value_per_batch_of_64_sources()
    {
        var values = Run(Cycle(70), false, CentralityMeasure.Closeness);
        Equal([0.5, 1.0, 1.0], values);
    }

    [Fact]
    public void A_block_of_256_nodes_runs_in_sixteen_chunks_each_reporting_its_batch()
    {
        // 256 nodes: sixteen batches of sixteen sources, one per chunk; betweenness alone takes the whole range.
        var values = Run(Cycle(256), false, CentralityMeasure.Betweenness);
        Equal([.. Enumerable.Range(1, 16).Select(k => k / 16.0), 1.0], values);
    }

    [Fact]
    public void A_weighted_block_of_1024_nodes_reports_every_64_sources_and_at_the_end_of_each_chunk()
    {
        // 1024 sources in sixteen chunks of 64: each chunk reports at its 64th source, then the rest (none) at its end.
        var values = Run(Cycle(1024, 2.0), true, CentralityMeasure.Betweenness);
        Equal([.. Enumerable.Range(1, 16).SelectMany(k => new[] { k / 16.0, k / 16.0 }), 1.0], values);
    }

    [Fact]
    public void The_weighted_per_source_pass_reports_every_256_sources()
    {
        var values = Run(Cycle(300, 2.0), true, CentralityMeasure.Closeness);
        Equal([256.0 / 300, 1.0], values);
    }

    [Fact]
    public void The_plain_kernel_runs_one_traversal_per_source_and_reports_once_below_256_sources()
    {
        // Unweighted, with decomposition switched off: no block or bit-parallel phase, one report (1) at the end.
        var graph = WeightedGraph.FromEdges(5, [(0, 1, 1.0), (1, 2, 1.0), (2, 0, 1.0), (2, 3, 1.0), (3, 4, 1.0)]);
        var recorder = new Recorder();
        new PathKernel(graph, false, decompose: false).Run(true, CancellationToken.None, recorder, 1);
        Equal([1.0], recorder.Values);
    }

    [Fact]
    public void Cancelling_from_the_progress_of_the_per_source_pass_stops_it_at_the_next_source()
    {
        var values = RunCancelledAt(1, Cycle(600, 2.0), true, CentralityMeasure.Closeness);
        Equal([256.0 / 600], values);
    }

    [Fact]
    public void Cancelling_from_the_progress_of_a_large_weighted_block_stops_it_at_the_next_source()
    {
        // Chunk 0 reports at its 64th and last source, then at its end; chunk 1 stops at its first source.
        var values = RunCancelledAt(1, Cycle(1024, 2.0), true, CentralityMeasure.Betweenness);
        Equal([1 / 16.0, 1 / 16.0], values);
    }

    /// <summary>Runs on one thread with a progress that cancels the token at its <paramref name="at"/>-th report; the
    /// run must throw; returns the values reported.</summary>
    private static List<double> RunCancelledAt(int at, CooperationNetwork network, bool weighted, params CentralityMeasure[] measures)
    {
        using var source = new CancellationTokenSource();
        var recorder = new Recorder();
        var progress = new CancellingProgress(recorder, source, at);
        Assert.ThrowsAny<OperationCanceledException>(() => Measures.Compute(
            network,
            new CentralityOptions { Weighted = weighted, Measures = measures, Progress = progress, MaxDegreeOfParallelism = 1 },
            source.Token));
        return recorder.Values;
    }

    /// <summary>Records, and cancels at the given report.</summary>
    private sealed class CancellingProgress(Recorder recorder, CancellationTokenSource source, int at) : IProgress<double>
    {
        public void Report(double value)
        {
            recorder.Report(value);
            if (recorder.Values.Count == at)
            {
                source.Cancel();
            }
        }
    }
}
