using System.Globalization;

namespace CooperationGraph.Tests.Metrics.Survey;

/// <summary>
/// A partner survey in two waves (issue 23, survey over time) on the dataset of Fixtures/Survey/waves, every value worked
/// out by hand in its README: a window scores the rows dated in it, the latest rating per pair; the respondents are the
/// invited that answered with a row there; a window without a wave has no survey.
/// </summary>
public class SurveyWavesTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Survey", "waves");
    private static readonly DateOnly Wave1 = new(2020, 3, 15);
    private static readonly DateOnly Wave2 = new(2020, 9, 20);

    private static CooperationDataset Dataset() => DatasetReader.Load(Folder);

    private static AnalysisResult Run(AnalysisWindow? window = null, OverTimeOptions? overTime = null) =>
        CooperationAnalysis.Run(Dataset(), new AnalysisOptions
        {
            Permutations = 0,
            Window = window ?? AnalysisWindow.All,
            OverTime = overTime,
            Survey = new SurveyOptions { MinRaters = 1 },
        });

    [Fact]
    public void The_latest_rating_of_a_pair_counts_not_the_last_row_of_the_file()
    {
        var survey = Dataset().Survey;
        Assert.True(survey.IsDated);
        Assert.Equal([Wave1, Wave2], survey.Waves);

        var whole = survey.In(AnalysisWindow.All);

        // Wave 2 comes first in the file; a→b and c→a keep their wave-2 rows (4 and 5), b→c its only (wave-1) row.
        Assert.Equal(
            ["a→b 4", "a→d 2", "c→b 3", "c→a 5", "a→c 1", "b→a 3", "b→c 0"],
            whole.Responses.Select(r => $"{r.RespondentId}→{r.PartnerId} {(int)r.Level}"));
        Assert.True(whole.HasInvitations);
        Assert.Equal([true, true, true, false], whole.Invitations.Select(i => i.Responded));
    }

    [Fact]
    public void In_a_window_the_invited_stay_and_an_answering_institution_without_rows_there_did_not_answer_that_wave()
    {
        var wave2 = Dataset().Survey.In(new AnalysisWindow(new DateOnly(2020, 7, 1), new DateOnly(2020, 9, 30)));
        Assert.Equal(["a", "b", "c", "d"], wave2.Invitations.Select(i => i.InstitutionId));
        Assert.Equal([true, false, true, false], wave2.Invitations.Select(i => i.Responded));
        Assert.All(wave2.Responses, r => Assert.Equal(Wave2, r.Date));
    }

    [Fact]
    public void The_whole_analysis_uses_both_waves_with_the_latest_rating_per_pair()
    {
        var s = Assert.IsType<PerceivedCooperation>(Run().PerceivedCooperation);
        Assert.Equal([Wave1, Wave2], s.Waves);
        Assert.Equal(4, s.InvitedCount);
        Assert.Equal(3, s.Respondents);
        Assert.Equal(0.75, s.ResponseRate, 12);
        Assert.Equal(6, s.Ratings);
        Assert.Equal(3.0, s.MeanLevel, 12); // 4 + 1 + 3 + 5 + 2 + 3 = 18 over 6
        Assert.Equal(53.0 / 18, s.Trust, 12); // 4 + 1 + 3 + 11/3 + 3 + 3 over 6
        Assert.Equal(17.0 / 6, s.Value, 12); // 4 + 1 + 3 + 3 + 2 + 4 over 6
        Assert.Equal(4.0 / 6, s.WeakDensity, 12); // ab ac ad bc
        Assert.Equal(2.0 / 3, s.Reciprocity, 12); // ab (4, 3) and ac (1, 5) of ab, ac, bc (0, 3)
        Assert.Equal(8.0 / 3, s.MeanDiscrepancy, 12);
        Assert.Equal(2, s.DiscordantPairs);
        Assert.Equal([4.0, 3.5, 1.0, 2.0], s.Scores.Select(x => x.LevelReceived));
    }

    [Fact]
    public void A_window_holding_one_wave_scores_that_wave_and_a_window_without_a_wave_has_no_survey()
    {
        var s = Assert.IsType<PerceivedCooperation>(Run(new AnalysisWindow(To: new DateOnly(2020, 6, 30))).PerceivedCooperation);
        Assert.Equal([Wave1], s.Waves);
        Assert.Equal((3, 4, 2.0, 2.0, 1.75), (s.Respondents, s.Ratings, s.MeanLevel, s.Trust, s.Value));
        Assert.Equal(2.0 / 6, s.WeakDensity, 12);

        Assert.Null(Run(new AnalysisWindow(From: new DateOnly(2020, 10, 1))).PerceivedCooperation);
    }

    [Fact]
    public void The_perceived_layer_of_a_window_holds_the_ties_of_its_waves()
    {
        var dataset = Dataset();
        string Ties(AnalysisWindow window)
        {
            var network = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Perceived, Window = window });
            return string.Join(" ", network.Graph.Edges().Select(e => dataset.Institutions[e.U].Id + dataset.Institutions[e.V].Id).Order(StringComparer.Ordinal));
        }

        Assert.Equal("ab ac", Ties(new AnalysisWindow(To: new DateOnly(2020, 6, 30))));
        Assert.Equal("ab ac ad bc", Ties(new AnalysisWindow(From: new DateOnly(2020, 7, 1))));
        Assert.Equal("ab ac ad bc", Ties(AnalysisWindow.All));
    }

    [Fact]
    public void Over_time_each_quarter_has_the_survey_of_its_wave_and_empty_cells_without_one()
    {
        var overTime = Assert.IsType<OverTimeResult>(Run(overTime: new OverTimeOptions { Every = WindowPeriod.Quarter }).OverTime);
        Assert.Equal(["2020-Q1", "2020-Q2", "2020-Q3", "2020-Q4"], overTime.Labels);
        Assert.True(overTime.HasSurveyWaves);
        var survey = overTime.Indicators.Select(i => i.Survey).ToList();
        Assert.Equal(new SurveyIndicators(0.75, 2.0, 2.0, 1.75, 2.0 / 6), survey[0]);
        Assert.Null(survey[1]);
        Assert.Equal(0.5, survey[2]!.ResponseRate, 12); // b answered wave 1 only
        Assert.Equal(3.5, survey[2]!.MeanLevel, 12);
        Assert.Equal(41.0 / 12, survey[2]!.Trust, 12);
        Assert.Equal(3.25, survey[2]!.Value, 12);
        Assert.Equal(4.0 / 6, survey[2]!.WeakDensity, 12);
        Assert.Null(survey[3]);

        var frame = overTime.ToDataFrame();
        Assert.Equal([.. OverTimeResult.Columns, "survey_response_rate", "survey_mean_level", "survey_trust", "survey_value", "survey_weak_density"], frame.Columns.Select(c => c.Name));
        Assert.Equal([0.75, null, 0.5, null], frame["survey_response_rate"].Cast<double?>());
        string[] lines = overTime.ToCsv().Split('\n');
        Assert.EndsWith(",survey_response_rate,survey_mean_level,survey_trust,survey_value,survey_weak_density", lines[0].TrimEnd('\r'), StringComparison.Ordinal);
        Assert.EndsWith(",,,,,", lines[2].TrimEnd('\r'), StringComparison.Ordinal);
    }

    [Fact]
    public void A_year_window_holding_both_waves_takes_the_latest_rating_per_pair()
    {
        var overTime = Assert.IsType<OverTimeResult>(Run(overTime: new OverTimeOptions { Every = WindowPeriod.Year }).OverTime);
        var survey = Assert.Single(overTime.Indicators).Survey!;
        Assert.Equal((0.75, 3.0), (survey.ResponseRate, survey.MeanLevel));
        Assert.Equal(53.0 / 18, survey.Trust, 12);
        Assert.Equal(17.0 / 6, survey.Value, 12);
    }

    [Fact]
    public void An_undated_survey_is_the_same_in_every_window_and_adds_no_over_time_columns()
    {
        using var data = SurveyByHandTests.Case();
        var dataset = data.Load();
        Assert.False(dataset.Survey.IsDated);
        Assert.Same(dataset.Survey, dataset.Survey.In(new AnalysisWindow(From: new DateOnly(2030, 1, 1))));
        var result = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0, OverTime = new OverTimeOptions() });
        Assert.False(result.OverTime!.HasSurveyWaves);
        Assert.Equal(OverTimeResult.Columns, result.OverTime.ToDataFrame().Columns.Select(c => c.Name));
        Assert.Empty(result.PerceivedCooperation!.Waves);
        Assert.DoesNotContain("\"waves\"", ResultJson.ToJson(result), StringComparison.Ordinal);
        // Every window of an undated survey scores the whole survey (4 of 5 answered).
        Assert.All(result.OverTime.Indicators, i => Assert.Equal(0.8, i.Survey!.ResponseRate, 12));
    }

    [Fact]
    public void Gaps_json_names_the_waves_used()
    {
        using var json = System.Text.Json.JsonDocument.Parse(ResultJson.ToJson(Run()));
        var survey = json.RootElement.GetProperty("survey");
        Assert.Equal(["2020-03-15", "2020-09-20"], survey.GetProperty("waves").EnumerateArray().Select(w => w.GetString()));
        Assert.Equal(0.75, survey.GetProperty("responseRate").GetDouble());
    }

    [Theory]
    [InlineData("en", "Survey waves in the analysis window: 2020-03-15, 2020-09-20. When a pair was rated in more than one wave, its latest rating counts", "Partner survey per window", "The partner survey was run in waves on 2020-03-15, 2020-09-20; none falls in the analysis window (from 2020-10-01)")]
    [InlineData("pl-PL", "Fale ankiety w oknie analizy: 2020-03-15, 2020-09-20. Gdy para była oceniana w więcej niż jednej fali, liczy się jej najnowsza ocena", "Ankieta partnerów w kolejnych oknach", "Ankieta partnerów była prowadzona falami w dniach 2020-03-15, 2020-09-20; żadna nie przypada na okno analizy (od 2020-10-01)")]
    public void The_report_names_the_waves_draws_the_survey_over_time_and_says_when_no_wave_falls_in_the_window(string culture, string waves, string chart, string none)
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
        try
        {
            string page = System.Net.WebUtility.HtmlDecode(HtmlReport.Render(Run(overTime: new OverTimeOptions()), new ReportOptions { Plotly = PlotlyScript.Cdn }));
            Assert.Contains(waves, page, StringComparison.Ordinal);
            Assert.Contains("cg-time-survey", page, StringComparison.Ordinal);
            Assert.Contains(chart, page, StringComparison.Ordinal);
            string empty = System.Net.WebUtility.HtmlDecode(HtmlReport.Render(Run(new AnalysisWindow(From: new DateOnly(2020, 10, 1))), new ReportOptions { Plotly = PlotlyScript.Cdn }));
            Assert.Contains(none, empty, StringComparison.Ordinal);
            Assert.Contains("href=\"#survey\"", empty, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
