namespace CooperationGraph.Tests.Analysis;

/// <summary>
/// Cases the Analysis/ after run of issue 26 (tests/MUTATION.md, 2026-12-07) left unchecked, worked out by hand: argument
/// checks by parameter name; the OPS chosen when the gmina's own comes second, without a unit, and on tied betweenness;
/// the survey carried into indicators, splits and over-time windows; intervals, pseudonyms and the options of an
/// analysis; profiles' realised and carried links and ego columns; a group mean with no value.
/// </summary>
public sealed class AnalysisSurvivorsTests
{
    private static Sector S(string code) => SectorCatalog.Default[code];

    private static JointAction Pair(string id, string lead, string other, int month = 3) =>
        new(id, id, JointActionKind.Meeting, new DateOnly(2019, month, 1), [new Participation(lead, ParticipantRole.Lead), new Participation(other)]);

    private static readonly AnalysisOptions Quick = new() { Model = IndicatorsByHandTests.Model, Permutations = 0 };

    [Fact]
    public void A_missing_dataset_result_or_survey_is_refused_by_parameter_name()
    {
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => CooperationAnalysis.Run(null!)).ParamName);
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => OverTime.Analyze(null!)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => CooperationIndicators.From(null!)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => InstitutionProfiles.Of(null!)).ParamName);
        Assert.Equal("survey", Assert.Throws<ArgumentNullException>(() => SurveyIndicators.From(null!)).ParamName);
    }

    /// <summary>The by-hand dataset with O2 (betweenness 7) listed before O1 (4, unit G1).</summary>
    private static readonly AnalysisResult SecondIsOwn = CooperationAnalysis.Run(
        CooperationDataset.Create(
            [.. IndicatorsByHandTests.Dataset.Institutions.Skip(1).Take(1), IndicatorsByHandTests.Dataset.Institutions[0], .. IndicatorsByHandTests.Dataset.Institutions.Skip(2)],
            IndicatorsByHandTests.Dataset.Declarations, IndicatorsByHandTests.Dataset.JointActions),
        Quick);

    [Fact]
    public void The_gminas_own_OPS_met_second_is_still_chosen_and_without_a_unit_the_first_of_higher_betweenness_stays()
    {
        Assert.Equal(["O2", "O1"], SecondIsOwn.Dataset.Institutions.Take(2).Select(i => i.Id));
        var own = CooperationIndicators.From(SecondIsOwn, "G1");
        Assert.Equal(2, own.OpsBetweennessRank); // O1 (4), behind O2 (7)
        Assert.Equal(SecondIsOwn.Brokerage["O1"].Observed.Total, own.OpsBrokerage);

        var none = CooperationIndicators.From(SecondIsOwn);
        Assert.Equal(1, none.OpsBetweennessRank); // O2, not the later O1
        Assert.Equal(SecondIsOwn.Brokerage["O2"].Observed.Total, none.OpsBrokerage);
        Assert.NotEqual(own.OpsBrokerage, none.OpsBrokerage);
    }

    [Fact]
    public void Of_two_OPS_with_equal_betweenness_the_first_is_chosen_and_its_brokerage_reported()
    {
        // Ties 0–4, 1–3, 1–4, 1–5, 2–3, 3–5 (all meetings of two); OPS A = node 4, OPS B = node 3, listed in that order.
        // Betweenness (NetworkX 3.6.1, unnormalised): node 1 6, A 4, B 4, the rest 0; normalised by (n − 1)(n − 2)/2 = 10.
        // A has one open pair of partners (0, 1), B two ((1, 2), (2, 5); 1–5 are tied): their brokerage differs, the
        // rank (2) does not.
        var dataset = CooperationDataset.Create(
            [
                new Institution("A", "OPS A", S("OPS"), "G", TerritorialLevel.Gmina), new Institution("B", "OPS B", S("OPS"), "G", TerritorialLevel.Gmina),
                new Institution("n0", "n0", S("SCHOOL"), "G", TerritorialLevel.Gmina), new Institution("n1", "n1", S("NGO"), "G", TerritorialLevel.Gmina),
                new Institution("n2", "n2", S("POLICE"), "G", TerritorialLevel.Gmina), new Institution("n5", "n5", S("HEALTH"), "G", TerritorialLevel.Gmina),
            ],
            [],
            [Pair("t1", "n0", "A"), Pair("t2", "n1", "B"), Pair("t3", "n1", "A"), Pair("t4", "n1", "n5"), Pair("t5", "n2", "B"), Pair("t6", "B", "n5")]);
        var result = CooperationAnalysis.Run(dataset, Quick);
        var betweenness = result.Centrality.Column(CentralityMeasure.Betweenness);
        Assert.Equal([0.4, 0.4, 0, 0.6, 0, 0], betweenness.Select(b => Math.Round(b, 12)));
        Assert.Equal(betweenness[0], betweenness[1]);
        Assert.NotEqual(result.Brokerage["A"].Observed.Total, result.Brokerage["B"].Observed.Total);

        var indicators = CooperationIndicators.From(result);
        Assert.Equal(2, indicators.OpsBetweennessRank);
        Assert.Equal(result.Brokerage["A"].Observed.Total, indicators.OpsBrokerage);
    }

    /// <summary>The by-hand dataset with a meeting O1–N in April and two survey rows dated in March (O1 rates S at cooperation, 2; S rates O1 at coalition, 4).</summary>
    private static CooperationDataset DatedSurvey() =>
        CooperationDataset.Create(IndicatorsByHandTests.Dataset.Institutions, IndicatorsByHandTests.Dataset.Declarations,
                [.. IndicatorsByHandTests.Dataset.JointActions, Pair("a7", "O1", "N", month: 4)])
            .WithSurvey(new PartnerSurvey(
            [
                new SurveyResponse("O1", "S", CollaborationLevel.Cooperation) { Date = new DateOnly(2019, 3, 15), Reliability = 4, Mission = 4, Openness = 4, Power = 2, Involvement = 2, Resources = 2 },
                new SurveyResponse("S", "O1", CollaborationLevel.Coalition) { Date = new DateOnly(2019, 3, 20), Reliability = 2, Mission = 2, Openness = 2, Power = 4, Involvement = 4, Resources = 4 },
            ]));

    [Fact]
    public void An_analysis_carries_its_survey_into_the_indicators()
    {
        var result = CooperationAnalysis.Run(DatedSurvey(), Quick);
        Assert.NotNull(result.PerceivedCooperation);
        Assert.Equal(SurveyIndicators.From(result.PerceivedCooperation!), CooperationIndicators.From(result).Survey);
        Assert.Equal(3, CooperationIndicators.From(result).Survey!.MeanLevel, 15); // (2 + 4) / 2
    }

    [Fact]
    public void Over_time_a_dated_survey_adds_its_five_columns_with_the_waves_of_each_window_and_none_where_no_wave_falls()
    {
        var months = OverTime.Analyze(DatedSurvey(), Quick, new OverTimeOptions { Every = WindowPeriod.Month, Width = 1 });
        Assert.True(months.HasSurveyWaves);
        var frame = months.ToDataFrame();
        Assert.Equal([.. OverTimeResult.Columns, "survey_response_rate", "survey_mean_level", "survey_trust", "survey_value", "survey_weak_density"], frame.Columns.Select(c => c.Name));
        Assert.Equal(["2019-03", "2019-04"], new[] { frame.Columns["window"][0], frame.Columns["window"][1] });
        var march = months.Indicators[0].Survey!;
        Assert.Equal(3, march.MeanLevel, 15); // (2 + 4) / 2
        for (int k = 0; k < SurveyIndicators.Columns.Count; k++)
        {
            Assert.Equal(march.Values()[k], frame.Columns[SurveyIndicators.Columns[k]][0]);
            Assert.Null(frame.Columns[SurveyIndicators.Columns[k]][1]);
        }
    }

    [Fact]
    public void Over_time_reads_the_options_it_is_given()
    {
        // A window of April alone: one monthly window, not March and April.
        var april = OverTime.Analyze(DatedSurvey(), Quick with { Window = new AnalysisWindow(new DateOnly(2019, 4, 1), new DateOnly(2019, 4, 30)) },
            new OverTimeOptions { Every = WindowPeriod.Month, Width = 1 });
        Assert.Equal(["2019-04"], april.Labels);
    }

    [Fact]
    public void A_split_keeps_survey_rows_without_invitations_and_says_it_has_none()
    {
        var d = GminaComparerTests.TwoGminas;
        var dataset = d.WithSurvey(new PartnerSurvey([new SurveyResponse("OPS1", "S1", CollaborationLevel.Cooperation)]));
        var g1 = GminaComparer.SplitBy(dataset)[0];
        Assert.Equal(["OPS1→S1"], g1.Dataset.Survey.Responses.Select(r => r.RespondentId + "→" + r.PartnerId));
        Assert.False(g1.Dataset.Survey.HasInvitations);
    }

    [Fact]
    public void Intervals_come_only_with_replicates_and_up_to_the_size_limit()
    {
        var asked = Quick with { Permutations = 9, Statistics = new StatisticsOptions { EIPermutations = 9, BootstrapReplicates = 20 } };
        Assert.NotNull(CooperationAnalysis.Run(IndicatorsByHandTests.Dataset, asked).Statistics!.Intervals);
        Assert.Null(CooperationAnalysis.Run(IndicatorsByHandTests.Dataset, asked with { Statistics = asked.Statistics with { BootstrapReplicates = 0 } }).Statistics!.Intervals);
        Assert.NotNull(CooperationAnalysis.Run(IndicatorsByHandTests.Dataset, asked with { Regression = asked.Regression with { MaxInstitutions = 7 } }).Statistics!.Intervals);
        Assert.Null(CooperationAnalysis.Run(IndicatorsByHandTests.Dataset, asked with { Regression = asked.Regression with { MaxInstitutions = 6 } }).Statistics!.Intervals);
    }

    [Fact]
    public void Families_take_the_pseudonymizer_of_the_options()
    {
        var dataset = CooperationDataset.Create(IndicatorsByHandTests.Dataset.Institutions, IndicatorsByHandTests.Dataset.Declarations,
            IndicatorsByHandTests.Dataset.JointActions, beneficiaries: [new BeneficiaryService("family-7", "a1")]);
        var keyed = new Pseudonymizer("a key of sixteen characters");
        var families = CooperationAnalysis.Run(dataset, Quick with { Pseudonymizer = keyed, SuppressionThreshold = 1 }).Families!;
        Assert.False(families.RandomPseudonyms);
        Assert.Equal([keyed.Pseudonym("family-7")], families.PerFamily.Select(f => f.Family));
    }

    [Fact]
    public void Each_profile_realises_the_required_links_between_its_sector_and_a_partners_and_carries_those_it_alone_holds()
    {
        var profiles = InstitutionProfiles.Of(IndicatorsByHandTests.Result).ToDictionary(p => p.Institution.Id);
        string Realised(string id) => string.Join(", ", profiles[id].RealisedLinks.Select(l => l.ToString()));
        string Carried(string id) => string.Join(", ", profiles[id].CarriedLinks.Select(l => l.ToString()));

        Assert.Equal("OPS–SCHOOL", Realised("O1")); // partners S, O2, S2
        Assert.Equal("OPS–SCHOOL, NGO–OPS", Realised("O2")); // partners O1, N, P, S2
        Assert.Equal("OPS–SCHOOL", Realised("S")); // partner O1 only: not POLICE–SCHOOL
        Assert.Equal("NGO–OPS", Realised("N"));
        Assert.Equal("", Realised("P")); // its partner is an OPS: POLICE–SCHOOL needs a school
        Assert.Equal("", Realised("C"));
        Assert.Equal("NGO–OPS", Carried("O2")); // N hangs on O2 alone
        Assert.Equal("", Carried("O1"));

        // The only active OPS carries both of its realised links.
        var alone = CooperationAnalysis.Run(
            CooperationDataset.Create(
                [new Institution("o", "o", S("OPS"), "G", TerritorialLevel.Gmina), new Institution("s", "s", S("SCHOOL"), "G", TerritorialLevel.Gmina), new Institution("n", "n", S("NGO"), "G", TerritorialLevel.Gmina)],
                [],
                [Pair("x", "o", "s"), Pair("y", "o", "n")]),
            Quick);
        Assert.Equal(["OPS–SCHOOL", "NGO–OPS"], InstitutionProfiles.Of(alone)[0].CarriedLinks.Select(l => l.ToString()));
    }

    [Fact]
    public void The_ego_columns_of_a_profile_follow_its_centrality_columns_in_the_order_listed()
    {
        Assert.Equal(["ego_size", "ego_ties", "ego_pairs", "ego_density", "ego_components", "two_step_reach", "reach_efficiency"], InstitutionProfiles.EgoColumns);
        var profile = InstitutionProfiles.Of(IndicatorsByHandTests.Result)[0];
        Assert.Equal(InstitutionProfiles.EgoColumns, profile.Measures.Skip(profile.Measures.Count - 7).Select(m => m.Name));
        Assert.Equal(3, profile.Measure("ego_size")!.Value); // O1: S, O2, S2
    }

    [Fact]
    public void A_group_whose_gminas_have_no_OPS_has_no_mean_rank_and_a_blank_column_is_refused_by_name()
    {
        var dataset = CooperationDataset.Create(
            [
                new Institution("a1", "a1", S("OPS"), "A", TerritorialLevel.Gmina), new Institution("a2", "a2", S("SCHOOL"), "A", TerritorialLevel.Gmina),
                new Institution("d1", "d1", S("SCHOOL"), "D", TerritorialLevel.Gmina), new Institution("d2", "d2", S("NGO"), "D", TerritorialLevel.Gmina),
            ],
            [],
            [Pair("x", "a1", "a2"), Pair("y", "d1", "d2")]);
        var comparison = GminaComparer.Compare(GminaComparer.SplitBy(dataset), new AnalysisOptions { Permutations = 0 }, fullAnalyses: 0);
        var frame = comparison.ToGroupFrame("unit");
        Assert.Equal(["A", "D"], new[] { frame.Columns["group"][0], frame.Columns["group"][1] });
        Assert.Equal(1.0, frame.Columns["mean_ops_betweenness_rank"][0]);
        Assert.Null(frame.Columns["mean_ops_betweenness_rank"][1]);
        Assert.Null(frame.Columns["mean_ops_brokerage"][1]);
        Assert.Equal("column", Assert.Throws<ArgumentException>(() => comparison.GroupsBy(" ")).ParamName);
    }

    [Fact]
    public void A_comparison_workbook_has_one_sheet_named_comparison_holding_the_frame()
    {
        var comparison = GminaComparer.Compare(GminaComparer.SplitBy(GminaComparerTests.TwoGminas), new AnalysisOptions { Permutations = 0 }, fullAnalyses: 0);
        string folder = Directory.CreateTempSubdirectory("cg-comparison-").FullName;
        try
        {
            string path = Path.Combine(folder, "comparison.xlsx");
            comparison.SaveWorkbook(path);
            var sheets = CooperationGraph.IO.XlsxTableReader.Read(path);
            Assert.Equal(["comparison"], sheets.Select(s => s.Sheet));
            Assert.Equal(GminaComparison.Columns, sheets[0].Table.Header);
            Assert.Equal(comparison.Gminas.Count, sheets[0].Table.Rows.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Without_permutations_beneficiaries_or_a_survey_there_are_no_statistics_families_or_perceived_parts()
    {
        // Run here, not the shared IndicatorsByHandTests.Result: a result cached in a static field is made once per test
        // host, and a mutation run reuses the host across mutants.
        var result = CooperationAnalysis.Run(IndicatorsByHandTests.Dataset, Quick);
        Assert.Null(result.Statistics);
        Assert.Null(result.Families);
        Assert.Null(result.PerceivedCooperation);
        Assert.Null(result.PerceivedCentrality);
        Assert.Null(result.LayerAgreement.PerceivedRule);
    }

    [Fact]
    public void With_a_survey_the_perceived_network_is_measured_and_regressed_under_the_surveys_rule()
    {
        var result = CooperationAnalysis.Run(DatedSurvey(), Quick);
        Assert.NotNull(result.PerceivedCentrality);
        Assert.Equal(Quick.Survey.Rule, result.LayerAgreement.PerceivedRule);
    }

    [Fact]
    public void Weighted_centrality_asked_of_the_analysis_is_the_weighted_basic_measures()
    {
        // A second meeting O1–O2 makes that tie's weight 2.
        var dataset = CooperationDataset.Create(IndicatorsByHandTests.Dataset.Institutions, IndicatorsByHandTests.Dataset.Declarations,
            [.. IndicatorsByHandTests.Dataset.JointActions, Pair("a8", "O2", "O1")]);
        var result = CooperationAnalysis.Run(dataset, Quick with { WeightedCentrality = true });
        var weighted = CentralityAnalysis.Compute(result.Network, new CentralityOptions { Weighted = true, Measures = CentralityMeasureNames.Basic });
        var plain = CentralityAnalysis.Compute(result.Network, new CentralityOptions { Measures = CentralityMeasureNames.Basic });

        Assert.Equal(CentralityMeasureNames.Basic, result.Centrality.Measures);
        Assert.Equal(weighted.Column(CentralityMeasure.Strength), result.Centrality.Column(CentralityMeasure.Strength));
        Assert.Equal(weighted.Column(CentralityMeasure.Closeness), result.Centrality.Column(CentralityMeasure.Closeness));
        Assert.NotEqual(plain.Column(CentralityMeasure.Closeness), result.Centrality.Column(CentralityMeasure.Closeness));
    }
}
