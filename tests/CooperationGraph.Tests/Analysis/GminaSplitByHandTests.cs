using System.Globalization;
using CooperationGraph.Tables;

namespace CooperationGraph.Tests.Analysis;

/// <summary>Splitting a dataset into gminas (<see cref="GminaComparer.SplitBy"/>) and comparing them, case by case by hand.</summary>
public sealed class GminaSplitByHandTests
{
    /// <summary>
    /// <see cref="GminaComparerTests.TwoGminas"/> with direct ties and families: G1 holds OPS1, S1 and P (via a1), G2
    /// holds P (via d1) and OPS2.
    /// </summary>
    private static CooperationDataset WithTiesAndFamilies()
    {
        var d = GminaComparerTests.TwoGminas;
        return CooperationDataset.Create(d.Institutions, d.Declarations, d.JointActions,
            [new Tie("OPS1", "S1"), new Tie("P", "OPS2"), new Tie("S1", "P"), new Tie("S1", "OPS2")],
            beneficiaries: [new BeneficiaryService("f1", "a2"), new BeneficiaryService("f2", "a3")]);
    }

    [Fact]
    public void A_direct_tie_goes_to_every_gmina_holding_both_its_ends_and_a_family_to_every_gmina_of_its_action()
    {
        var split = GminaComparer.SplitBy(WithTiesAndFamilies());
        var (g1, g2) = (split[0].Dataset, split[1].Dataset);

        Assert.Equal(["OPS1–S1", "S1–P"], g1.Ties.Select(t => t.SourceId + "–" + t.TargetId)); // S1–OPS2 spans two gminas: in neither
        Assert.Equal(["P–OPS2"], g2.Ties.Select(t => t.SourceId + "–" + t.TargetId));
        Assert.Equal(["f1/a2", "f2/a3"], g1.Beneficiaries.Select(b => b.FamilyId + "/" + b.ActionId));
        Assert.Equal(["f1/a2"], g2.Beneficiaries.Select(b => b.FamilyId + "/" + b.ActionId));
    }

    [Fact]
    public void Split_by_a_further_column_skips_empty_values_and_institutions_above_gmina_level()
    {
        static Institution In(string id, string sector, TerritorialLevel? level, string district) =>
            new(id, id, SectorCatalog.Default[sector], null, level, district.Length == 0 ? null : [KeyValuePair.Create("district", district)]);
        var dataset = CooperationDataset.Create(
            [In("P", "PCPR", TerritorialLevel.Powiat, "Z"), In("A", "OPS", null, "X"), In("E", "NGO", TerritorialLevel.Gmina, ""), In("B", "OPS", TerritorialLevel.Gmina, "Y")],
            actions: [new JointAction("a", "a", JointActionKind.Meeting, new DateOnly(2019, 1, 1), [new Participation("A"), new Participation("E"), new Participation("B"), new Participation("P")])]);

        var split = GminaComparer.SplitBy(dataset, "district");

        Assert.Equal(["X", "Y"], split.Select(s => s.Name)); // P is at powiat level, E has no value
        Assert.Equal(["P", "A", "E"], split[0].Dataset.Institutions.Select(i => i.Id));
        Assert.Equal(["P", "E", "B"], split[1].Dataset.Institutions.Select(i => i.Id));
        Assert.Equal(["A", "E", "P"], split[0].Dataset.JointActions.Single().Participants.Select(p => p.InstitutionId));
    }

    [Fact]
    public void A_gminas_group_is_taken_from_an_institution_at_gmina_level_and_a_gmina_without_one_is_an_empty_group()
    {
        var split = GminaComparer.SplitBy(GminaComparerTests.TwoGminas);
        var comparison = GminaComparer.Compare([("x", split[1].Dataset), ("y", split[0].Dataset)], new AnalysisOptions { Permutations = 0 }, fullAnalyses: 0);

        Assert.Equal(["G2", "G1"], comparison.GroupsBy("unit")); // x: P (powiat level) comes first but OPS2 is the gmina's
        Assert.Equal([null, null], comparison.GroupsBy("powiat"));
        var frame = comparison.ToGroupFrame("powiat");
        Assert.Equal(1, frame.Rows.Count);
        Assert.Null(frame.Columns["group"][0]);
        Assert.Equal(2, frame.Columns["gminas"][0]);
        Assert.Equal(2.5, frame.Columns["mean_institutions"][0]); // 2 and 3
        Assert.Equal("2 gminas compared", comparison.ToString());
    }

    [Fact]
    public void Compare_refuses_no_gmina_a_blank_name_and_a_negative_count_of_full_analyses()
    {
        var dataset = GminaComparerTests.TwoGminas;

        Assert.Contains("no gmina", Assert.Throws<ArgumentException>(() => GminaComparer.Compare([])).Message, StringComparison.Ordinal);
        Assert.Contains("is empty or appears twice", Assert.Throws<ArgumentException>(() => GminaComparer.Compare([(" ", dataset)])).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => GminaComparer.Compare([("x", dataset)], null, -1));
        Assert.Throws<ArgumentNullException>(() => GminaComparer.Compare(null!));
        Assert.Throws<ArgumentException>(() => GminaComparer.SplitBy(dataset, " "));
    }

    [Fact]
    public void A_gmina_named_as_a_unit_has_that_units_OPS_and_a_full_analysis_keeps_the_options()
    {
        var comparison = GminaComparer.Compare(GminaComparer.SplitBy(GminaComparerTests.TwoGminas), new AnalysisOptions { Permutations = 7 }, fullAnalyses: 1);
        var (name, result, indicators) = comparison.Gminas[0];

        Assert.Equal("G1", name);
        Assert.Equal(7, result.Options.Permutations);
        Assert.Same(comparison.Gminas[0].Result, result);
        Assert.Equal(CooperationIndicators.From(result, "G1"), indicators);
        Assert.Equal(7, comparison.Options.Permutations);
        Assert.Throws<ArgumentNullException>(() => new ComparedGmina("x", null!, indicators));
    }

    /// <summary>
    /// <see cref="GminaComparerTests.TwoGminas"/> and G3 (OPS3 alone) with a survey: OPS1, P and OPS2 answered, S1 was
    /// invited and did not. Rows (level; trust items; value items): OPS1→S1 (3; 4,3,2; 2,2,2), OPS1→P (5; 4,4,4; 3,3,3),
    /// OPS1→OPS2 (2; 1,1,1; 1,1,1), P→OPS1 (4; 3,3,3; 4,4,4), P→OPS2 (1; 2,2,2; 1,1,1), OPS2→P (3; no items).
    /// </summary>
    private static CooperationDataset WithSurvey()
    {
        var d = GminaComparerTests.TwoGminas;
        static SurveyResponse Row(string from, string to, int level, params int[] items) => new(from, to, (CollaborationLevel)level)
        {
            Reliability = items.Length > 0 ? items[0] : null, Mission = items.Length > 0 ? items[1] : null, Openness = items.Length > 0 ? items[2] : null,
            Power = items.Length > 0 ? items[3] : null, Involvement = items.Length > 0 ? items[4] : null, Resources = items.Length > 0 ? items[5] : null,
        };
        return CooperationDataset.Create([.. d.Institutions, new Institution("OPS3", "OPS 3", SectorCatalog.Default["OPS"], "G3", TerritorialLevel.Gmina)], d.Declarations, d.JointActions)
            .WithSurvey(new PartnerSurvey(
                [
                    Row("OPS1", "S1", 3, 4, 3, 2, 2, 2, 2), Row("OPS1", "P", 5, 4, 4, 4, 3, 3, 3), Row("OPS1", "OPS2", 2, 1, 1, 1, 1, 1, 1),
                    Row("P", "OPS1", 4, 3, 3, 3, 4, 4, 4), Row("P", "OPS2", 1, 2, 2, 2, 1, 1, 1), Row("OPS2", "P", 3),
                ],
                [new SurveyInvitation("OPS1", true), new SurveyInvitation("S1", false), new SurveyInvitation("P", true), new SurveyInvitation("OPS2", true)]));
    }

    [Fact]
    public void A_survey_row_goes_to_the_gmina_holding_its_respondent_and_partner_and_compare_writes_its_four_columns_by_hand()
    {
        var split = GminaComparer.SplitBy(WithSurvey());
        Assert.Equal(["G1", "G2", "G3"], split.Select(s => s.Name));
        var (g1, g2, g3) = (split[0].Dataset.Survey, split[1].Dataset.Survey, split[2].Dataset.Survey);

        // OPS1→OPS2 spans two gminas: in neither. P (powiat) counts in both, so its rows go by their partner.
        Assert.Equal(["OPS1→S1", "OPS1→P", "P→OPS1"], g1.Responses.Select(r => r.RespondentId + "→" + r.PartnerId));
        Assert.Equal(["OPS1", "S1", "P"], g1.Invitations.Select(i => i.InstitutionId));
        Assert.Equal(["P→OPS2", "OPS2→P"], g2.Responses.Select(r => r.RespondentId + "→" + r.PartnerId));
        Assert.Equal(["P", "OPS2"], g2.Invitations.Select(i => i.InstitutionId));
        Assert.True(g3.IsEmpty);

        var comparison = GminaComparer.Compare(split, new AnalysisOptions { Permutations = 0 }, fullAnalyses: 1);
        Assert.Null(comparison.Gminas[2].PerceivedCooperation);
        var csv = comparison.ToCsv().Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([.. GminaComparison.Columns, .. GminaComparison.SurveyColumns], csv[0].Split(','));
        Assert.Equal(["survey_response_rate", "survey_mean_level", "survey_trust", "survey_value"], GminaComparison.SurveyColumns);
        string Survey(int row) => string.Join(",", csv[row].Split(',')[^4..]);

        // G1: 2 of 3 invited answered; levels 3, 5, 4 → 4; trust (3 + 4 + 3)/3; value (2 + 3 + 4)/3.
        Assert.Equal("0.6666666666666666,4,3.3333333333333335,3", Survey(1));

        // G2: both answered; levels 1, 3 → 2; trust and value from P→OPS2 alone (OPS2→P gives no items).
        Assert.Equal("1,2,2,1", Survey(2));
        Assert.Equal(",,,", Survey(3));

        // Without a survey in any gmina the columns are not written.
        var none = GminaComparer.Compare(GminaComparer.SplitBy(GminaComparerTests.TwoGminas), new AnalysisOptions { Permutations = 0 }, fullAnalyses: 0);
        Assert.Equal(GminaComparison.Columns, none.ToCsv().Split('\n')[0].TrimEnd('\r').Split(','));

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl-PL");
        try
        {
            var names = FrameWords.InColumns(comparison.ToDataFrame()).Columns.Select(c => c.Name).ToList();
            Assert.Equal(["ankieta_odsetek_odpowiedzi", "ankieta_średni_poziom", "ankieta_zaufanie", "ankieta_wartość"], names[^4..]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
