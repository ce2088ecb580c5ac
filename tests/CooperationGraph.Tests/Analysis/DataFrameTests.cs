using System.Globalization;
using CooperationGraph.Tests.IO;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Tests.Analysis;

/// <summary>The frames hold the values of the typed results, in their order, with typed columns and nulls for undefined.</summary>
public class DataFrameTests
{
    private static readonly string Root = CooperationModelReaderTests.RepositoryRoot();

    private static readonly AnalysisResult Loniow = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(Root, "samples", "loniow")),
        new AnalysisOptions { ComparisonWindow = new(To: new DateOnly(2019, 6, 30)), Pseudonymizer = new("a key of sixteen characters") });

    [Fact]
    public void Metrics_csv_of_the_loniow_sample_is_unchanged()
    {
        // Written by the analyze command before results became data frames; re-written when betweenness moved to
        // biconnected blocks and again when it began running sixteen sources at a time, both of which add the same
        // dependencies in another order: five cells changed, then three, each by at most 2.8e-17.
        string expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Frames", "loniow.metrics.csv"));

        Assert.Equal(expected, FrameWriter.ToCsv(Loniow.ToDataFrame()));
    }

    [Fact]
    public void The_centrality_columns_equal_networkx_on_the_enacted_network_built_from_the_sample()
    {
        // The metrics.csv above is a snapshot of the file; these values are the reference (Fixtures/Frames/README.md).
        string fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Frames", "loniow.networkx.csv");
        var lines = File.ReadAllLines(fixture).Skip(1).Select(l => l.Split(',')).ToList();
        var frame = Loniow.ToDataFrame();
        var ids = frame["id"].Cast<string>().ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), lines.Skip(1).Select(r => r[0]).Order(StringComparer.Ordinal));
        foreach (var row in lines.Skip(1))
        {
            int r = ids.IndexOf(row[0]);
            for (int c = 1; c < lines[0].Length; c++)
            {
                double reference = double.Parse(row[c], CultureInfo.InvariantCulture);
                double? ours = frame[lines[0][c]][r] is null ? null : Convert.ToDouble(frame[lines[0][c]][r], CultureInfo.InvariantCulture);
                Assert.True(
                    double.IsNaN(reference) ? ours is null : ours is { } value && Math.Abs(value - reference) <= 1e-9 * Math.Max(1, Math.Abs(reference)),
                    $"{row[0]} {lines[0][c]}: ours {ours}, NetworkX {reference}");
            }
        }
    }

    [Fact]
    public void The_institution_frame_has_typed_columns_with_nulls_where_undefined()
    {
        var frame = Loniow.ToDataFrame();

        Assert.IsType<StringDataFrameColumn>(frame["id"]);
        Assert.IsType<DoubleDataFrameColumn>(frame["betweenness"]);
        Assert.IsType<BooleanDataFrameColumn>(frame["declared"]);
        Assert.IsType<BooleanDataFrameColumn>(frame["articulation_point"]);
        Assert.Equal(Loniow.Dataset.Institutions.Select(i => i.Id), frame["id"].Cast<string>());
        Assert.Equal(Loniow.Centrality.Column(CentralityMeasure.Betweenness).Select(v => (double?)v), frame["betweenness"].Cast<double?>());
        int isolate = Loniow.Dataset.Institutions.ToList().FindIndex(i => i.Id == "STAROSTWO_SANDOMIERZ");
        Assert.True(double.IsNaN(Loniow.Centrality.Column(CentralityMeasure.Constraint)[isolate]));
        Assert.Null(frame["constraint"][isolate]);
        Assert.Null(frame["ei_index"][isolate]);
        Assert.Equal(false, frame["active"][isolate]);
        Assert.Equal(["OPS_LONIOW"], Enumerable.Range(0, (int)frame.Rows.Count).Where(r => (bool)frame["articulation_point"][r]!).Select(r => (string)frame["id"][r]));
    }

    [Fact]
    public void A_researcher_filters_and_sorts_the_frame_without_changing_the_result()
    {
        string before = FrameWriter.ToCsv(Loniow.ToDataFrame());
        var frame = Loniow.ToDataFrame();
        var brokers = frame.Filter(frame["brokerage_total"].ElementwiseGreaterThan(0.0)).OrderByDescending("betweenness");

        Assert.Equal(["OPS_LONIOW"], brokers["id"].Cast<string>());
        frame["betweenness"][0] = 42.0;
        brokers["betweenness"][0] = 43.0;
        frame.Columns.Remove("name");
        Assert.NotEqual(42.0, Loniow.ToDataFrame()["betweenness"][0]);
        Assert.Equal(before, FrameWriter.ToCsv(Loniow.ToDataFrame()));
    }

    [Fact]
    public void Each_result_table_frame_matches_its_typed_records()
    {
        var result = Loniow;
        var gaps = result.Gaps;
        var links = gaps.Links.ToDataFrame();
        Assert.Equal(["link", "first_sector", "second_sector", "institution_pairs", "missing"], links.Columns.Select(c => c.Name));
        Assert.Equal(gaps.Links.Select(l => (int?)l.InstitutionPairs), links["institution_pairs"].Cast<int?>());
        Assert.Equal(gaps.Links.Select(l => (bool?)l.IsMissing), links["missing"].Cast<bool?>());

        var mixing = result.Mixing.ToDataFrame();
        Assert.Equal(result.Mixing.Sectors.Count + 1, mixing.Columns.Count);
        var ops = result.Mixing.Sectors.First(s => s.Code == "OPS");
        var pcpr = result.Mixing.Sectors.First(s => s.Code == "PCPR");
        Assert.Equal(result.Mixing[ops, pcpr], mixing["PCPR"][result.Mixing.Sectors.ToList().IndexOf(ops)]);

        var brokerage = result.Brokerage.ToDataFrame();
        Assert.Equal(result.Brokerage.Rows.Select(r => (double?)r.Observed.Liaison), brokerage["liaison"].Cast<double?>());
        Assert.Equal(result.Brokerage["OPS_LONIOW"].Z.Total, (double)brokerage["z_total"][2]!, 15);

        var ei = result.Mixing.InstitutionEIIndex.ToDataFrame();
        Assert.Equal(result.Mixing.InstitutionEIIndex.Select(e => double.IsNaN(e.EIIndex) ? null : (double?)e.EIIndex), ei["ei_index"].Cast<double?>());

        var removal = result.Structure.ToDataFrame();
        Assert.Equal(result.Structure.FragmentationWithout.Select(f => (double?)f.Fragmentation), removal["fragmentation_without"].Cast<double?>());

        var centrality = Loniow.Centrality.ToDataFrame();
        Assert.Equal(["id", .. Loniow.Centrality.Measures.Select(m => m.ColumnName())], centrality.Columns.Select(c => c.Name));

        var suggestions = gaps.SuggestedTies.ToDataFrame();
        Assert.Equal(gaps.SuggestedTies.Select(t => t.TargetId), suggestions["partner"].Cast<string>());
        Assert.Equal(gaps.SuggestedTies.Count, (int)suggestions.Rows.Count);
    }

    [Fact]
    public void The_milestone_comparison_frame_has_both_windows_and_the_change()
    {
        var comparison = Loniow.WindowComparison!;
        var frame = comparison.ToDataFrame();

        Assert.Equal(["measure", "first", "second", "change"], frame.Columns.Select(c => c.Name));
        Assert.Equal("activation_rate", frame["measure"][0]);
        Assert.Equal(comparison.First.Gaps.ActivationRate, (double)frame["first"][0]!, 15);
        Assert.Equal(comparison.ActivationRateChange, (double)frame["change"][0]!, 15);
        int links = frame["measure"].Cast<string>().ToList().IndexOf("missing_links");
        Assert.Equal((double)comparison.Second.Gaps.MissingLinks.Count, frame["second"][links]);
    }

    [Fact]
    public void Family_frames_are_pseudonymised_and_suppressed()
    {
        var families = Loniow.Families!;
        var frame = families.PerFamily.ToDataFrame();

        Assert.Equal(7, frame.Rows.Count);
        Assert.All(frame["family"].Cast<string>(), f => Assert.Matches("^F-[0-9a-f]{12}$", f));
        Assert.All(frame["actions"].Cast<string>(), a => Assert.Equal("<3", a));
        Assert.Equal(frame["family"].Cast<string>().Order(StringComparer.Ordinal), frame["family"].Cast<string>());
    }

    [Fact]
    public void Results_are_immutable_and_hand_out_no_stored_array_or_list()
    {
        object[] results = [Loniow, Loniow.Gaps, Loniow.Structure, Loniow.Mixing, Loniow.Brokerage, Loniow.Centrality, Loniow.WindowComparison!, Loniow.Families!];
        foreach (var result in results)
        {
            foreach (var property in result.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0))
            {
                Assert.False(property.SetMethod?.IsPublic == true, $"{result.GetType().Name}.{property.Name} has a public setter");
                object? value = property.GetValue(result);
                bool mutable = value is Array || (value?.GetType() is { IsGenericType: true } type && type.GetGenericTypeDefinition() == typeof(List<>));
                Assert.False(mutable, $"{result.GetType().Name}.{property.Name} hands out a {value?.GetType().Name}");
            }
        }

        Assert.False(Loniow.Centrality.Column(CentralityMeasure.Degree) is double[]);
        Assert.False(Loniow.Structure.Components[0] is List<string>);
    }
}
