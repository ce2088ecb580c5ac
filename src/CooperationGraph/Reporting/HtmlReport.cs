using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Analysis;
using CooperationGraph.Display;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using CooperationGraph.Plotting;

namespace CooperationGraph.Reporting;

/// <summary>
/// The analysis as one self-contained HTML page: gap summary, charts (network map, gap heatmap, centrality, timeline,
/// sector mixing, and the milestone comparison when there is one), and sortable tables (click a header). It works
/// offline: plotly.js is inlined unless <see cref="ReportOptions.Plotly"/> asks for the CDN. Every text from the input
/// is escaped: it shows as text and never becomes markup or script.
/// </summary>
public static class HtmlReport
{
    /// <summary>The page for an analysis result.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="options">Where plotly.js comes from, how large a network is still drawn; defaults in <see cref="ReportOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the network map's layout, the slow part of the page.</param>
    public static string Render(AnalysisResult result, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        options ??= new ReportOptions();
        var gaps = result.Gaps;
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E($"Cooperation analysis: {gaps.Model.Name}")).Append("</title>\n<style>").Append(Style).Append(SummaryStyle).Append(FrameHtml.TableStyle).Append("</style>\n")
            .Append(PlotlyJs.ScriptElement(options.Plotly)).Append("\n</head>\n<body>\n");
        html.Append("<h1>Cooperation analysis</h1>\n<p class=\"lead\">").Append(E(result.Dataset.ToString())).Append(". Model: <b>")
            .Append(E(gaps.Model.Name)).Append("</b>. Window: ").Append(E(gaps.Options.Window.Describe(System.Globalization.CultureInfo.InvariantCulture))).Append(".</p>\n");
        html.Append("<nav>").Append(string.Join(" · ", Sections(result).Select(s => $"<a href=\"#{s.Id}\">{E(s.Title)}</a>"))).Append("</nav>\n");
        AppendSummary(html, result);
        EvaluationSection.AppendMrqap(html, result);
        AppendCharts(html, result, options, cancellationToken);
        EvaluationSection.AppendOverTime(html, result);
        AppendTables(html, result);
        html.Append("<script>").Append(TableSorting.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static IEnumerable<(string Id, string Title)> Sections(AnalysisResult result)
    {
        yield return ("gaps", "Gaps");
        yield return ("structure", "Structure");
        yield return ("mrqap", "MRQAP");
        yield return ("charts", "Charts");
        if (result.OverTime is not null || result.Gaps.Durability is not null)
        {
            yield return ("over-time", "Over time");
        }

        if (result.Families is not null)
        {
            yield return ("families", "Families");
        }

        yield return ("institutions", "Institutions");
    }

    private static void AppendSummary(StringBuilder html, AnalysisResult result)
    {
        var gaps = result.Gaps;
        html.Append("<section id=\"gaps\"><h2>Gaps against the model</h2>\n<dl class=\"summary\">");
        Item(html, "Activation rate", Number(gaps.ActivationRate), "share of declared institutions that took part in at least one joint action");
        Item(html, "Missing sectors", List(gaps.MissingSectors.Select(s => $"{s.Code} ({s.NameEn})")), "required sectors with no active institution");
        Item(html, "Missing links", List(gaps.MissingLinks.Select(l => l.ToString())), "required sector pairs with no enacted tie");
        Item(html, "Declared but inactive", List(gaps.DeclaredInactive), "signed, then took part in nothing");
        Item(html, "Active but undeclared", List(gaps.ActiveUndeclared), "took part without having signed");
        Item(html, "Single points of failure", List(gaps.SinglePointSectors.Select(s => s.Sector.Code)), "sectors with exactly one active institution");
        html.Append("</dl>\n");
        var links = gaps.Links.ToDataFrame();
        links.Columns.Remove("first_sector");
        links.Columns.Remove("second_sector");
        links.Columns.RenameColumn("institution_pairs", "institution pairs");
        var robustness = gaps.LinkRobustness.ToDataFrame();
        links.Columns.Add(robustness.Columns["institutions"]);
        links.Columns.Add(robustness.Columns["ties"]);
        links.Columns.RenameColumn("institutions", "institutions to break it");
        links.Columns.RenameColumn("ties", "ties to break it");
        html.Append(FrameHtml.ToHtml(links, "Required links")).Append('\n');
        html.Append("<p class=\"note\">To break it: the least number of institutions (of the two sectors included), or of ties, whose loss would leave no enacted path between the two sectors' active institutions (Menger); 1 means a single loss breaks the link, 0 that it is missing.</p>\n");
        if (gaps.SuggestedTies.Count > 0)
        {
            var suggestions = gaps.SuggestedTies.ToDataFrame();
            suggestions.Columns.RenameColumn("institution", "first sector's institution");
            suggestions.Columns.RenameColumn("partner", "second sector's institution");
            suggestions.Columns.RenameColumn("adamic_adar", "Adamic–Adar");
            suggestions.Columns.RenameColumn("common_partners", "common partners");
            html.Append(FrameHtml.ToHtml(suggestions, "Suggested ties for missing links (Adamic–Adar)")).Append('\n');
        }

        html.Append("</section>\n<section id=\"structure\"><h2>Structure of the enacted network</h2>\n<dl class=\"summary\">");
        var structure = gaps.Structure;
        Item(html, "Density", Number(structure.Density), "ties among all pairs of institutions");
        Item(html, "Components", structure.Components.Count.ToString(CultureInfo.InvariantCulture), "sizes " + string.Join(", ", structure.Components.Select(c => c.Count)));
        Item(html, "Fragmentation", Number(structure.Fragmentation), "share of pairs that cannot reach each other (Borgatti)");
        Item(html, "Cut points", List(structure.ArticulationPoints), "institutions whose removal splits the network");
        var centralization = result.Centrality.Centralization;
        Item(html, "Degree centralization", Number(centralization.Degree), "1 for a star around one institution, 0 when all are equal (Freeman)");
        Item(html, "Betweenness centralization", Number(centralization.Betweenness), "how much brokerage one institution monopolises");
        Item(html, "E-I index", Number(gaps.Mixing.EIIndex), "−1 all ties inside sectors, +1 all across (Krackhardt–Stern)");
        Item(html, "Declared vs enacted (QAP r)", Qap(gaps.DeclaredVersusEnacted), "do the signatories work together?");
        Item(html, "Model vs observed sector links (QAP r)", Qap(gaps.ModelVersusObserved), "do the sector ties follow the model?");
        html.Append("</dl>\n</section>\n");
    }

    private static void AppendCharts(StringBuilder html, AnalysisResult result, ReportOptions options, CancellationToken cancellationToken)
    {
        html.Append("<section id=\"charts\"><h2>Charts</h2>\n");
        int figure = 0;
        void Chart(string note, Figure chart) =>
            html.Append("<figure>").Append(chart.ToDiv($"cg-figure-{++figure}")).Append("<figcaption>").Append(E(note)).Append("</figcaption></figure>\n");

        int institutions = result.Dataset.Institutions.Count;
        if (institutions <= options.MaxMapInstitutions)
        {
            Chart("Institutions coloured by sector and sized by betweenness; line width grows with the number of shared actions; dashed: signed together, never acted together. Drag to zoom, double-click to reset, click a sector in the legend to hide it.",
                Charts.NetworkMap(result, new NetworkMapOptions { Layout = options.Layout }, cancellationToken));
        }
        else
        {
            html.Append("<p class=\"note\">").Append(E($"The network map is left out: {institutions} institutions are more than {options.MaxMapInstitutions} (ReportOptions.MaxMapInstitutions, --map-limit); export to GEXF for Gephi instead.")).Append("</p>\n");
        }

        Chart("Each required sector link: how many institution pairs realise it in the enacted network; red cells are missing links.", Charts.GapHeatmap(result.Gaps));
        Chart("The institutions with the highest betweenness: those on the most shortest paths between others.", Charts.CentralityBar(result));
        Chart("Joint actions over time, by kind; marker size grows with the number of participants; diamonds are signed declarations.", Charts.Timeline(result));
        Chart("Enacted ties between and within sectors.", Charts.MixingHeatmap(result.Gaps.Mixing));
        if (result.Comparison is not null)
        {
            Chart("The gap indicators of the two windows side by side.", Charts.MilestoneComparison(result.Comparison));
        }

        html.Append("</section>\n");
    }

    private static void AppendTables(StringBuilder html, AnalysisResult result)
    {
        if (result.Families is { } families)
        {
            int count = families.Families.Count, threshold = families.SuppressionThreshold;
            html.Append("<section id=\"families\"><h2>Families</h2>\n<p>").Append(E($"{(count < threshold ? "Fewer than " + threshold.ToString(CultureInfo.InvariantCulture) : count.ToString(CultureInfo.InvariantCulture))} families; pseudonyms {(families.RandomPseudonyms ? "keyed at random for this run" : "keyed by the given key")}; counts below {threshold} shown as <{threshold}.")).Append("</p>\n")
                .Append(FrameHtml.ToHtml(families.SharedFamilies.ToDataFrame(), "Institution pairs serving the same families")).Append("\n</section>\n");
        }

        html.Append("<section id=\"institutions\"><h2>Institutions</h2>\n<p>Click a column header to sort.</p>\n")
            .Append(FrameHtml.ToHtml(result.ToDataFrame(), "Institutions")).Append("\n</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static void Item(StringBuilder html, string term, string value, string note) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd><span class=\"value\">").Append(E(value)).Append("</span> <span class=\"note\">").Append(E(note)).Append("</span></dd>");

    private static string Number(double value) => Display.ReadableNumber.Short(value);

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }

    private static string Qap(QapResult qap) => double.IsNaN(qap.Correlation)
        ? "undefined"
        : $"{Number(qap.Correlation)} (p≥ {Number(qap.PGreaterOrEqual)}, {qap.Permutations} permutations)";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1f24}
        h1{margin-bottom:.2rem} .lead{color:#444} .note{color:#666;font-size:.9em} nav{margin:1rem 0} figure{margin:1.5rem 0} figcaption{color:#555;font-size:.9em}
        .cg-table th{cursor:pointer}
        """;

    /// <summary>The summary's own rules, scoped to its lists, so that a notebook's page keeps its look.</summary>
    private const string SummaryStyle =
        "dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem} dl.summary dt{font-weight:600} dl.summary .note{color:#666;font-size:.9em}";
}
