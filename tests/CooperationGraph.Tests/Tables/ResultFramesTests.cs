using CooperationGraph.Tests.IO;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Tests.Tables;

/// <summary>
/// Every frame of the table layer has the columns its documentation names, one row per record, and the record's values
/// (the mutation run of Tables/ found column names and whole columns no test read).
/// </summary>
public class ResultFramesTests
{
    private static readonly AnalysisResult Loniow = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new AnalysisOptions { Permutations = 20, Pseudonymizer = new("a key of sixteen characters") });

    private static void AssertColumns(DataFrame frame, int rows, params string[] columns)
    {
        Assert.Equal(columns, frame.Columns.Select(c => c.Name));
        Assert.Equal(rows, frame.Rows.Count);
    }

    [Fact]
    public void Gap_frames_name_their_columns_and_carry_the_records()
    {
        var gaps = Loniow.Gaps;
        var robustness = gaps.LinkRobustness.ToDataFrame();
        AssertColumns(robustness, gaps.LinkRobustness.Count, "link", "first_sector", "second_sector", "institutions", "ties");
        Assert.Equal(gaps.LinkRobustness.Select(r => (int?)r.Ties), robustness["ties"].Cast<int?>());
        Assert.Equal(gaps.LinkRobustness.Select(r => r.Link.Second.Code), robustness["second_sector"].Cast<string>());

        var sectors = gaps.Sectors.ToDataFrame();
        AssertColumns(sectors, gaps.Sectors.Count, "sector", "active_institutions", "required", "single_point_of_failure");
        Assert.Equal(gaps.Sectors.Select(s => (bool?)s.IsSinglePointOfFailure), sectors["single_point_of_failure"].Cast<bool?>());
        Assert.Equal(gaps.Sectors.Select(s => (bool?)s.Required), sectors["required"].Cast<bool?>());

        // Milestone I lacks police and health care, whose institutions exist: ties are suggested for those links.
        var early = CooperationAnalysis.Run(Loniow.Dataset, new AnalysisOptions { Window = new(null, new DateOnly(2019, 7, 8)), Permutations = 0 }).Gaps.SuggestedTies;
        var suggested = early.ToDataFrame();
        AssertColumns(suggested, early.Count, "link", "institution", "partner", "adamic_adar", "common_partners");
        Assert.NotEmpty(early);
        Assert.Equal(early.Select(t => t.TargetId), suggested["partner"].Cast<string>());
        Assert.Equal(early.Select(t => (int?)t.CommonPartners), suggested["common_partners"].Cast<int?>());
    }

    [Fact]
    public void Structure_mixing_and_brokerage_frames_name_their_columns()
    {
        var bridges = Loniow.Structure.Bridges.ToDataFrame();
        AssertColumns(bridges, Loniow.Structure.Bridges.Count, "institution", "partner");
        Assert.Equal(Loniow.Structure.Bridges.Select(b => b.SourceId), bridges["institution"].Cast<string>());

        AssertColumns(Loniow.Structure.ToDataFrame(), Loniow.Dataset.Institutions.Count, "id", "articulation_point", "fragmentation_without");

        var bySector = Loniow.Mixing.SectorEIIndex.ToDataFrame();
        AssertColumns(bySector, Loniow.Mixing.Sectors.Count, "sector", "ei_index");
        Assert.Equal(Loniow.Mixing.Sectors.Select(s => s.Code), bySector["sector"].Cast<string>());
        var matrix = Loniow.Mixing.ToDataFrame();
        AssertColumns(matrix, Loniow.Mixing.Sectors.Count, ["sector", .. Loniow.Mixing.Sectors.Select(s => s.Code)]);

        var brokerage = Loniow.Brokerage.ToDataFrame();
        string[] roles = ["coordinator", "itinerant", "representative", "gatekeeper", "liaison", "total"];
        AssertColumns(brokerage, Loniow.Dataset.Institutions.Count, ["id", .. roles, .. roles.Select(r => "z_" + r)]);
        Assert.Equal(Loniow.Brokerage.Rows.Select(r => (double?)r.Observed.Total), brokerage["total"].Cast<double?>());

        var centrality = Loniow.Centrality.ToDataFrame();
        AssertColumns(centrality, Loniow.Dataset.Institutions.Count, ["id", .. Loniow.Centrality.Measures.Select(m => m.ColumnName())]);
        Assert.Equal(Loniow.Centrality.Column(CentralityMeasure.Degree).Select(d => (double?)d), centrality["degree"].Cast<double?>());
    }

    [Fact]
    public void Regression_and_family_frames_name_their_columns()
    {
        var regression = Loniow.LayerAgreement.Regression!;
        var terms = regression.ToDataFrame();
        AssertColumns(terms, regression.Terms.Count, "term", "coefficient", "std_error", "t_value", "p_less_or_equal", "p_greater_or_equal", "p_abs_greater_or_equal");
        Assert.Equal(regression.Terms.Select(t => t.Name), terms["term"].Cast<string>());

        var families = Loniow.Families!;
        var perFamily = families.PerFamily.ToDataFrame();
        AssertColumns(perFamily, families.PerFamily.Count, "family", "actions", "sectors", "institutions", "overlapping_same_kind");
        Assert.Equal(families.PerFamily.Select(f => f.Family), perFamily["family"].Cast<string>());
        var shared = families.SharedFamilies.ToDataFrame();
        AssertColumns(shared, families.SharedFamilies.Count, "institution", "partner", "families");
        Assert.Equal(families.SharedFamilies.Select(f => f.Count), shared["families"].Cast<string>());
    }
}
