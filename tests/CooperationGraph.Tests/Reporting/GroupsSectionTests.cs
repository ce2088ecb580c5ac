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
