using System.Diagnostics;
using System.Runtime.InteropServices;
using CooperationGraph.Cli;
using CooperationGraph.Tests.Notebooks;

namespace CooperationGraph.Tests.DataSafety;

/// <summary>
/// The tool as a separate process, stopped by Ctrl+C (SIGINT), SIGTERM or SIGKILL at seeded random moments while it
/// replaces a previous result (half the stops within 400 ms of the start, half later): every input stays byte-identical,
/// the output is the whole previous result or the whole new one, and the next run leaves no temporary behind.
/// </summary>
public sealed partial class InterruptTests : IDisposable
{
    private const int Runs = 6;
    private readonly SafetyWorkspace workspace = new();

    public void Dispose() => workspace.Dispose();

    public static TheoryData<string> Commands => ["analyze", "compare", "convert", "export", "analyze-profiles"];

    [SkippableTheory]
    [MemberData(nameof(Commands))]
    public void A_stop_at_any_moment_leaves_the_old_or_the_new_result_whole(string name)
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals");
        var command = WritingCommand.Named(name);
        string reference = workspace["reference" + command.Extension];
        string output = workspace["out" + command.Extension];
        SafetyWorkspace.Succeed(WritingCommand.Resolve(command.Main, workspace, reference));
        SafetyWorkspace.Succeed(WritingCommand.Resolve(command.Other, workspace, output));
        var complete = SafetyWorkspace.Snapshot(reference);
        var previous = SafetyWorkspace.Snapshot(output);
        var random = new Random(20_181_004 + name.Length);
        var signals = new[] { Sigint, Sigterm, Sigkill };
        int stopped = 0;
        for (int run = 0; run < Runs; run++)
        {
            int signal = signals[run % signals.Length];
            int delay = run < Runs / 2 ? random.Next(50, 400) : random.Next(400, 1_800);
            var (exit, error) = StopAfter(WritingCommand.Resolve(command.Main, workspace, output), delay, signal);

            stopped += exit == 0 ? 0 : 1;
            var now = SafetyWorkspace.Snapshot(output);
            Assert.True(now.Count > 0 && (Same(now, previous) || Same(now, complete)), $"run {run}: signal {signal} after {delay} ms (exit {exit}) left a mixed result: {string.Join(", ", now.Keys)}");
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
            workspace.AssertInputsUnchanged();
            previous = now;
        }

        Assert.True(stopped > 0, "every run finished before its signal: the delays no longer reach into the runs");
        SafetyWorkspace.Succeed(WritingCommand.Resolve(command.Main, workspace, output));
        Assert.True(Same(complete, SafetyWorkspace.Snapshot(output)));
        workspace.AssertInputsWholeAndNoTemporary();
    }

    [SkippableFact]
    public void Ctrl_C_during_an_analysis_stops_with_a_sentence_and_exit_130()
    {
        Skip.IfNot(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS(), "POSIX signals");
        string output = workspace["big"];
        SafetyWorkspace.Succeed("generate", "--gminas", "400", "--out", workspace["national"]);

        var (exit, error) = StopAfter(["analyze", workspace["national"], "--out", output, "--permutations", "2000"], 1_500, Sigint); // about 5 s of work on 2 cores: the signal lands inside it

        Assert.Equal(130, exit);
        Assert.Contains("stopped; nothing was changed", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
        Assert.Empty(SafetyWorkspace.Leftovers(workspace.Root));
    }

    private static bool Same(Dictionary<string, string> a, Dictionary<string, string> b) =>
        a.Count == b.Count && a.All(pair => b.TryGetValue(pair.Key, out var hash) && hash == pair.Value);

    private const int Sigint = 2;
    private const int Sigterm = 15;
    private const int Sigkill = 9;

    private static (int Exit, string Error) StopAfter(string[] args, int milliseconds, int signal)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(CliDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!process.WaitForExit(milliseconds))
        {
            // The tool may end between the wait and the signal: kill(2) then fails with ESRCH, and the run simply finished.
            int sent = Kill(process.Id, signal);
            Assert.True(sent == 0 || process.HasExited, $"kill({process.Id}, {signal}) failed while the tool was still running");
        }

        Assert.True(process.WaitForExit(60_000), "the tool did not stop within a minute");
        return (process.ExitCode, error.Result);
    }

    private static string CliDll
    {
        get
        {
            string beside = Path.ChangeExtension(typeof(CliApp).Assembly.Location, ".runtimeconfig.json");
            return File.Exists(beside)
                ? typeof(CliApp).Assembly.Location
                : Directory.GetFiles(Path.Combine(RepositoryFolders.Root, "src", "CooperationGraph.Cli", "bin"), "cooperation-graph.dll", SearchOption.AllDirectories)[0];
        }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int Kill(int pid, int signal);
}
