using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Cli;

/// <summary><c>analyze --profiles</c>: a page per institution and an index under OUT/profiles, in the language asked.</summary>
public sealed class AnalyzeProfilesTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-analyze-profiles-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void The_polish_sample_gets_polish_pages_and_with_the_cdn_no_plotly_file()
    {
        string sample = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow-pl");
        var (code, stdout, stderr) = CliRunner.Run("analyze", sample, "--out", output, "--profiles", "--lang", "pl", "--plotly", "cdn", "--permutations", "0");

        Assert.True(code == 0, stderr);
        string profiles = Path.Combine(output, "profiles");
        Assert.Contains(Path.Combine(profiles, "index.html"), stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("OPS_LONIOW.html", stdout, StringComparison.Ordinal); // the index stands for its pages
        Assert.Equal(21, Directory.GetFiles(profiles, "*.html").Length);
        Assert.Empty(Directory.GetFiles(output, "*.js", SearchOption.AllDirectories));
        string page = File.ReadAllText(Path.Combine(profiles, "OPS_LONIOW.html"));
        Assert.Contains("<html lang=\"pl\">", page, StringComparison.Ordinal);
        Assert.Contains("realizuje własnymi powiązaniami: OPS–PCPR", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Profile instytucji</h1>", File.ReadAllText(Path.Combine(profiles, "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_flag_no_profiles_folder_is_written()
    {
        string sample = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        var (code, _, stderr) = CliRunner.Run("analyze", sample, "--out", output, "--plotly", "cdn", "--permutations", "0");

        Assert.True(code == 0, stderr);
        Assert.False(Directory.Exists(Path.Combine(output, "profiles")));
    }
}
