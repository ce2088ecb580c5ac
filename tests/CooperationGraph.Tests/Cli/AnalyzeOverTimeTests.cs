using System.Text.Json;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Cli;

public sealed class AnalyzeOverTimeTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-over-time-" + Guid.NewGuid().ToString("N"));

    private static string Sample => Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Quarters_and_a_project_end_write_over_time_csv_durability_and_the_charts()
    {
        var (code, _, stderr) = CliRunner.Run("analyze", Sample, "--out", output, "--every", "quarter", "--project-end", "2019-12-31", "--permutations", "50");
        Assert.True(code == 0, stderr);

        // Actions run from 2018-09-20 to 2021-03-31: 2018-Q3 … 2021-Q1 is eleven quarters.
        var rows = File.ReadAllLines(Path.Combine(output, "over_time.csv"));
        Assert.Equal(12, rows.Length);
        Assert.StartsWith("window,from,to,institutions,declared,active,activation_rate,required_sectors_present,required_links_realised,density,components,", rows[0], StringComparison.Ordinal);
        Assert.EndsWith(",ties,ties_formed,ties_persisted,ties_reappeared,ties_dissolved,jaccard,hamming,formation_rate,dissolution_rate", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("2018-Q3,2018-07-01,2018-09-30,20,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("2021-Q1,2021-01-01,2021-03-31,20,", rows[^1], StringComparison.Ordinal);

        using var gaps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "gaps.json")));
        var durability = gaps.RootElement.GetProperty("durability");
        Assert.Equal("2019-12-31", durability.GetProperty("projectEnd").GetString());
        // Counted from the sample's CSV files (pairs sharing an action that starts by 2019-12-31; that runs after it; both):
        // 69 during, 31 after, 21 kept.
        Assert.Equal((69, 31, 21), (durability.GetProperty("tiesDuring").GetInt32(), durability.GetProperty("tiesAfter").GetInt32(), durability.GetProperty("tiesKept").GetInt32()));
        Assert.Contains("OPS_LONIOW", durability.GetProperty("keptActing").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(JsonValueKind.Object, gaps.RootElement.GetProperty("mrqap").ValueKind);

        string html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<section id=\"over-time\">", html, StringComparison.Ordinal);
        Assert.Contains("cg-time-2", html, StringComparison.Ordinal);
        Assert.Contains("cg-time-3", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_end_goes_with_a_comparison_window_that_ends_before_it()
    {
        var (code, _, stderr) = CliRunner.Run("analyze", Sample, "--out", output, "--compare", "..2019-06-30", "--project-end", "2019-12-31", "--permutations", "0");
        Assert.True(code == 0, stderr);
        using var gaps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "gaps.json")));
        Assert.Equal(JsonValueKind.Object, gaps.RootElement.GetProperty("durability").ValueKind);
        using var comparison = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "comparison.json")));
        Assert.Equal(JsonValueKind.Null, comparison.RootElement.GetProperty("first").GetProperty("durability").ValueKind);
    }

    [Theory]
    [InlineData("--every", "fortnight", "--every must be month, quarter or year, not 'fortnight'.")]
    [InlineData("--project-end", "2030-01-01", "must fall inside the analysis window")]
    [InlineData("--window-width", "0", "--window-width must be at least 1.")]
    public void Bad_arguments_give_one_line_a_non_zero_exit_and_write_nothing(string option, string value, string message)
    {
        string[] args = option == "--window-width"
            ? ["analyze", Sample, "--out", output, "--every", "month", option, value]
            : ["analyze", Sample, "--out", output, option, value, "--from", "2018-01-01", "--to", "2021-12-31"];
        var (code, _, stderr) = CliRunner.Run(args);
        Assert.NotEqual(0, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
