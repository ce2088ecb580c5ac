using System.Text.Json;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Cli;

public sealed class AnalyzeDyadTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "cg-dyad-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(root, "out");

    private static string Sample => Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public void A_user_matrix_is_a_further_MRQAP_term_in_gaps_json()
    {
        Directory.CreateDirectory(root);
        string file = Path.Combine(root, "building.csv");
        File.WriteAllText(file, "source,target,weight\nOPS_LONIOW,GOK_LONIOW,1\nOPS_LONIOW,UG_LONIOW,1\nGOK_LONIOW,UG_LONIOW,1\n");
        var (code, _, stderr) = CliRunner.Run("analyze", Sample, "--out", Output, "--permutations", "50", "--dyad", "same_building=" + file);
        Assert.True(code == 0, stderr);
        using var gaps = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "gaps.json")));
        var terms = gaps.RootElement.GetProperty("mrqap").GetProperty("terms").EnumerateArray().ToList();
        Assert.Equal(["intercept", "declared", "same_sector", "same_unit", "same_building"], terms.Select(t => t.GetProperty("term").GetString()));

        // sna::netlm on the same matrices (Fixtures/Mrqap, case loniow_building): coefficients and t values are exact.
        var reference = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mrqap", "terms.csv")).Select(l => l.Split(','))
            .Where(r => r[0] == "loniow_building").ToDictionary(r => r[1]);
        foreach (var term in terms)
        {
            var row = reference[term.GetProperty("term").GetString()!];
            Assert.Equal(double.Parse(row[2], System.Globalization.CultureInfo.InvariantCulture), term.GetProperty("coefficient").GetDouble(), 1e-9);
            double t = double.Parse(row[3], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(t, term.GetProperty("tValue").GetDouble(), 1e-9 * Math.Max(1, Math.Abs(t)));
        }
    }

    [Theory]
    [InlineData("same_building", "--dyad 'same_building' must be NAME=FILE.csv")]
    [InlineData("x=UNKNOWN", "institution 'NOBODY' is not in the dataset.")]
    public void A_bad_matrix_is_a_one_line_error_and_nothing_is_written(string value, string message)
    {
        Directory.CreateDirectory(root);
        string file = Path.Combine(root, "unknown.csv");
        File.WriteAllText(file, "source,target,weight\nOPS_LONIOW,NOBODY,1\n");
        var (code, _, stderr) = CliRunner.Run("analyze", Sample, "--out", Output, "--dyad", value.Replace("UNKNOWN", file, StringComparison.Ordinal));
        Assert.NotEqual(0, code);
        Assert.Single(stderr.Trim().Split('\n'));
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Output));
    }
}
