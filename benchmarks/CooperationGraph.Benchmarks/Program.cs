using BenchmarkDotNet.Running;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project benchmarks/CooperationGraph.Benchmarks -- --filter '*'</c>;
/// <c>-- memory TIES.csv [MEASURES] [--weighted]</c> measures peak memory instead (<see cref="MemoryProbe"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 1 && args[0] == "memory")
        {
            MemoryProbe.Run(args[1..]);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
