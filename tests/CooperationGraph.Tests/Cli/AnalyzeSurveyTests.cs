using System.Text.Json;
using CooperationGraph.Tests.Metrics.Survey;

namespace CooperationGraph.Tests.Cli;

/// <summary><c>analyze</c> on a dataset with a partner survey (issue 23): <c>survey.csv</c>, <c>gaps.json</c> key <c>survey</c>, the options.</summary>
public sealed class AnalyzeSurveyTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-survey-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [Fact]
    public void Survey_csv_has_the_contract_columns_one_row_per_institution_and_suppresses_below_three_raters()
    {
        using var data = SurveyByHandTests.Case();
        var (code, _, stderr) = CliRunner.Run("analyze", data.Folder, "--out", output, "--permutations", "50", "--plotly", "cdn");
        Assert.True(code == 0, stderr);

        var lines = File.ReadAllLines(Path.Combine(output, "survey.csv"));
        Assert.Equal("id,name,sector,responded,ratings_received,level_received,level_given,trust,value,reliability,mission,openness,power,involvement,resources", lines[0]);
        Assert.Equal(7, lines.Length);
        // a: 2 raters, nothing it received is shown; its own mean level given (4 + 1 + 3) / 3 is.
        Assert.Equal("a,GOPS A,OPS,true,2,,2.6666666666666665,,,,,,,,", lines[1]);
        Assert.StartsWith("b,PCPR B,PCPR,true,3,3.3333333333333335,3,2.6666666666666665,3,", lines[2], StringComparison.Ordinal);
        Assert.Equal("e,Fundacja E,NGO,false,2,,,,,,,,,,", lines[5]);
        Assert.Equal("f,GOK F,CULTURE,,1,,,,,,,,,,", lines[6]);

        using var gaps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "gaps.json")));
        var survey = gaps.RootElement.GetProperty("survey");
        Assert.Equal(["invited", "respondents", "responseRate", "ratings", "meanLevel", "reciprocity", "meanDiscrepancy", "discordantPairs", "trust", "value", "perceivedDensity", "multiplexity", "qapEnacted", "regression", "logistic"],
            survey.EnumerateObject().Select(p => p.Name));
        Assert.Equal((5, 4, 0.8, 10, 2.7), (survey.GetProperty("invited").GetInt32(), survey.GetProperty("respondents").GetInt32(), survey.GetProperty("responseRate").GetDouble(), survey.GetProperty("ratings").GetInt32(), survey.GetProperty("meanLevel").GetDouble()));
        Assert.Equal((0.6, 0.5), (survey.GetProperty("perceivedDensity").GetProperty("weak").GetDouble(), survey.GetProperty("perceivedDensity").GetProperty("strong").GetDouble()));
        Assert.Equal(["r", "p"], survey.GetProperty("qapEnacted").EnumerateObject().Select(p => p.Name));
        Assert.Equal(-1 / Math.Sqrt(96), survey.GetProperty("qapEnacted").GetProperty("r").GetDouble(), 12);
        Assert.Equal(2, survey.GetProperty("discordantPairs").GetInt32());

        // The regressions of the perceived ties (weak: the 5 invited, 10 pairs), shaped as the top-level mrqap and netlogit.
        var regression = survey.GetProperty("regression");
        var logistic = survey.GetProperty("logistic");
        Assert.Equal(gaps.RootElement.GetProperty("mrqap").EnumerateObject().Select(p => p.Name), regression.EnumerateObject().Select(p => p.Name));
        Assert.Equal(gaps.RootElement.GetProperty("netlogit").EnumerateObject().Select(p => p.Name), logistic.EnumerateObject().Select(p => p.Name));
        Assert.Equal((5, 10, 50), (regression.GetProperty("institutions").GetInt32(), regression.GetProperty("pairs").GetInt32(), regression.GetProperty("permutations").GetInt32()));
        var terms = regression.GetProperty("terms").EnumerateArray().ToDictionary(t => t.GetProperty("term").GetString()!, t => t.GetProperty("coefficient"));
        Assert.Equal(["intercept", "declared", "enacted", "same_sector", "same_unit"], terms.Keys);
        Assert.Equal(10 / 19.0, terms["intercept"].GetDouble(), 12);
        Assert.Equal(3 / 19.0, terms["declared"].GetDouble(), 12);
        Assert.Equal(-2 / 19.0, terms["enacted"].GetDouble(), 12);
        Assert.Equal(JsonValueKind.Null, terms["same_sector"].ValueKind);
        Assert.Equal(10, logistic.GetProperty("pairs").GetInt32());
        Assert.Equal(0.66115087242836512, logistic.GetProperty("terms")[1].GetProperty("coefficient").GetDouble(), 9); // sna netlogit, Fixtures/PerceivedRegression
    }

    [Fact]
    public void Min_raters_and_the_strong_rule_reach_the_outputs_and_bad_values_are_refused()
    {
        using var data = SurveyByHandTests.Case();
        var (code, _, stderr) = CliRunner.Run("analyze", data.Folder, "--out", output, "--permutations", "0", "--plotly", "cdn", "--min-raters", "2", "--perceived-rule", "strong");
        Assert.True(code == 0, stderr);
        Assert.StartsWith("a,GOPS A,OPS,true,2,3,", File.ReadAllLines(Path.Combine(output, "survey.csv"))[1], StringComparison.Ordinal);
        using (var gaps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "gaps.json"))))
        {
            Assert.Equal(3.0 / 7, gaps.RootElement.GetProperty("survey").GetProperty("multiplexity").GetDouble(), 12);
            Assert.Equal(JsonValueKind.Null, gaps.RootElement.GetProperty("survey").GetProperty("qapEnacted").GetProperty("p").ValueKind);
            // Strong: the 4 respondents; the one enacted pair is tied, so the logistic fit is separated (nulls, as for the enacted one).
            var regression = gaps.RootElement.GetProperty("survey").GetProperty("regression");
            Assert.Equal((4, 6), (regression.GetProperty("institutions").GetInt32(), regression.GetProperty("pairs").GetInt32()));
            Assert.Equal(0.6, regression.GetProperty("terms")[2].GetProperty("coefficient").GetDouble(), 12);
            Assert.Equal(JsonValueKind.Null, gaps.RootElement.GetProperty("survey").GetProperty("logistic").GetProperty("logLikelihood").ValueKind);
        }

        string other = output + "-bad";
        var (bad, _, error) = CliRunner.Run("analyze", data.Folder, "--out", other, "--min-raters", "0");
        Assert.NotEqual(0, bad);
        Assert.Contains("--min-raters must be at least 1", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(other));
        Assert.NotEqual(0, CliRunner.Run("analyze", data.Folder, "--out", other, "--perceived-rule", "both").Code);
    }

    [Fact]
    public void Without_a_survey_there_is_no_survey_csv_and_no_survey_key()
    {
        using var data = IO.TempDataset.With();
        Assert.Equal(0, CliRunner.Run("analyze", data.Folder, "--out", output, "--permutations", "0", "--plotly", "cdn").Code);
        Assert.False(File.Exists(Path.Combine(output, "survey.csv")));
        Assert.DoesNotContain("\"survey\"", File.ReadAllText(Path.Combine(output, "gaps.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_loniow_sample_has_an_illustrative_survey_with_a_non_respondent_and_a_discordant_pair()
    {
        var sample = DatasetReader.Load(Path.Combine(IO.CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var survey = CooperationAnalysis.Run(sample, new AnalysisOptions { Permutations = 0 }).PerceivedCooperation!;
        Assert.Equal((11, 10), (survey.InvitedCount, survey.Respondents));
        Assert.Contains(new SurveyPair("OPS_LONIOW", "PUP_SANDOMIERZ", CollaborationLevel.Coalition, CollaborationLevel.Cooperation), survey.Discordant.Select(p => p.FirstId == "PUP_SANDOMIERZ" ? new SurveyPair(p.SecondId, p.FirstId, p.SecondReports, p.FirstReports) : p));
        Assert.Equal(false, survey.Scores.Single(s => s.InstitutionId == "KP_KOPRZYWNICA").Responded);
        Assert.True(double.IsNaN(survey.Scores.Single(s => s.InstitutionId == "PUP_SANDOMIERZ").LevelReceived));
    }
}
