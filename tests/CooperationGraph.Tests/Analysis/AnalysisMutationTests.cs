using System.Globalization;
using System.Net;
using CooperationGraph.Analysis;
using CooperationGraph.Display;
using CooperationGraph.Text;

namespace CooperationGraph.Tests.Analysis;

/// <summary>
/// Cases the Analysis/ mutation run (tests/MUTATION.md) found unchecked, each worked out by hand on the network of
/// <see cref="IndicatorsByHandTests"/> or on a few institutions of its own.
/// </summary>
public sealed class AnalysisMutationTests
{
    private static readonly AnalysisResult Result = IndicatorsByHandTests.Result;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [Fact]
    public void The_headline_names_the_activation_rate_the_missing_sectors_and_links_in_english_and_polish()
    {
        // O1 and S of the three signatories acted; COURT has no active institution; OPS–COURT and SCHOOL–POLICE have no tie.
        Assert.Equal("activation rate 0.667; missing sectors: COURT; missing links: COURT–OPS, POLICE–SCHOOL", Result.Headline());
        Assert.Equal(Result.Headline(), ((INotebookDisplay)Result).ToNotebookText());

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl-PL");
        try
        {
            Assert.Equal("wskaźnik aktywizacji 0,667; brakujące sektory: COURT; brakujące powiązania: COURT–OPS, POLICE–SCHOOL", Result.Headline());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void The_notebook_summary_lists_ten_rows_in_order_then_the_required_links_table()
    {
        string html = ((INotebookDisplay)Result).ToNotebookHtml();

        Assert.StartsWith("<div class=\"cg-summary\"><style>dl.summary{display:grid;", html, StringComparison.Ordinal);
        Assert.Contains("</style><dl class=\"summary\"><dt>Window</dt>", html, StringComparison.Ordinal);
        Assert.EndsWith("</table></div>", html, StringComparison.Ordinal);
        var terms = html.Split("<dt>").Skip(1).Select(t => t[..t.IndexOf("</dt>", StringComparison.Ordinal)]).ToList();
        Assert.Equal(
            ["Window", "Activation rate", "Missing sectors", "Missing links", "Declared but inactive", "Active but undeclared", "Density", "Fragmentation",
                "Articulation points", "E-I index"],
            terms);
        Assert.Contains("<dt>Declared but inactive</dt><dd>C</dd><dt>Active but undeclared</dt><dd>O2, S2, N, P</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Articulation points</dt><dd>O1, O2</dd>", html, StringComparison.Ordinal);
        Assert.Contains(Words.Get("RequiredLinksCaption"), html[html.IndexOf("</dl>", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_without_a_term_is_refused_by_name_in_the_html()
    {
        var error = Assert.Throws<InvalidOperationException>(() => GapSummary.Of(Result).Html(notes: true, "qap_declared_r"));

        Assert.Equal("The summary row 'qap_declared_r' has no term to show.", error.Message);
    }

    [Fact]
    public void A_number_with_an_interval_shows_its_bounds_to_two_decimals_and_a_weighted_betweenness_shows_none()
    {
        var options = new AnalysisOptions { Model = IndicatorsByHandTests.Model, Permutations = 10, Statistics = new StatisticsOptions { EIPermutations = 10, BootstrapReplicates = 200 } };
        var plain = CooperationAnalysis.Run(IndicatorsByHandTests.Dataset, options);
        var weighted = CooperationAnalysis.Run(IndicatorsByHandTests.Dataset, options with { WeightedCentrality = true });
        var intervals = plain.Statistics!.Intervals!;
        static string Bound(double x) => x.ToString("0.##", CultureInfo.InvariantCulture);
        string Value(AnalysisResult r, string row) =>
            GapSummary.Of(r).Html(notes: true, row).Split("<span class=\"value\">")[1].Split("</span>")[0];

        Assert.Equal($"0.286 ({Bound(intervals.Density.Low)}–{Bound(intervals.Density.High)})", Value(plain, "density")); // 6 of 21 pairs
        Assert.Equal($"({Bound(intervals.BetweennessCentralization.Low)}–{Bound(intervals.BetweennessCentralization.High)})",
            Value(plain, "betweenness_centralization").Split(' ')[1]);
        Assert.DoesNotContain("(", Value(weighted, "betweenness_centralization"), StringComparison.Ordinal);
        Assert.Contains("(", Value(weighted, "degree_centralization"), StringComparison.Ordinal);
        Assert.Equal(6.0 / 21.0, (double)GapSummary.Of(plain).Cells("density").Single()[1]!, 15);
    }

    [Fact]
    public void A_gminas_group_comes_from_its_own_institution_even_after_another_units_and_an_empty_value_is_passed_over()
    {
        static Institution In(string id, string unit, string powiat) =>
            new(id, id, SectorCatalog.Default["OPS"], unit, TerritorialLevel.Gmina, [KeyValuePair.Create("powiat", powiat)]);
        var dataset = CooperationDataset.Create([In("x", "Other", "P9"), In("e", "G", ""), In("g", "G", "P1")]);

        var comparison = GminaComparer.Compare([("G", dataset), ("H", dataset)], new AnalysisOptions { Permutations = 0 }, fullAnalyses: 0);

        Assert.Equal(["P1", "P9"], comparison.GroupsBy("powiat")); // G: its own g (e's value is empty); H: no own institution, the first with a value
        Assert.Equal(["G", "Other"], comparison.GroupsBy("unit"));
    }

    [Fact]
    public void A_profiles_actions_of_one_day_come_by_id_and_it_reads_as_its_id_name_and_partners()
    {
        static JointAction On(string id, int day, params string[] who) => new(id, id, JointActionKind.Meeting, new DateOnly(2019, 3, day), who.Select(w => new Participation(w)));
        var dataset = CooperationDataset.Create(
            [new Institution("O", "OPS", SectorCatalog.Default["OPS"]), new Institution("S", "School", SectorCatalog.Default["SCHOOL"]), new Institution("N", "NGO", SectorCatalog.Default["NGO"])],
            actions: [On("b", 2, "O", "S"), On("c", 1, "O", "N"), On("a", 2, "N", "O")]);

        var ops = InstitutionProfiles.Of(CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 }))[0];

        Assert.Equal(["c", "a", "b"], ops.JointActions.Select(a => a.Id));
        Assert.Equal("O (OPS): 2 partners", ops.ToString());
        Assert.Null(ops.Measure("no_such_column"));
    }
    [Fact]
    public void A_gmina_named_as_a_unit_ranks_its_own_OPS_even_when_another_units_OPS_brokers_more()
    {
        // O1 (unit G1, betweenness 4) is behind O2 (unit G2, 7); a gmina named G3 has no own OPS and takes the higher.
        var comparison = GminaComparer.Compare([("G1", IndicatorsByHandTests.Dataset), ("G3", IndicatorsByHandTests.Dataset)],
            new AnalysisOptions { Model = IndicatorsByHandTests.Model, Permutations = 0 }, fullAnalyses: 0);

        Assert.Equal([2, 1], comparison.Gminas.Select(g => g.Indicators.OpsBetweennessRank));
    }

    [Fact]
    public void A_split_keeps_a_first_gminas_idle_member_and_drops_ties_and_survey_rows_with_an_end_in_no_gmina()
    {
        static Institution In(string id, string sector, string unit, TerritorialLevel level) => new(id, id, SectorCatalog.Default[sector], unit, level);
        var dataset = CooperationDataset.Create(
            [In("A1", "OPS", "G1", TerritorialLevel.Gmina), In("A2", "SCHOOL", "G1", TerritorialLevel.Gmina), In("B1", "OPS", "G2", TerritorialLevel.Gmina),
                In("X", "PCPR", "Powiat", TerritorialLevel.Powiat)],
            ties: [new Tie("A1", "X"), new Tie("A1", "A2")])
            .WithSurvey(new PartnerSurvey(
                [new SurveyResponse("X", "A1", CollaborationLevel.Cooperation), new SurveyResponse("A1", "X", CollaborationLevel.Cooperation),
                    new SurveyResponse("A1", "A2", CollaborationLevel.Cooperation)],
                [new SurveyInvitation("X", true), new SurveyInvitation("A1", true), new SurveyInvitation("A2", false)]));

        var split = GminaComparer.SplitBy(dataset);

        // X (powiat) neither acts nor signs with anyone, so it counts in no gmina: its tie and rows go nowhere.
        Assert.Equal(["G1", "G2"], split.Select(s => s.Name));
        var g1 = split[0].Dataset;
        Assert.Equal(["A1", "A2"], g1.Institutions.Select(i => i.Id));
        Assert.Equal(["A1–A2"], g1.Ties.Select(t => t.SourceId + "–" + t.TargetId));
        Assert.Equal(["A1→A2"], g1.Survey.Responses.Select(r => r.RespondentId + "→" + r.PartnerId));
        Assert.Equal(["A1", "A2"], g1.Survey.Invitations.Select(i => i.InstitutionId));
        Assert.Equal(["B1"], split[1].Dataset.Institutions.Select(i => i.Id));
        Assert.True(split[1].Dataset.Survey.IsEmpty);
    }
    [Fact]
    public void A_comparison_keeps_each_gminas_intervals_only_when_asked_with_replicates_and_within_the_size_limit()
    {
        var options = new AnalysisOptions { Model = IndicatorsByHandTests.Model, Permutations = 0, Statistics = new StatisticsOptions { BootstrapReplicates = 50 } };
        var asked = options with { Statistics = options.Statistics with { ComparisonIntervals = true } };
        GminaComparison Compare(AnalysisOptions o) => GminaComparer.Compare([("G1", IndicatorsByHandTests.Dataset)], o, fullAnalyses: 0);
        var own = CooperationAnalysis.Run(IndicatorsByHandTests.Dataset, asked with { Permutations = 1 }).Statistics!.Intervals!;

        Assert.Null(Compare(options).Gminas[0].Intervals);
        Assert.Equal(own, Compare(asked).Gminas[0].Intervals);
        Assert.Equal(own, Compare(asked with { Regression = asked.Regression with { MaxInstitutions = 7 } }).Gminas[0].Intervals); // 7 institutions: at the limit
        Assert.Null(Compare(asked with { Regression = asked.Regression with { MaxInstitutions = 6 } }).Gminas[0].Intervals);
        Assert.Null(Compare(asked with { Statistics = asked.Statistics with { BootstrapReplicates = 0 } }).Gminas[0].Intervals);
    }

    [Fact]
    public void A_comparison_asked_for_intervals_adds_each_bound_after_the_indicators_in_order()
    {
        var options = new AnalysisOptions { Model = IndicatorsByHandTests.Model, Permutations = 0, Statistics = new StatisticsOptions { BootstrapReplicates = 50, ComparisonIntervals = true } };
        var comparison = GminaComparer.Compare([("G1", IndicatorsByHandTests.Dataset)], options, fullAnalyses: 0);
        string[] bounds =
        [
            "density_low", "density_high", "degree_centralization_low", "degree_centralization_high", "betweenness_centralization_low",
            "betweenness_centralization_high", "ei_index_low", "ei_index_high", "activation_rate_low", "activation_rate_high",
        ];
        Assert.Equal(bounds, GminaComparison.IntervalColumns);
        var frame = comparison.ToDataFrame();
        Assert.Equal(["gmina", .. CooperationIndicators.Columns, .. bounds], frame.Columns.Select(c => c.Name));
        var own = comparison.Gminas[0].Intervals!;
        BootstrapInterval?[] order = [own.Density, own.DegreeCentralization, own.BetweennessCentralization, own.EIIndex, own.ActivationRate];
        for (int k = 0; k < 5; k++)
        {
            Assert.Equal(order[k]?.Low ?? double.NaN, frame.Columns[bounds[2 * k]][0]);
            Assert.Equal(order[k]?.High ?? double.NaN, frame.Columns[bounds[(2 * k) + 1]][0]);
        }

        Assert.True(own.Density is { } d && d.Low < d.High, "a density interval of some width");
    }

    [Fact]
    public void A_split_refuses_a_missing_dataset_and_a_blank_column_by_parameter_name()
    {
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => GminaComparer.SplitBy(null!)).ParamName);
        Assert.Equal("column", Assert.Throws<ArgumentException>(() => GminaComparer.SplitBy(IndicatorsByHandTests.Dataset, " ")).ParamName);
    }
}
