using System.Globalization;
using System.Text.RegularExpressions;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Reporting;

/// <summary>
/// The report stays small at any size: tables beyond <see cref="ReportOptions.MaxTableRows"/> show their top rows with a
/// note linking the full CSV written beside the report, summary lists stop after <see cref="ReportOptions.MaxListItems"/>,
/// and the timeline beyond <see cref="ReportOptions.MaxTimelineActions"/> is drawn per month. Łoniów (20 institutions)
/// shows everything, without a note, under the defaults.
/// </summary>
public sealed partial class ReportTableTests : IDisposable
{
    private static readonly AnalysisResult Loniow = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new AnalysisOptions { Permutations = 10, Pseudonymizer = new("a key of sixteen characters") });

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cg-report-table-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Loniow_under_the_defaults_shows_every_row_and_item_without_a_note()
    {
        string page = HtmlReport.Render(Loniow, new ReportOptions { Plotly = PlotlyScript.Cdn });

        Assert.Equal(Loniow.Dataset.Institutions.Count, InstitutionRows(page).Count);
        Assert.Equal(20, InstitutionRows(page).Count);
        Assert.DoesNotContain("truncated", page, StringComparison.Ordinal);
        Assert.DoesNotContain("gaps.json", page, StringComparison.Ordinal);
        Assert.Contains(Loniow.Dataset.Institutions, i => i.Id == InstitutionRows(page)[0]);
        Assert.Contains("Joint actions over time, by kind", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Beyond_the_cap_the_institutions_table_shows_the_highest_betweenness_first_and_links_metrics_csv()
    {
        string page = HtmlReport.Render(Loniow, new ReportOptions { Plotly = PlotlyScript.Cdn, MaxTableRows = 5 });

        // The five highest betweenness values, ties in dataset order (a stable sort), worked out here from the result.
        var betweenness = Loniow.Centrality[CentralityMeasure.Betweenness];
        var expected = Loniow.Dataset.Institutions.Select((institution, index) => (institution.Id, Index: index))
            .OrderByDescending(i => betweenness[i.Id]).ThenBy(i => i.Index).Take(5).Select(i => i.Id).ToList();
        Assert.Equal(expected, InstitutionRows(page));
        Assert.Equal(expected.Select(id => betweenness[id]).OrderDescending(), expected.Select(id => betweenness[id]));
        Assert.Contains(
            "<p class=\"note truncated\">Showing 5 of 20 rows, highest betweenness first; the full table is in <a href=\"metrics.csv\">metrics.csv</a>.</p>",
            page, StringComparison.Ordinal);
    }

    [Fact]
    public void In_polish_the_note_reads_polish_and_counts_as_poles_write_them()
    {
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl-PL");
        try
        {
            string page = HtmlReport.Render(Loniow, new ReportOptions { Plotly = PlotlyScript.Cdn, MaxTableRows = 5, MaxListItems = 1 });
            Assert.Contains("Pokazano 5 z 20 wierszy, od najwyższego pośrednictwa; pełna tabela jest w pliku <a href=\"metrics.csv\">metrics.csv</a>.", page, StringComparison.Ordinal);
            Assert.Contains("więcej (wszystkie w gaps.json)", page, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public void Every_truncated_table_links_a_csv_beside_the_report_that_holds_all_its_rows()
    {
        ResultFolder.Save(Loniow, folder, new ReportOptions { Plotly = PlotlyScript.Cdn, MaxTableRows = 3 });
        string page = File.ReadAllText(Path.Combine(folder, "report.html"));

        var links = NoteLink().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["survey.csv", "perceived_centrality.csv", "family_pairs.csv", "metrics.csv"], links);
        Assert.Equal(Loniow.Dataset.Institutions.Count + 1, File.ReadAllLines(Path.Combine(folder, "metrics.csv")).Length);
        Assert.Equal(Loniow.Families!.SharedFamilies.Count + 1, File.ReadAllLines(Path.Combine(folder, "family_pairs.csv")).Length);

        // Family pairs: the three that shared most families first (DIETITIAN–OPS_LONIOW shared 3; the others fewer than 3,
        // in the file's order).
        Assert.Contains("Showing 3 of 10 rows, most shared families first", page, StringComparison.Ordinal);
        int families = page.IndexOf("<section id=\"families\"", StringComparison.Ordinal);
        string familyTable = page[families..page.IndexOf("</section>", families, StringComparison.Ordinal)];
        Assert.Equal(["DIETITIAN", "GOK_LONIOW", "GOK_LONIOW"], Cells(familyTable).Take(3).ToList());
    }

    [Fact]
    public void A_list_beyond_the_cap_shows_its_first_items_and_how_many_more_are_in_gaps_json()
    {
        var inactive = Loniow.Gaps.DeclaredInactive;
        Assert.True(inactive.Count > 1, "Łoniów has declared but inactive institutions");
        string page = HtmlReport.Render(Loniow, new ReportOptions { Plotly = PlotlyScript.Cdn, MaxListItems = 1 });

        Assert.Contains($"<span class=\"value\">{inactive[0]} … and {inactive.Count - 1} more (all in gaps.json)</span>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Beyond_the_timeline_cap_the_report_draws_actions_per_month()
    {
        int actions = Loniow.Dataset.JointActions.Count;
        string page = HtmlReport.Render(Loniow, new ReportOptions { Plotly = PlotlyScript.Cdn, MaxTimelineActions = 10 });

        Assert.DoesNotContain("Joint actions over time, by kind", page, StringComparison.Ordinal);
        Assert.Contains($"the timeline of each action is drawn up to 10 actions; there are {actions}", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Actions_per_month_counts_each_action_once_in_the_month_of_its_first_day()
    {
        var figure = Charts.ActionsPerMonth(Loniow);
        var bars = figure.Traces.Cast<BarTrace>().ToList();

        Assert.Equal(Loniow.Dataset.JointActions.Count, bars.Sum(b => b.Y!.Sum(y => (int)y!)));
        var byMonth = Loniow.Dataset.JointActions.GroupBy(a => new DateOnly(a.Date.Year, a.Date.Month, 1)).ToDictionary(g => g.Key, g => g.Count());
        foreach (var (month, count) in byMonth)
        {
            Assert.Equal(count, bars.Sum(b => (int)b.Y![b.X!.ToList().IndexOf(month)]!));
        }

        Assert.Equal(byMonth.Keys.Order().Cast<object?>(), bars[0].X!);
    }

    [Fact]
    public void With_the_map_left_out_the_page_does_not_grow_with_the_network()
    {
        var options = new ReportOptions { Plotly = PlotlyScript.Cdn, MaxMapInstitutions = 0, MaxTableRows = 20, MaxListItems = 10, MaxTimelineActions = 50 };
        long Size(int gminas)
        {
            var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = gminas });
            var result = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
            return System.Text.Encoding.UTF8.GetByteCount(HtmlReport.Render(result, options));
        }

        long small = Size(10), large = Size(60);
        Assert.InRange(large, small * 0.8, small * 1.25);
        Assert.InRange(large, 1, 120_000);
    }

    private static List<string> InstitutionRows(string page)
    {
        int start = page.IndexOf("<section id=\"institutions\"", StringComparison.Ordinal);
        return [.. Cells(page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)])];
    }

    /// <summary>The first cell of each body row.</summary>
    private static IEnumerable<string> Cells(string table) => FirstCell().Matches(table).Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));

    [GeneratedRegex("<tr><td>([^<]*)</td>")]
    private static partial Regex FirstCell();

    [GeneratedRegex("<p class=\"note truncated\">[^<]*<a href=\"([^\"]+)\">")]
    private static partial Regex NoteLink();
}
