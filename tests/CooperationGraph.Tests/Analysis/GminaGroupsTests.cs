namespace CooperationGraph.Tests.Analysis;

public class GminaGroupsTests
{
    private static Institution In(string id, string sector, string gmina, string powiat) =>
        new(id, id, SectorCatalog.Default[sector], gmina, TerritorialLevel.Gmina, [KeyValuePair.Create("powiat", powiat)]);

    private static JointAction Action(string id, params string[] who) =>
        new(id, id, JointActionKind.Meeting, new DateOnly(2019, 3, 1), who.Select(w => new Participation(w)));

    private static Declaration Signed(string id, params string[] who) => new(id, id, new DateOnly(2019, 1, 1), DeclarationKind.Declaration, who);

    /// <summary>
    /// A (powiat P1): OPS a1 and school a2 sign and act together: 2 institutions, 2 declared, 2 active, activation 1,
    /// density 1. B (P1): OPS b1, school b2, NGO b3 all sign, b1 and b2 act: 3, 3, 2, activation 2/3, density 1/3.
    /// C (P2): OPS c1 signs alone, c1 and c2 act: 2, 1, 2, activation 1, density 1.
    /// </summary>
    private static readonly CooperationDataset ThreeGminas = CooperationDataset.Create(
        [In("a1", "OPS", "A", "P1"), In("a2", "SCHOOL", "A", "P1"), In("b1", "OPS", "B", "P1"), In("b2", "SCHOOL", "B", "P1"), In("b3", "NGO", "B", "P1"),
            In("c1", "OPS", "C", "P2"), In("c2", "SCHOOL", "C", "P2")],
        [Signed("dA", "a1", "a2"), Signed("dB", "b1", "b2", "b3"), Signed("dC", "c1")],
        [Action("xA", "a1", "a2"), Action("xB", "b1", "b2"), Action("xC", "c1", "c2")]);

    [Fact]
    public void Groups_are_the_gminas_powiat_with_their_count_and_the_mean_of_each_indicator_by_hand()
    {
        var comparison = GminaComparer.Compare(GminaComparer.SplitBy(ThreeGminas), new AnalysisOptions { Permutations = 0 }, fullAnalyses: 0);
        Assert.Equal(["P1", "P1", "P2"], comparison.GroupsBy("powiat"));
        Assert.Equal(["A", "B", "C"], comparison.GroupsBy("unit"));

        var csv = comparison.ToGroupCsv("powiat").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(
            "group,gminas,mean_institutions,mean_declared,mean_active,mean_activation_rate,mean_required_sectors_present,mean_required_links_realised,mean_density," +
            "mean_components,mean_fragmentation,mean_ei_index,mean_degree_centralization,mean_betweenness_centralization,mean_ops_betweenness_rank,mean_ops_brokerage," +
            "mean_weakest_link_institutions,mean_fragile_links", csv[0]);
        Assert.Equal(string.Join(',', GminaComparison.GroupColumns), csv[0]);
        Assert.Equal(3, csv.Length);

        var frame = comparison.ToGroupFrame("powiat");
        object? Cell(int row, string column) => frame.Columns[column][row];
        Assert.Equal(["P1", "P2"], new[] { Cell(0, "group"), Cell(1, "group") });
        Assert.Equal([2, 1], new[] { Cell(0, "gminas"), Cell(1, "gminas") });
        Assert.Equal(2.5, Cell(0, "mean_institutions"));
        Assert.Equal(2.5, Cell(0, "mean_declared"));
        Assert.Equal(2.0, Cell(0, "mean_active"));
        Assert.Equal((1 + (2.0 / 3)) / 2, (double)Cell(0, "mean_activation_rate")!, 15);
        Assert.Equal((1 + (1.0 / 3)) / 2, (double)Cell(0, "mean_density")!, 15);
        Assert.Equal(2.0, Cell(1, "mean_institutions"));
        Assert.Equal(1.0, Cell(1, "mean_declared"));
        Assert.Equal(1.0, Cell(1, "mean_activation_rate"));
        Assert.Equal(1.0, Cell(1, "mean_density"));

        // The group means equal the means of comparison.csv's rows, column by column, where defined.
        var rows = comparison.ToDataFrame();
        foreach (var column in CooperationIndicators.Columns)
        {
            var values = new[] { rows.Columns[column][0], rows.Columns[column][1] }.Where(v => v is not null).Select(Convert.ToDouble).ToList();
            Assert.Equal(values.Count == 0 ? null : values.Average(), (double?)Cell(0, "mean_" + column));
        }
    }

    [Fact]
    public void Gminas_analysed_for_their_indicators_only_give_the_same_row_hold_no_analysis_and_rebuild_it_on_demand()
    {
        var split = GminaComparer.SplitBy(ThreeGminas);
        var full = GminaComparer.Compare(split, new AnalysisOptions { Permutations = 50 });
        var light = GminaComparer.Compare(split, new AnalysisOptions { Permutations = 50 }, fullAnalyses: 1);
        Assert.Equal(full.ToCsv(), light.ToCsv());
        Assert.Equal([true, false, false], light.Gminas.Select(g => g.IsFullAnalysis));
        Assert.Equal(50, light.Gminas[0].Result.Options.Permutations);
        var rebuilt = light.Gminas[1].Result;
        Assert.Equal(0, rebuilt.Options.Permutations);
        Assert.Null(rebuilt.LayerAgreement.Regression);
        Assert.Equal(light.Gminas[1].Indicators, CooperationIndicators.From(rebuilt, "B"));
        Assert.Same(split[1].Dataset, light.Gminas[1].Dataset);
    }

    [Fact]
    public void Histogram_bins_cover_every_value_once_from_the_smallest_to_the_largest()
    {
        var bins = Charts.HistogramBins([0.0, 0.1, 0.5, 0.5, 1.0]);
        Assert.Equal(3, bins.Count); // ⌈√5⌉
        Assert.Equal([2, 2, 1], bins.Select(b => b.Count)); // width 1/3: 0 and 0.1, the two 0.5, and 1.0 in the last
        Assert.Equal(0.0, bins[0].From);
        Assert.Equal(1.0, bins[^1].To);
        Assert.Equal([(3.0, 4.0, 2)], Charts.HistogramBins([3.0, 3.0]));
        Assert.Empty(Charts.HistogramBins([]));
    }
}
