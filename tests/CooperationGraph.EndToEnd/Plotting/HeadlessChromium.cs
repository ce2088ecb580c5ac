using System.Diagnostics;

namespace CooperationGraph.Tests.Plotting;

/// <summary>
/// Debian's Chromium run headless and offline: loads a local page, lets its scripts run, and returns the DOM after
/// them (<c>--dump-dom</c>). `.ci/run` installs it; on a machine without it the browser tests are skipped, except in CI
/// (<c>CI=true</c>), where its absence is a failure.
/// </summary>
internal static class HeadlessChromium
{
    private static readonly string[] Candidates = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];

    public static string? Executable { get; } = Environment.GetEnvironmentVariable("CHROMIUM") is { Length: > 0 } path ? path : Candidates.FirstOrDefault(File.Exists);

    /// <summary>Skips the calling test when Chromium is missing outside CI.</summary>
    public static void SkipUnlessAvailable()
    {
        bool ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        Assert.False(ci && Executable is null, "CI must install Chromium (apt-get install chromium) for the browser tests.");
        Skip.If(Executable is null, "Chromium is not installed (apt-get install chromium); .ci/run installs it and runs these tests.");
    }

    /// <summary>The DOM of <paramref name="htmlFile"/> after its scripts ran, with the network closed to the page.</summary>
    /// <param name="htmlFile">The page.</param>
    /// <param name="windowSize">The window as <c>WIDTH,HEIGHT</c> in pixels; Chromium's default when null.</param>
    public static string DumpDom(string htmlFile, string? windowSize = null)
    {
        string profile = Path.Combine(Path.GetTempPath(), "cg-chromium-" + Guid.NewGuid().ToString("N"));
        var start = new ProcessStartInfo(Executable!)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-quic", "--no-first-run", "--user-data-dir=" + profile,
            "--virtual-time-budget=20000", "--dump-dom", new Uri(Path.GetFullPath(htmlFile)).AbsoluteUri,
        })
        {
            start.ArgumentList.Add(argument);
        }

        if (windowSize is not null)
        {
            start.ArgumentList.Insert(0, "--window-size=" + windowSize);
        }

        try
        {
            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            string dom = process.StandardOutput.ReadToEnd();
            Assert.True(process.WaitForExit(120_000), "Chromium did not finish in two minutes.");
            Assert.True(process.ExitCode == 0 && dom.Length > 0, $"Chromium exited with {process.ExitCode}: {stderr.Result}");
            return dom;
        }
        finally
        {
            try
            {
                Directory.Delete(profile, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
