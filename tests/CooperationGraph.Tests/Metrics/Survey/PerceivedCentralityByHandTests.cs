namespace CooperationGraph.Tests.Metrics.Survey;

/// <summary>
/// Centrality of the perceived network under both rules (issue 23) on the six-institution case of
/// <see cref="SurveyByHandTests"/>, worked out by hand: a, b, c, d answered, e was invited and did not, f was not invited.
/// </summary>
public class PerceivedCentralityByHandTests
{
    // Reported levels ≥ 1: a→b a→c a→e, b→a b→c b→e, c→a c→b (c→f: f not invited), d→b (d→a is 0).
    // Weak (either reports; a b c d e): ab ac ae bc bd be. Strong (both report; a b c d): ab ac bc, d alone.
    private static PerceivedCentrality Run(SurveyOptions? options = null)
    {
        using var data = SurveyByHandTests.Case();
        var result = CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = 0, Survey = options ?? new SurveyOptions() });
        return Assert.IsType<PerceivedCentrality>(result.PerceivedCentrality);
    }

    [Fact]
    public void Degree_and_betweenness_under_both_rules_match_the_hand_computation()
    {
        var c = Run();
        Assert.Equal(["a", "b", "c", "d", "e"], c.Rows.Select(r => r.InstitutionId));
        Assert.Equal([true, true, true, true, false], c.Rows.Select(r => r.Responded));
        // Weak degrees a 3 (b c e), b 4 (a c d e), c 2, d 1, e 2; over n − 1 = 4.
        Assert.Equal([3, 4, 2, 1, 2], c.Rows.Select(r => r.WeakDegree));
        Assert.Equal([0.75, 1, 0.5, 0.25, 0.5], c.Rows.Select(r => r.WeakDegreeCentrality), Tolerance);
        // Weak betweenness: the pairs not tied are ad (via b), cd (via b), ce (via a or b: ½ each), de (via b):
        // b 3.5, a 0.5, over (n − 1)(n − 2)/2 = 6.
        Assert.Equal([1.0 / 12, 7.0 / 12, 0, 0, 0], c.Rows.Select(r => r.WeakBetweenness), Tolerance);
        // Strong: a triangle abc and d alone; e is not in it, so its cells are empty, not 0.
        Assert.Equal([2, 2, 2, 0, null], c.Rows.Select(r => r.StrongDegree));
        Assert.Equal([2.0 / 3, 2.0 / 3, 2.0 / 3, 0, double.NaN], c.Rows.Select(r => r.StrongDegreeCentrality), Tolerance);
        Assert.Equal([0, 0, 0, 0, double.NaN], c.Rows.Select(r => r.StrongBetweenness), Tolerance);
        // Ranks by betweenness among the respondents: weak b 1, a 2, c and d 3; strong all 0, all rank 1.
        Assert.Equal([2, 1, 3, 3, null], c.Rows.Select(r => r.WeakRank));
        Assert.Equal([1, 1, 1, 1, null], c.Rows.Select(r => r.StrongRank));
        Assert.Equal([1, 0, 2, 2, null], c.Rows.Select(r => r.RankChange));
        Assert.Equal(["a", "b", "c", "d", "e"], c.Weak.Ids);
        Assert.Equal(["a", "b", "c", "d"], c.Strong.Ids);
    }

    [Fact]
    public void Network_figures_and_sensitivity_match_the_hand_computation()
    {
        var c = Run();
        Assert.Equal((5, 6, 4, 3), (c.WeakInstitutions, c.WeakTies, c.StrongInstitutions, c.StrongTies));
        Assert.Equal(0.6, c.WeakDensity, 12);
        Assert.Equal(0.5, c.StrongDensity, 12);
        var degree = c.SensitivityOf(CentralityMeasure.Degree);
        var betweenness = c.SensitivityOf(CentralityMeasure.Betweenness);
        // Degree centralization: weak Σ(4 − d) = 1 + 0 + 2 + 3 + 2 = 8 over (4·3) = 2/3; strong Σ(2 − d) = 2 over (3·2) = 1/3.
        Assert.Equal(2.0 / 3, degree.WeakCentralization, 12);
        Assert.Equal(1.0 / 3, degree.StrongCentralization, 12);
        Assert.Equal(-1.0 / 3, degree.CentralizationChange, 12);
        // Betweenness centralization: weak Σ(7/12 − b) = 6/12 + 3·7/12 = 27/12 over 4 = 9/16; strong 0.
        Assert.Equal(9.0 / 16, betweenness.WeakCentralization, 12);
        Assert.Equal(0, betweenness.StrongCentralization, 12);
        // Spearman over a b c d: weak degrees 3 4 2 1 rank 3 4 2 1; strong 2 2 2 0 rank 3 3 3 1 (mean rank of the tie).
        // Deviations from 2.5: (.5, 1.5, −.5, −1.5) and (.5, .5, .5, −1.5): 3 / √(5 · 3) = 3 / √15.
        Assert.Equal(3 / Math.Sqrt(15), degree.RankCorrelation, 12);
        // Every respondent has strong betweenness 0: no order to compare.
        Assert.True(double.IsNaN(betweenness.RankCorrelation));
    }

    [Fact]
    public void The_densities_equal_the_surveys_and_the_analysis_rule_does_not_change_this_part()
    {
        using var data = SurveyByHandTests.Case();
        var result = CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = 0 });
        var c = result.PerceivedCentrality!;
        Assert.Equal(result.PerceivedCooperation!.WeakDensity, c.WeakDensity, 12);
        Assert.Equal(result.PerceivedCooperation.StrongDensity, c.StrongDensity, 12);
        var strong = Run(new SurveyOptions { Rule = PerceivedTieRule.Strong });
        Assert.Equal(c.Rows, strong.Rows);
        Assert.Equal(c.Sensitivity, strong.Sensitivity);
    }

    [Fact]
    public void The_frame_has_the_csv_columns_with_empty_strong_cells_for_the_non_respondent()
    {
        var frame = Run().ToDataFrame();
        Assert.Equal(PerceivedCentralityFrames.Columns, frame.Columns.Select(col => col.Name));
        Assert.Equal(5, frame.Rows.Count);
        var e = frame.Rows[4];
        Assert.Equal("e", e[0]);
        Assert.Equal(false, e[3]);
        Assert.Equal(2, e[4]);
        Assert.All(Enumerable.Range(5, 8).Where(k => k != 6 && k != 8), k => Assert.Null(e[k]));
        Assert.Equal(1, frame.Rows[0][12]);
        var figures = Run().ToFiguresFrame();
        Assert.Equal(["figure", "weak", "strong", "change"], figures.Columns.Select(col => col.Name));
        Assert.Equal(3 / Math.Sqrt(15), (double)figures.Rows[5][3]!, 12);
        Assert.Null(figures.Rows[6][3]);
    }

    [Fact]
    public void A_dataset_without_a_survey_has_no_perceived_centrality()
    {
        using var data = IO.TempDataset.With();
        Assert.Null(CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = 0 }).PerceivedCentrality);
    }

    [Fact]
    public void With_nobody_answering_or_one_invited_every_figure_is_undefined_not_an_error()
    {
        using var data = IO.TempDataset.With();
        var nobody = PerceivedCentralityAnalysis.Compute(data.Load().WithSurvey(new PartnerSurvey([], [new SurveyInvitation("ops", false), new SurveyInvitation("pcpr", false)])));
        Assert.Equal((2, 0, 0, 0), (nobody.WeakInstitutions, nobody.WeakTies, nobody.StrongInstitutions, nobody.StrongTies));
        Assert.Equal(0, nobody.WeakDensity);
        Assert.True(double.IsNaN(nobody.StrongDensity));
        Assert.All(nobody.Rows, r => Assert.Null(r.StrongDegree));
        Assert.All(nobody.Sensitivity, s => Assert.True(double.IsNaN(s.RankCorrelation) && double.IsNaN(s.WeakCentralization) && double.IsNaN(s.StrongCentralization)));

        // Without respondents.csv the invited are the respondents: ops alone; its ratings of others fall outside.
        using var alone = IO.TempDataset.With(("survey.csv", "respondent_id,partner_id,level\nops,pcpr,2\nops,sp,1\n"));
        var one = PerceivedCentralityAnalysis.Compute(alone.Load());
        Assert.Equal((1, 0, 1, 0), (one.WeakInstitutions, one.WeakTies, one.StrongInstitutions, one.StrongTies));
        Assert.Equal(0, Assert.Single(one.Rows).WeakDegree);
        Assert.True(double.IsNaN(one.Rows[0].WeakDegreeCentrality));
        Assert.Equal((1, 1), (one.Rows[0].WeakRank, one.Rows[0].StrongRank));
        Assert.All(one.Sensitivity, s => Assert.True(double.IsNaN(s.RankCorrelation)));
    }

    [Fact]
    public void A_survey_in_waves_counts_the_waves_of_the_window_as_its_scores_do()
    {
        // Fixtures/Survey/waves: a, b, c answered, d did not; wave 1 (2020-03-15) and wave 2 (2020-09-20).
        var dataset = DatasetReader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Survey", "waves"));
        PerceivedCentrality? In(AnalysisWindow window) =>
            CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0, Window = window }).PerceivedCentrality;

        // Whole: latest per pair a→b 4, a→d 2, a→c 1, b→a 3, b→c 0, c→a 5, c→b 3. Weak ab ac ad bc; strong ab ac (b→c is 0).
        var whole = In(AnalysisWindow.All)!;
        Assert.Equal((4, 4, 3, 2), (whole.WeakInstitutions, whole.WeakTies, whole.StrongInstitutions, whole.StrongTies));
        Assert.Equal([3, 2, 2, 1], whole.Rows.Select(r => r.WeakDegree));
        // Wave 1: a→b 2, a→c 1, b→a 3, b→c 0, c→a 2. Weak ab ac; strong ab ac.
        var first = In(new AnalysisWindow(new DateOnly(2020, 1, 1), new DateOnly(2020, 6, 30)))!;
        Assert.Equal((2, 2), (first.WeakTies, first.StrongTies));
        // Wave 2: a→b 4, a→d 2, c→b 3, c→a 5; b sent no row there, so only a and c answered it; a→c unreported: no strong tie.
        var second = In(new AnalysisWindow(new DateOnly(2020, 7, 1), new DateOnly(2020, 9, 30)))!;
        Assert.Equal((4, 4, 2, 0), (second.WeakInstitutions, second.WeakTies, second.StrongInstitutions, second.StrongTies));
        Assert.Equal([true, false, true, false], second.Rows.Select(r => r.Responded));
        Assert.Equal([0, null, 0, null], second.Rows.Select(r => r.StrongDegree));
        // A window without a wave has no survey, and so no perceived centrality.
        Assert.Null(In(new AnalysisWindow(new DateOnly(2021, 1, 1), new DateOnly(2021, 12, 31))));
    }

    private static readonly IEqualityComparer<double> Tolerance = EqualityComparer<double>.Create((x, y) => (double.IsNaN(x) && double.IsNaN(y)) || Math.Abs(x - y) < 1e-12, _ => 0);
}
