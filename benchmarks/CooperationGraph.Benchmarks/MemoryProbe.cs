using System.Diagnostics;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// Peak managed memory of a centrality computation above the loaded network, per tie:
/// <c>dotnet run -c Release --project benchmarks/CooperationGraph.Benchmarks -- memory TIES.csv [MEASURES] [--weighted]</c>.
/// Loads the edge list, collects, then samples <see cref="GC.GetTotalMemory(bool)"/> with a forced collection every
/// 20 ms while <see cref="CentralityAnalysis.Compute"/> runs; reports the peak minus the heap after loading, and the
/// bytes allocated meanwhile. A forced collection counts what is alive, which is what a caller has to have room for.
/// </summary>
internal static class MemoryProbe
{
    public static void Run(string[] args)
    {
        var network = EdgeListReader.Load(args[0]);
        var measures = args.Length > 1 && !args[1].StartsWith("--", StringComparison.Ordinal)
            ? CentralityMeasureNames.ParseList(args[1])
            : CentralityMeasureNames.All;
        bool weighted = args.Contains("--weighted");
        long loaded = GC.GetTotalMemory(true);
        long allocatedBefore = GC.GetTotalAllocatedBytes(true);
        long peak = loaded;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.Wait(20))
            {
                peak = Math.Max(peak, GC.GetTotalMemory(true));
            }
        });
        var clock = Stopwatch.StartNew();
        sampler.Start();
        var table = CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [.. measures], Weighted = weighted });
        done.Set();
        sampler.Join();
        long allocated = GC.GetTotalAllocatedBytes(true) - allocatedBefore;
        int ties = network.Ties.Count;
        Console.WriteLine($"{string.Join(",", measures.Select(CentralityMeasureNames.ColumnName))}: {network.Institutions.Count} institutions, {ties} ties, "
            + $"{clock.Elapsed.TotalSeconds:F1} s; peak above the loaded network {(peak - loaded) / 1e6:F1} MB = {(double)(peak - loaded) / ties:F0} B per tie; "
            + $"allocated {allocated / 1e6:F1} MB ({table.Ids.Count} rows)");
    }
}
