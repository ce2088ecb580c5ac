using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Survey;

/// <summary>
/// The partner survey's scores (issue 23) on a six-institution case worked out by hand: a, b, c, d answered, e was
/// invited and did not, f was not invited; b and c disagree (2 against 4), b and d too (0 against 2).
/// </summary>
public class SurveyByHandTests
{
    // Declared: d1 signed by a, b, c, d (pairs ab ac ad bc bd cd). Enacted: x1 (a, b) and x2 (c, e).
    // Survey rows (level; reliability, mission, openness; power, involvement, resources):
    //   a→b 4; 4 4 4; 3 3 3     a→c 1; 2 3 4; - - -     a→e 3; 3 3 3; 2 2 2
    //   b→a 5; 4 4 3; 4 4 4     b→c 2; 3 3 3; 2 2 2     b→e 2; no items
    //   c→a 1; 4 4 4; 1 1 1     c→b 4; 2 2 2; 3 3 3     c→f 3; 3 3 3; 3 3 3 (f not invited)
    //   d→a 0; no items         d→b 2; 1 2 3; 4 4 1
    internal const string Survey =
        "respondent_id,partner_id,level,reliability,mission,openness,power,involvement,resources\n" +
        "a,b,4,4,4,4,3,3,3\na,c,1,2,3,4,,,\na,e,3,3,3,3,2,2,2\n" +
        "b,a,5,4,4,3,4,4,4\nb,c,2,3,3,3,2,2,2\nb,e,2,,,,,,\n" +
        "c,a,1,4,4,4,1,1,1\nc,b,4,2,2,2,3,3,3\nc,f,3,3,3,3,3,3,3\n" +
        "d,a,0,,,,,,\nd,b,2,1,2,3,4,4,1\n";

    internal static TempDataset Case() => TempDataset.With(
        ("institutions.csv", "id,name,sector\na,GOPS A,OPS\nb,PCPR B,PCPR\nc,Szkoła C,SCHOOL\nd,Policja D,POLICE\ne,Fundacja E,NGO\nf,GOK F,CULTURE\n"),
        ("declarations.csv", "id,title,signed_on\nd1,Porozumienie,2020-01-15\n"),
        ("signatures.csv", "declaration_id,institution_id\nd1,a\nd1,b\nd1,c\nd1,d\n"),
        ("actions.csv", "id,title,kind,date\nx1,Spotkanie,meeting,2020-03-01\nx2,Festyn,event,2020-05-01\n"),
        ("participations.csv", "action_id,institution_id,role\nx1,a,lead\nx1,b,participant\nx2,c,lead\nx2,e,participant\n"),
        ("survey.csv", Survey),
        ("respondents.csv", "institution_id,responded\na,tak\nb,tak\nc,tak\nd,tak\ne,nie\n"));

    private static PerceivedCooperation Run(SurveyOptions? options = null, int permutations = 0)
    {
        using var data = Case();
        var result = CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = permutations, Survey = options ?? new SurveyOptions() });
        return Assert.IsType<PerceivedCooperation>(result.PerceivedCooperation);
    }

    [Fact]
    public void Network_figures_match_the_hand_computation()
    {
        var s = Run();
        Assert.Equal(5, s.InvitedCount);
        Assert.Equal(4, s.Respondents);
        Assert.Equal(0.8, s.ResponseRate, 12); // 4 / 5
        // Ratings (level ≥ 1): ab ac ae ba bc be ca cb cf db = 10 (d→a is 0); levels 4+1+3+5+2+2+1+4+3+2 = 27.
        Assert.Equal(10, s.Ratings);
        Assert.Equal(2.7, s.MeanLevel, 12);
        // Pairs of respondents with a rating: ab (4, 5), ac (1, 1), bc (2, 4), bd (0, 2); ad and cd have none.
        // Both ≥ 1 in ab ac bc: 3 / 4. |differences| 1 + 0 + 2 + 2 = 5 over 4 pairs; bc and bd differ by 2.
        Assert.Equal(0.75, s.Reciprocity, 12);
        Assert.Equal(1.25, s.MeanDiscrepancy, 12);
        Assert.Equal(2, s.DiscordantPairs);
        Assert.Equal([new SurveyPair("b", "c", CollaborationLevel.Cooperation, CollaborationLevel.Coalition), new SurveyPair("b", "d", CollaborationLevel.NoInteraction, CollaborationLevel.Cooperation)], s.Discordant);
        // Trust over the 9 ratings with all three trust items (b→e has none):
        // a→b 4, a→c 3, a→e 3, b→a 11/3, b→c 3, c→a 4, c→b 2, c→f 3, d→b 2: sum 24 + 11/3 = 83/3, mean 83/27.
        Assert.Equal(83.0 / 27, s.Trust, 12);
        // Value over the 8 with all three value items (a→c, b→e have none): 3 + 2 + 4 + 2 + 1 + 3 + 3 + 3 = 21, mean 21/8.
        Assert.Equal(2.625, s.Value, 12);
        // Weak over the 5 invited (10 pairs): ab ac ae bc bd be = 6. Strong over the 4 respondents (6 pairs): ab ac bc = 3.
        Assert.Equal(0.6, s.WeakDensity, 12);
        Assert.Equal(0.5, s.StrongDensity, 12);
        // Layers over the invited pairs: ab D E P, ac D P, ad D, ae P, bc D P, bd D P, be P, cd D, ce E, de none:
        // 9 tied in one at least, 4 (ab ac bc bd) in two at least.
        Assert.Equal(4.0 / 9, s.Multiplexity, 12);
        // Perceived 1 on 6 of 10 pairs, enacted on 2 (ab, ce), both on 1 (ab):
        // r = (10·1 − 6·2) / √((10·6 − 36)(10·2 − 4)) = −2 / √384 = −1 / √96.
        Assert.Equal(-1 / Math.Sqrt(96), s.EnactedQap.Correlation, 12);
        // Declared ad and cd: both answered, neither reports a tie. c reports 4 for b, and b, c never acted together.
        Assert.Equal([new SurveyPair("a", "d", CollaborationLevel.NoInteraction, CollaborationLevel.NoInteraction), new SurveyPair("c", "d", CollaborationLevel.NoInteraction, CollaborationLevel.NoInteraction)], s.SignedWithoutPerceivedTie);
        Assert.Equal([new SurveyPair("b", "c", CollaborationLevel.Cooperation, CollaborationLevel.Coalition)], s.CollaborationWithoutAction);
    }

    [Fact]
    public void Per_institution_scores_match_the_hand_computation_and_fewer_than_three_raters_are_suppressed()
    {
        var scores = Run().Scores;
        Assert.Equal(["a", "b", "c", "d", "e", "f"], scores.Select(x => x.InstitutionId));
        Assert.Equal([true, true, true, true, false, null], scores.Select(x => x.Responded));
        // Received: a from b, c; b from a, c, d; c from a, b; d none; e from a, b; f from c.
        Assert.Equal([2, 3, 2, 0, 2, 1], scores.Select(x => x.RatingsReceived));
        // Given: a (4 + 1 + 3) / 3; b (5 + 2 + 2) / 3; c (1 + 4 + 3) / 3; d 2 (its level 0 is no rating); e, f none.
        Assert.Equal([8.0 / 3, 3, 8.0 / 3, 2, double.NaN, double.NaN], scores.Select(x => x.LevelGiven), Tolerance);
        // Only b has three raters: levels (4 + 4 + 2) / 3; reliability (4 + 2 + 1) / 3, mission (4 + 2 + 2) / 3,
        // openness (4 + 2 + 3) / 3; power (3 + 3 + 4) / 3, involvement (3 + 3 + 4) / 3, resources (3 + 3 + 1) / 3;
        // trust (4 + 2 + 2) / 3 (d's is (1 + 2 + 3) / 3 = 2); value (3 + 3 + 3) / 3 (d's is (4 + 4 + 1) / 3 = 3).
        var b = scores[1];
        Assert.Equal(10.0 / 3, b.LevelReceived, 12);
        Assert.Equal([7.0 / 3, 8.0 / 3, 3, 10.0 / 3, 10.0 / 3, 7.0 / 3], b.Items, Tolerance);
        Assert.Equal(8.0 / 3, b.Trust, 12);
        Assert.Equal(3, b.Value, 12);
        foreach (var other in scores.Where(x => x.InstitutionId != "b"))
        {
            Assert.True(double.IsNaN(other.LevelReceived) && double.IsNaN(other.Trust) && double.IsNaN(other.Value) && other.Items.All(double.IsNaN));
        }
    }

    [Fact]
    public void With_two_raters_enough_a_shows_and_each_score_counts_its_own_raters()
    {
        var a = Run(new SurveyOptions { MinRaters = 2 }).Scores[0];
        // a from b (5; 4 4 3; 4 4 4) and c (1; 4 4 4; 1 1 1).
        Assert.Equal(3, a.LevelReceived, 12);
        Assert.Equal((11.0 / 3 + 4) / 2, a.Trust, 12);
        Assert.Equal(2.5, a.Value, 12);
        // c from a (1; 2 3 4; no value items) and b (2; 3 3 3; 2 2 2): value has one rater only, so it stays empty.
        var c = Run(new SurveyOptions { MinRaters = 2 }).Scores[2];
        Assert.Equal(1.5, c.LevelReceived, 12);
        Assert.Equal(3, c.Trust, 12);
        Assert.True(double.IsNaN(c.Value) && double.IsNaN(c.Items[3]));
    }

    [Fact]
    public void The_strong_rule_changes_multiplexity_and_the_qap_test_only()
    {
        var s = Run(new SurveyOptions { Rule = PerceivedTieRule.Strong });
        // Strong perceived: ab ac bc. Layers: ab 3, ac 2, ad 1, bc 2, bd 1, cd 1, ce 1: 3 of 7 in two at least.
        Assert.Equal(3.0 / 7, s.Multiplexity, 12);
        // r = (10·1 − 3·2) / √((30 − 9)(20 − 4)) = 4 / √336.
        Assert.Equal(4 / Math.Sqrt(336), s.EnactedQap.Correlation, 12);
        Assert.Equal((0.6, 0.5, 0.75), (s.WeakDensity, s.StrongDensity, s.Reciprocity));
    }

    [Fact]
    public void The_qap_p_value_is_seeded()
    {
        var first = Run(permutations: 200).EnactedQap;
        var second = Run(permutations: 200).EnactedQap;
        Assert.Equal(first, second);
        Assert.InRange(first.PGreaterOrEqual, 0.3, 1);
    }

    private static readonly IEqualityComparer<double> Tolerance = EqualityComparer<double>.Create((x, y) => (double.IsNaN(x) && double.IsNaN(y)) || Math.Abs(x - y) < 1e-12, _ => 0);
}
