using System.Reflection;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.NoEmit;
using CooperationGraph.Benchmarks;

namespace CooperationGraph.Tests.Benchmarks;

/// <summary>
/// Every benchmark runs once at its smallest size (BenchmarkDotNet's Dry job, in process), so the benchmarks never rot;
/// the full runs live in benchmarks/README.md.
/// </summary>
public class BenchmarkSmokeTests
{
    [Theory]
    [InlineData(typeof(DatasetImportBenchmarks))]
    [InlineData(typeof(CentralityBenchmarks))]
    [InlineData(typeof(GeneratorBenchmarks))]
    [InlineData(typeof(SpectralBenchmarks))]
    [InlineData(typeof(LayoutBenchmarks))]
    [InlineData(typeof(ChartBenchmarks))]
    public void Dry_run_completes_without_errors(Type benchmarks)
    {
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessNoEmitToolchain.Instance))
            .AddLogger(NullLogger.Instance)
            .AddFilter(new SimpleFilter(c => c.Parameters.Items.All(p => Equals(p.Value, Smallest(benchmarks, p.Name)))))
            .WithOptions(ConfigOptions.DisableOptimizationsValidator | ConfigOptions.DisableLogFile)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "cg-benchmarks-" + Guid.NewGuid().ToString("N")));
        var summary = BenchmarkRunner.Run(benchmarks, config);
        Assert.False(summary.HasCriticalValidationErrors, string.Join("; ", summary.ValidationErrors.Select(e => e.Message)));
        Assert.NotEmpty(summary.Reports);
        Assert.All(summary.Reports, report => Assert.True(report.Success, $"{report.BenchmarkCase.DisplayInfo} failed"));
    }

    private static object? Smallest(Type benchmarks, string property) =>
        benchmarks.GetProperty(property)!.GetCustomAttribute<ParamsAttribute>()!.Values.Min();
}
