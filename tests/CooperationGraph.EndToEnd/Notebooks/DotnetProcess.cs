using System.Diagnostics;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>Runs the <c>dotnet</c> command as a child process and collects its output.</summary>
public static class DotnetProcess
{
    public sealed record Result(int ExitCode, string Out, string Error, TimeSpan Elapsed)
    {
        public override string ToString() =>
            $"exit code {ExitCode} after {Elapsed.TotalSeconds:F1} s\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
    }

    public static Result Run(string workingDirectory, TimeSpan timeout, params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (string name in start.Environment.Keys.Where(k => k.StartsWith("MSBUILD", StringComparison.OrdinalIgnoreCase)
                     || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToArray())
        {
            start.Environment.Remove(name); // set by the `dotnet test` that runs us; they would steer the child's build
        }

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return new Result(-1, stdout.Result, $"timed out after {timeout}\n{stderr.Result}", clock.Elapsed);
        }

        process.WaitForExit(); // drains the redirected streams
        return new Result(process.ExitCode, stdout.Result, stderr.Result, clock.Elapsed);
    }
}
