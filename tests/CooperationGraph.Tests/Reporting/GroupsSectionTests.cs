using System.Globalization;
using System.Text;
using System.Text.Json;
using CooperationGraph.Reporting;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Reporting;

/// <summary>The core–periphery key of gaps.json and the report's sentence on the model's centre, on the Łoniów sample.</summary>
public class GroupsSectionTests
{
    private static readonly CooperationDataset Loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));

    private static string Sentence(params string[] centre)
    {
        var catalog = SectorCatalog.Default;
        var model = new CooperationModel("m", [catalog["OPS"]], [], centre.Select(code => catalog[code]));
        var result = CooperationAnalysis.Run(Loniow, new AnalysisOptions { Model = model, Permutations = 10 });
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var html = new StringBuilder();
            GroupsSection.AppendCorePeriphery(html, result, 20);
            return System.Net.WebUtility.HtmlDecode(html.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string SectionText(Action<StringBuilder, AnalysisResult> append)
    {
        var result = CooperationAnalysis.Run(Loniow, new AnalysisOptions { Permutations = 10 });
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
        try
        {
            var html = new StringBuilder();
            append(html, result);
            return System.Net.WebUtility.HtmlDecode(html.ToString());
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Gaps_json_holds_the_core_and_the_exhaustive_optimum_correlation()
    {
        var result = CooperationAnalysis.Run(Loniow, new AnalysisOptions { Permutations = 10 });
        using var json = JsonDocument.Parse(ResultJson.ToJson(result));
        var key = json.RootElement.GetProperty("corePeriphery");

        Assert.Equal(
            ["PCPR_SANDOMIERZ", "PUP_SANDOMIERZ", "OPS_LONIOW", "GOK_LONIOW", "PSP_LONIOW", "SAS_SWINIARY", "SDS_KRZCIN", "UG_LONIOW", "ZI_LONIOW"],
            key.GetProperty("core").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(0.9080808080808075, key.GetProperty("correlation").GetDouble(), 1e-12); // Fixtures/CorePeriphery/optimum.csv
    }

    [Fact]
    public void The_report_names_the_core_and_the_centre_institutions_inside_and_outside_it()
    {
        string text = Sentence();

        Assert.Contains("9 of 20 institutions form the core, with a correlation of 0.908", text, StringComparison.Ordinal);
        Assert.Contains("5 communities with modularity 0.084 at resolution 1; a share 0.6 of them hold institutions of at least 3 sectors.", SectionText(GroupsSection.AppendCommunities), StringComparison.Ordinal);
        Assert.Contains("centre (OPS), these are in the core: Ośrodek Pomocy Społecznej w Łoniowie; these are not: Gminny Ośrodek Pomocy Społecznej w Narewce.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_says_when_every_centre_institution_is_in_the_core()
    {
        Assert.Contains("Every institution of the sectors the model puts at the centre (PCPR, PUP) is in the core: Powiatowe Centrum Pomocy Rodzinie w Sandomierzu, Powiatowy Urząd Pracy w Sandomierzu.", Sentence("PCPR", "PUP"), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_says_when_no_centre_institution_is_in_the_core_or_the_dataset_has_none()
    {
        Assert.Contains("No institution of the sectors the model puts at the centre (POLICE) is in the core: ", Sentence("POLICE"), StringComparison.Ordinal);
        Assert.Contains("The dataset has no institution of the sectors the model puts at the centre (COURT).", Sentence("COURT"), StringComparison.Ordinal);
    }
}

public class CommunityTableTests
{
    // Two triangles a–b–c and d–e–f joined by c–d (every institution of sector UNKNOWN): communities {a, b, c} and {d, e, f}.
    private static CommunityPartition TwoTriangles()
    {
        var network = CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 1.0), ("a", "c", 1.0), ("c", "d", 1.0), ("d", "e", 1.0), ("e", "f", 1.0), ("d", "f", 1.0)]);
        return CommunityDetection.Leiden(network);
    }

    [Fact]
    public void The_sector_frame_counts_each_sector_in_each_community_of_the_loniow_sample()
    {
        var result = CooperationAnalysis.Run(DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")), new AnalysisOptions { Permutations = 10 });
        var frame = result.Communities.ToSectorFrame();

        Assert.Equal(["sector", "1", "2", "3", "4", "5"], frame.Columns.Select(c => c.Name));
        Assert.Equal(result.Dataset.Institutions.Select(i => i.Sector.Code).Distinct().Order(StringComparer.Ordinal), frame["sector"].Cast<string>().Order(StringComparer.Ordinal));
        foreach (var group in result.Communities.Groups)
        {
            Assert.Equal(group.Size, frame[group.Community.ToString(CultureInfo.InvariantCulture)].Cast<int?>().Sum());
        }

        Assert.Equal(9, result.Communities.Groups[0].Size);
        Assert.Equal([1, 0, 1, 0, 0], frame.Rows.Single(r => (string)r[0] == "OPS").Skip(1).Cast<int?>());
    }

    [Fact]
    public void Communities_beyond_the_limit_are_summed_in_one_column()
    {
        var partition = TwoTriangles();
        Assert.Equal(2, partition.Count);
        var full = GroupsSection.SectorTable(partition, 2);
        var capped = GroupsSection.SectorTable(partition, 1);

        Assert.Equal(["sector", "1", "2"], full.Columns.Select(c => c.Name));
        Assert.Equal(3, capped.Columns.Count);
        Assert.Equal(["sector", "1"], capped.Columns.Take(2).Select(c => c.Name));
        Assert.Equal(full["2"].Cast<int?>(), capped.Columns[2].Cast<int?>());
    }
}
