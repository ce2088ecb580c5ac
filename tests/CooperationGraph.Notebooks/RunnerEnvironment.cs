namespace CooperationGraph.Notebooks;

/// <summary>
/// The runner's own home: the kernel restores packages by running <c>dotnet</c> in projects under
/// <c>$HOME/.packagemanagement</c> into the NuGet cache (<c>NUGET_PACKAGES</c>), so the runner points both at a folder
/// of its own (<c>TEMP/cooperation-graph-notebooks</c>, or <c>CG_NOTEBOOKS_HOME</c>) before the first kernel starts:
/// it neither fills the user's cache with packed test versions nor is served a stale package from it. The NuGet cache
/// is kept between runs for the dependencies; the packed CooperationGraph versions older than a day are removed.
/// </summary>
internal static class RunnerEnvironment
{
    public const string HomeVariable = "CG_NOTEBOOKS_HOME";

    /// <summary>Sets <c>HOME</c>, <c>NUGET_PACKAGES</c> and the telemetry switches for this process and its children.</summary>
    /// <returns>A fresh work folder for this run (the packed package and its build).</returns>
    public static string Enter()
    {
        string root = Environment.GetEnvironmentVariable(HomeVariable) is { Length: > 0 } chosen
            ? Path.GetFullPath(chosen)
            : Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks");
        string home = Path.Combine(root, "home");
        string packages = Path.Combine(root, "nuget-packages");
        string work = Path.Combine(root, "runs", $"{DateTime.UtcNow:yyyyMMddHHmmss}-{Environment.ProcessId}");
        Directory.CreateDirectory(home);
        Directory.CreateDirectory(packages);
        Directory.CreateDirectory(work);
        Environment.SetEnvironmentVariable("HOME", home);
        Environment.SetEnvironmentVariable("NUGET_PACKAGES", packages);
        Environment.SetEnvironmentVariable("DOTNET_CLI_TELEMETRY_OPTOUT", "1");
        Environment.SetEnvironmentVariable("DOTNET_NOLOGO", "1");
        Environment.SetEnvironmentVariable("DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT", "1");
        RemoveOlderThanADay(Path.Combine(packages, LocalPackage.Id.ToLowerInvariant()));
        RemoveOlderThanADay(Path.Combine(root, "runs"));
        return work;
    }

    private static void RemoveOlderThanADay(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var old in new DirectoryInfo(folder).GetDirectories().Where(d => d.LastWriteTimeUtc < DateTime.UtcNow.AddDays(-1)))
        {
            try
            {
                old.Delete(recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // in use by another run: left for the next one
            }
        }
    }
}
