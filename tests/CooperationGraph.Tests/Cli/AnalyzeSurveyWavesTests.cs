namespace CooperationGraph.Tests.Cli;

/// <summary><c>analyze</c> on a partner survey in waves (issue 23; Fixtures/Survey/waves, values in its README).</summary>
public sealed class AnalyzeSurveyWavesTests : IDisposable
{
    private static readonly string Waves = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Survey", "waves");
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-waves-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Over_time_csv_ends_with_each_quarters_survey_and_the_window_takes_its_waves()
    {
        var (code, _, stderr) = CliRunner.Run("analyze", Waves, "--out", output, "--permutations", "0", "--plotly", "cdn", "--every", "quarter", "--to", "2020-06-30", "--lang", "en");
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(Path.Combine(output, "over_time.csv"));
        Assert.EndsWith(",dissolution_rate,survey_response_rate,survey_mean_level,survey_trust,survey_value,survey_weak_density", lines[0], StringComparison.Ordinal);
        Assert.Equal(3, lines.Length); // 2020-Q1 and 2020-Q2
        Assert.EndsWith(",0.75,2,2,1.75,0.3333333333333333", lines[1], StringComparison.Ordinal);
        Assert.EndsWith(",,,,,", lines[2], StringComparison.Ordinal);
        Assert.Contains("\"waves\": [", File.ReadAllText(Path.Combine(output, "gaps.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_date_in_a_dated_survey_fails_with_file_line_and_no_stack_trace()
    {
        string data = Path.Combine(output + "-in");
        Directory.CreateDirectory(data);
        try
        {
            foreach (var file in Directory.GetFiles(Waves, "*.csv"))
            {
                File.Copy(file, Path.Combine(data, Path.GetFileName(file)));
            }

            File.AppendAllText(Path.Combine(data, "survey.csv"), "b,d,1,,,,,,,\n");
            var (code, _, stderr) = CliRunner.Run("analyze", data, "--out", output, "--lang", "en");
            Assert.NotEqual(0, code);
            Assert.Contains("survey.csv:11: date is empty; a survey with dates needs on every row the day of its wave", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(data, recursive: true);
        }
    }
}
