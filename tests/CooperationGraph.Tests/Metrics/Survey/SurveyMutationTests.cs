using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Survey;

/// <summary>
/// The partner survey's edge cases the mutation run of Metrics/Survey found unchecked (issue 26, tests/MUTATION.md):
/// institutions invited in another order than the dataset's, ties to an institution not invited, non-respondents in
/// the listed pairs, two invited institutions, nobody answering, and the guards of the public calls. Every value is
/// worked out by hand.
/// </summary>
public class SurveyMutationTests
{
    // Dataset order a b c d e f; invited in the order e a b c d (e, a, c answered; b, d did not); f not invited.
    // Declared: d1 (a, b, f), d2 and d4 (b, c: the same pair twice), d3 (d, e). Enacted: x1 (c, e), x2 (a, f).
    // Survey rows: e→a 4, e→f 2 (f not invited), a→e 1, c→e 5.
    private static TempDataset Case() => TempDataset.With(
        ("institutions.csv", "id,name,sector\na,GOPS A,OPS\nb,PCPR B,PCPR\nc,Szkoła C,SCHOOL\nd,Policja D,POLICE\ne,Fundacja E,NGO\nf,GOK F,CULTURE\n"),
        ("declarations.csv", "id,title,signed_on\nd1,Porozumienie,2020-01-15\nd2,Umowa,2020-02-01\nd3,List,2020-02-15\nd4,Aneks,2020-03-01\n"),
        ("signatures.csv", "declaration_id,institution_id\nd1,a\nd1,b\nd1,f\nd2,b\nd2,c\nd3,d\nd3,e\nd4,b\nd4,c\n"),
        ("actions.csv", "id,title,kind,date\nx1,Spotkanie,meeting,2020-03-01\nx2,Festyn,event,2020-05-01\n"),
        ("participations.csv", "action_id,institution_id,role\nx1,c,lead\nx1,e,participant\nx2,a,lead\nx2,f,participant\n"),
        ("survey.csv", "respondent_id,partner_id,level\ne,a,4\ne,f,2\na,e,1\nc,e,5\n"),
        ("respondents.csv", "institution_id,responded\ne,tak\na,tak\nb,nie\nc,tak\nd,nie\n"));

    private static PerceivedCooperation Run(TempDataset data, SurveyOptions? options = null) =>
        Assert.IsType<PerceivedCooperation>(CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = 0, Survey = options ?? new SurveyOptions() }).PerceivedCooperation);

    [Fact]
    public void Network_figures_over_institutions_invited_in_another_order_match_the_hand_computation()
    {
        using var data = Case();
        var s = Run(data);
        Assert.Equal(["e", "a", "b", "c", "d"], s.Invited);
        Assert.Equal((3, 4, 3.0), (s.Respondents, s.Ratings, s.MeanLevel)); // (4 + 2 + 1 + 5) / 4
        // Pairs of respondents with a rating: ea (4, 1) and ec (0, 5); both rate in ea only. |differences| 3 + 5.
        Assert.Equal(0.5, s.Reciprocity, 12);
        Assert.Equal(4, s.MeanDiscrepancy, 12);
        Assert.Equal([new SurveyPair("e", "a", CollaborationLevel.Coalition, CollaborationLevel.Networking), new SurveyPair("e", "c", CollaborationLevel.NoInteraction, CollaborationLevel.Collaboration)], s.Discordant);
        // Weak ea ec of 10 pairs; strong ea of the 3 respondents' 3 pairs.
        Assert.Equal(0.2, s.WeakDensity, 12);
        Assert.Equal(1.0 / 3, s.StrongDensity, 12);
        // Layers over the invited pairs (af, bf, and the action of a and f leave out f): ea P, ec E P, ed D, ab D, bc D
        // (declared twice, one tie): 5 tied in one at least, 1 in two.
        Assert.Equal(0.2, s.Multiplexity, 12);
        // Perceived on ea ec, enacted on ec, of 10 pairs: r = (10·1 − 2·1) / √((10·2 − 4)(10·1 − 1)) = 8 / 12.
        Assert.Equal(2.0 / 3, s.EnactedQap.Correlation, 12);
    }

    [Fact]
    public void A_signed_pair_without_a_perceived_tie_and_with_one_respondent_is_listed_with_the_non_respondents_report_null()
    {
        using var data = Case();
        Assert.Equal(
            [
                new SurveyPair("e", "d", CollaborationLevel.NoInteraction, null),
                new SurveyPair("a", "b", CollaborationLevel.NoInteraction, null),
                new SurveyPair("b", "c", null, CollaborationLevel.NoInteraction),
            ],
            Run(data).SignedWithoutPerceivedTie);
    }

    [Fact]
    public void A_coalition_reported_by_the_earlier_invited_of_a_pair_without_a_joint_action_is_listed()
    {
        // e reports 4 for a and they never acted together; c reports 5 for e, and they did (x1).
        using var data = Case();
        Assert.Equal([new SurveyPair("e", "a", CollaborationLevel.Coalition, CollaborationLevel.Networking)], Run(data).CollaborationWithoutAction);
    }

    [Fact]
    public void Level_is_what_a_respondent_reports_and_null_for_a_non_respondent()
    {
        using var data = Case();
        var s = Run(data);
        Assert.Equal(CollaborationLevel.Coalition, s.Level(0, 1)); // e→a
        Assert.Equal(CollaborationLevel.NoInteraction, s.Level(1, 3)); // a lists no row for c
        Assert.Null(s.Level(2, 3)); // b did not respond
    }

    [Fact]
    public void A_raters_threshold_below_one_is_refused()
    {
        using var data = Case();
        var dataset = data.Load();
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0, Survey = new SurveyOptions { MinRaters = 0 } }));
        Assert.Equal("options", e.ParamName);
    }

    // ops and pcpr invited (no respondents.csv: both answered); sp, in the dataset, is not.
    private static TempDataset Two() => TempDataset.With(("survey.csv", "respondent_id,partner_id,level\nops,pcpr,3\npcpr,ops,0\n"));

    [Fact]
    public void With_two_invited_both_densities_are_over_their_one_pair()
    {
        using var data = Two();
        var s = Run(data);
        Assert.Equal((2, 2), (s.InvitedCount, s.Respondents));
        Assert.Equal((1.0, 0.0), (s.WeakDensity, s.StrongDensity)); // ops reports pcpr, pcpr reports 0
    }

    [Fact]
    public void With_two_invited_the_degree_centrality_is_the_degree_over_one()
    {
        using var data = Two();
        var c = PerceivedCentralityAnalysis.Compute(data.Load());
        Assert.Equal([1.0, 1.0], c.Rows.Select(r => r.WeakDegreeCentrality));
        Assert.Equal([0.0, 0.0], c.Rows.Select(r => r.StrongDegreeCentrality));
    }

    [Fact]
    public void With_nobody_answering_the_figures_over_ratings_and_pairs_are_nan()
    {
        // pcpr and sp invited, neither answered; the base dataset ties neither layer between them.
        using var data = TempDataset.With(
            ("survey.csv", "respondent_id,partner_id,level\n"),
            ("respondents.csv", "institution_id,responded\npcpr,nie\nsp,nie\n"));
        var s = Run(data);
        Assert.Equal((0, 0, 0.0, 0.0), (s.Respondents, s.Ratings, s.ResponseRate, s.WeakDensity));
        double[] undefined = [s.MeanLevel, s.Reciprocity, s.MeanDiscrepancy, s.Trust, s.Value, s.StrongDensity, s.Multiplexity, .. s.Scores.Select(x => x.LevelGiven)];
        Assert.All(undefined, f => Assert.True(double.IsNaN(f)));
    }

    [Fact]
    public void The_public_compute_counts_the_survey_rows_of_the_window_given()
    {
        // Fixtures/Survey/waves: wave 1 alone has the weak ties ab ac and the strong ab ac; both waves weak ab ac ad bc.
        var dataset = DatasetReader.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Survey", "waves"));
        var first = PerceivedCentralityAnalysis.Compute(dataset, new AnalysisWindow(To: new DateOnly(2020, 6, 30)));
        Assert.Equal((4, 2, 3, 2), (first.WeakInstitutions, first.WeakTies, first.StrongInstitutions, first.StrongTies));
    }

    [Fact]
    public void The_perceived_centrality_tables_hold_degree_and_betweenness_only()
    {
        using var data = Case();
        var c = PerceivedCentralityAnalysis.Compute(data.Load());
        Assert.Equal([CentralityMeasure.Degree, CentralityMeasure.Betweenness], c.Weak.Measures);
        Assert.Equal([CentralityMeasure.Degree, CentralityMeasure.Betweenness], c.Strong.Measures);
    }

    [Fact]
    public void The_sensitivity_of_a_measure_not_compared_is_a_key_not_found_naming_the_compared_ones()
    {
        using var data = Case();
        var c = PerceivedCentralityAnalysis.Compute(data.Load());
        var e = Assert.Throws<KeyNotFoundException>(() => c.SensitivityOf(CentralityMeasure.Closeness));
        Assert.Equal("measure 'closeness' is not compared; compared: degree, betweenness", e.Message);
    }

    [Fact]
    public void A_null_dataset_is_refused_by_name()
    {
        var e = Assert.Throws<ArgumentNullException>(() => PerceivedCentralityAnalysis.Compute(null!));
        Assert.Equal("dataset", e.ParamName);
    }

    [Fact]
    public void Spearman_refuses_samples_of_different_lengths()
    {
        var e = Assert.Throws<ArgumentException>(() => RankCorrelation.Spearman([1, 2, 3], [3, 1]));
        Assert.Equal("The two samples differ in length. (Parameter 'y')", e.Message);
    }

    [Fact]
    public void Spearman_of_two_values_in_opposite_orders_is_minus_one()
    {
        Assert.Equal(-1, RankCorrelation.Spearman([1, 2], [2, 1]), 12);
    }
}
