using System.Diagnostics;
using System.Reflection;

namespace CooperationGraph.Notebooks;

/// <summary>
/// The CooperationGraph package packed from this checkout into a folder of its own, with a version no NuGet cache has
/// seen (<c>0.2.0-notebook.20261130101500.4242</c>): notebooks that say <c>#r "nuget: CooperationGraph, 0.2.0"</c>
/// get this package through <c>#i "nuget: FOLDER"</c>, as a user gets the one they packed, and a change to the library
/// is never hidden by a package restored earlier.
/// </summary>
public sealed record LocalPackage(string Folder, string Version)
{
    /// <summary>The package id the runner provides.</summary>
    public const string Id = "CooperationGraph";

    /// <summary>The checkout the runner was built from.</summary>
    public static string RepositoryRoot { get; } = Metadata("RepositoryRoot");

    /// <summary>The version the checkout's projects build (<c>0.2.0</c>); packed with a fresh prerelease label.</summary>
    public static string BaseVersion { get; } = Metadata("PackageVersion");

    /// <summary>Packs <c>src/CooperationGraph</c> into <c>WORK/packages</c> (its build goes to <c>WORK/build</c>).</summary>
    /// <exception cref="InvalidOperationException">The pack failed; the message ends with its last lines.</exception>
    public static LocalPackage Pack(string workFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workFolder);
        string project = Path.Combine(RepositoryRoot, "src", "CooperationGraph", "CooperationGraph.csproj");
        string version = $"{BaseVersion}-notebook.{DateTime.UtcNow:yyyyMMddHHmmss}.{Environment.ProcessId}";
        string folder = Path.Combine(workFolder, "packages");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string arg in new[]
                 {
                     "pack", project, "-c", "Release", "-o", folder, "--artifacts-path", Path.Combine(workFolder, "build"),
                     $"-p:Version={version}", "-p:IncludeSymbols=false", "-nologo",
                 })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("cannot start dotnet to pack CooperationGraph.");
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExitAsync(cancellationToken).GetAwaiter().GetResult();
        if (process.ExitCode != 0 || !File.Exists(Path.Combine(folder, $"{Id}.{version}.nupkg")))
        {
            var last = (stdout + stderr.GetAwaiter().GetResult()).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).TakeLast(5);
            throw new InvalidOperationException($"cannot pack {project} (dotnet pack exited with {process.ExitCode}): {string.Join(" | ", last)}");
        }

        return new LocalPackage(folder, version);
    }

    private static string Metadata(string key) =>
        typeof(LocalPackage).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}
