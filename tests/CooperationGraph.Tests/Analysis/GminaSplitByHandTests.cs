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
}
