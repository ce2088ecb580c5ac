using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Analysis;
using CooperationGraph.Reporting;
using CooperationGraph.Tables;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// The analysis as one self-contained HTML page: gap summary, charts (network map, gap heatmap, centrality, timeline,
/// sector mixing, and the milestone comparison when there is one), and sortable tables (click a header). It works
/// offline: plotly.js is inlined unless <see cref="ReportOptions.Plotly"/> asks for the CDN. Every text from the input
/// is escaped: it shows as text and never becomes markup or script. Its size does not grow with the network beyond the
/// caps of <see cref="ReportOptions"/>: long tables show their top rows and link the full CSV beside the report, long
/// lists say how many more <c>gaps.json</c> holds, a long timeline is drawn per month, a large map is left out.
/// </summary>
public static class HtmlReport
{
    /// <summary>The page for an analysis result.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="options">Where plotly.js comes from, how large a network is still drawn; defaults in <see cref="ReportOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the network map's layout, the slow part of the page.</param>
    public static string Render(AnalysisResult result, ReportOptions? options = null, CancellationToken cancellationToken = default) =>
        Build(result, options, cancellationToken).ToString();

    /// <summary>The page as <see cref="Render"/> writes it, unjoined: <see cref="ResultFolder"/> writes its chunks to the
    /// file without a second copy of the whole page in memory.</summary>
    internal static StringBuilder Build(AnalysisResult result, ReportOptions? options, CancellationToken cancellationToken)
    {
        options ??= new ReportOptions();
        return Page(result, Body(result, options, cancellationToken), options, assetsBeside: false);
    }

    /// <summary>Everything inside <c>body</c> but the table script: the same whatever carries plotly.js and the styles,
    /// so <see cref="ResultFolder"/> measures it before it decides whether they go inline or beside the page.</summary>
    internal static StringBuilder Body(AnalysisResult result, ReportOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        var gaps = result.Gaps;
        var html = new StringBuilder();
        html.Append("<h1>").Append(E(Words.Get("ReportHeading"))).Append("</h1>\n<p class=\"lead\">")
            .Append(E(Words.Get("ReportLead", DatasetLine(result.Dataset), "\u0001", result.Options.Window.Describe(Words.Numbers))).Replace("\u0001", "<b>" + E(gaps.Model.Name) + "</b>", StringComparison.Ordinal))
            .Append("</p>\n");
        html.Append("<nav>").Append(string.Join(" · ", Sections(result).Select(id => $"<a href=\"#{id}\">{E(Words.Get("Nav_" + id))}</a>"))).Append("</nav>\n");
        AppendSummary(html, result, options);
        EvaluationSection.AppendMrqap(html, result);
        AppendCharts(html, result, options, cancellationToken);
        EvaluationSection.AppendOverTime(html, result, options);
        SurveySection.Append(html, result, options);
        AppendTables(html, result, options);
        return html;
    }

    /// <summary>The whole page around <paramref name="body"/>: head, style and plotly.js as <paramref name="options"/>
    /// says, and with <paramref name="assetsBeside"/> a note that the files beside the page belong to it.</summary>
    internal static StringBuilder Page(AnalysisResult result, StringBuilder body, ReportOptions options, bool assetsBeside)
    {
        var html = new StringBuilder();
        using (var writer = new StringWriter(html, CultureInfo.InvariantCulture))
        {
            WritePage(writer, result, body, options, assetsBeside);
        }

        return html;
    }

    /// <summary>Writes <see cref="Page"/>'s text into <paramref name="html"/>, piece by piece.</summary>
    internal static void WritePage(TextWriter html, AnalysisResult result, StringBuilder body, ReportOptions options, bool assetsBeside)
    {
        html.Write("<!DOCTYPE html>\n<html lang=\"");
        html.Write(Words.Get("HtmlLanguage"));
        html.Write("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        html.Write(E(Words.Get("ReportTitle", result.Gaps.Model.Name)));
        html.Write("</title>\n");
        ReportAssets.WriteHead(html, options);
        html.Write("</head>\n<body>\n");
        if (assetsBeside)
        {
            html.Write("<p class=\"note\">");
            html.Write(E(Words.Get("ReportAssetsBeside", ReportAssets.PlotlyFile, ReportAssets.StyleFile, ReportAssets.ScriptFile)));
            html.Write("</p>\n");
        }

        foreach (var chunk in body.GetChunks())
        {
            html.Write(chunk.Span);
        }

        html.Write(ReportAssets.SortingScript(options));
        html.Write("</body>\n</html>\n");
    }

    /// <summary>What the dataset holds, in the reader's words: <c>40 institutions, 2 declarations, 134 joint actions</c>
    /// (and the direct ties of <c>ties.csv</c> when there are any).</summary>
    internal static string DatasetLine(CooperationDataset dataset)
    {
        string line = Words.Get("DatasetCounts", dataset.Institutions.Count, dataset.Declarations.Count, dataset.JointActions.Count);
        return dataset.Ties.Count > 0 ? line + ", " + Words.Get("DatasetTies", dataset.Ties.Count) : line;
    }

    private static IEnumerable<string> Sections(AnalysisResult result)
    {
        yield return "gaps";
        yield return "structure";
        yield return "mrqap";
        yield return "charts";
        if (result.OverTime is not null || result.Durability is not null)
        {
            yield return "over-time";
        }

        if (result.PerceivedCooperation is not null || result.Dataset.Survey.IsDated)
        {
            yield return "survey";
        }

        if (result.Families is not null)
        {
            yield return "families";
        }

        yield return "institutions";
    }

    private static void AppendSummary(StringBuilder html, AnalysisResult result, ReportOptions options)
    {
        var gaps = result.Gaps;
        var summary = GapSummary.Of(result, options.MaxListItems);
        html.Append("<section id=\"gaps\"><h2>").Append(E(Words.Get("GapsHeading"))).Append("</h2>\n")
            .Append(summary.Html(notes: true, "activation_rate", "missing_sectors_labelled", "missing_links", "declared_inactive", "active_undeclared", "single_points")).Append('\n');
        StatisticsSection.AppendIntervalsNote(html, result);
        var links = LinksTable.For(gaps, Words.Get("Head_institution_pairs"));
        var robustness = gaps.LinkRobustness.ToDataFrame();
        links.Columns.Add(robustness.Columns["institutions"]);
        links.Columns.Add(robustness.Columns["ties"]);
        links.Columns.RenameColumn("institutions", Words.Get("Head_break_institutions"));
        links.Columns.RenameColumn("ties", Words.Get("Head_break_ties"));
        html.Append(FrameHtml.ToHtml(FrameWords.InColumns(links), Words.Get("RequiredLinksCaption"))).Append('\n');
        html.Append("<p class=\"note\">").Append(E(Words.Get("BreakNote"))).Append("</p>\n");
        if (gaps.SuggestedTies.Count > 0)
        {
            var suggestions = gaps.SuggestedTies.ToDataFrame();
            suggestions.Columns.RenameColumn("institution", Words.Get("Head_first_institution"));
            suggestions.Columns.RenameColumn("partner", Words.Get("Head_second_institution"));
            suggestions.Columns.RenameColumn("adamic_adar", Words.Get("Head_adamic_adar"));
            suggestions.Columns.RenameColumn("common_partners", Words.Get("Head_common_partners"));
            html.Append(FrameHtml.ToHtml(FrameWords.InColumns(suggestions), Words.Get("SuggestionsCaption"))).Append('\n');
        }

        html.Append("</section>\n<section id=\"structure\"><h2>").Append(E(Words.Get("StructureHeading"))).Append("</h2>\n")
            .Append(summary.Html(
                notes: true, "density", "components", "fragmentation", "articulation_points", "degree_centralization", "betweenness_centralization", "ei_index", "qap_declared", "qap_model"))
            .Append('\n');
        StatisticsSection.AppendTests(html, result);
        GroupsSection.AppendCommunities(html, result);
        GroupsSection.AppendCorePeriphery(html, result, options.MaxListItems);
        html.Append("</section>\n");
    }

    private static void AppendCharts(StringBuilder html, AnalysisResult result, ReportOptions options, CancellationToken cancellationToken)
    {
        html.Append("<section id=\"charts\"><h2>").Append(E(Words.Get("ChartsHeading"))).Append("</h2>\n");
        int figure = 0;
        void Chart(string caption, Figure chart) =>
            html.Append("<figure>").Append(chart.ToDiv($"cg-figure-{++figure}")).Append("<figcaption>").Append(E(Words.Get(caption))).Append("</figcaption></figure>\n");

        int institutions = result.Dataset.Institutions.Count;
        if (institutions <= options.MaxMapInstitutions)
        {
            Chart(options.MapByCommunity ? "MapCaptionCommunity" : "MapCaption", Charts.NetworkMap(result, new NetworkMapOptions { Layout = options.Layout, Communities = options.MapByCommunity ? result.Communities : null }, cancellationToken));
        }
        else
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("MapLeftOut", institutions, options.MaxMapInstitutions))).Append("</p>\n");
        }

        Chart("GapHeatmapCaption", Charts.GapHeatmap(result.Gaps));
        Chart("CentralityCaption", Charts.CentralityBar(result));
        int actions = result.Dataset.JointActions.Count(result.Options.Window.Includes);
        if (actions <= options.MaxTimelineActions)
        {
            Chart("TimelineCaption", Charts.Timeline(result));
        }
        else
        {
            html.Append("<figure>").Append(Charts.ActionsPerMonth(result).ToDiv($"cg-figure-{++figure}")).Append("<figcaption>")
                .Append(E(Words.Get("ActionsPerMonthCaption", options.MaxTimelineActions, actions))).Append("</figcaption></figure>\n");
        }

        Chart("MixingCaption", Charts.MixingHeatmap(result.Mixing));
        if (result.WindowComparison is not null)
        {
            Chart("MilestoneCaption", Charts.WindowComparison(result.WindowComparison));
            ComparisonTestsSection.Append(html, result.WindowComparison);
        }

        html.Append("</section>\n");
    }

    private static void AppendTables(StringBuilder html, AnalysisResult result, ReportOptions options)
    {
        if (result.Families is { } families)
        {
            int count = families.PerFamily.Count, threshold = families.SuppressionThreshold;
            string counted = count < threshold ? Words.Get("FamiliesFewer", threshold) : Words.Get("FamiliesCount", count);
            html.Append("<section id=\"families\"><h2>").Append(E(Words.Get("FamiliesHeading"))).Append("</h2>\n<p>")
                .Append(E(Words.Get("FamiliesLine", counted, Words.Get(families.RandomPseudonyms ? "PseudonymsRandom" : "PseudonymsKeyed"), threshold))).Append("</p>\n");
            ReportTable.Append(html, families.SharedFamilies.ToDataFrame(), Words.Get("SharedFamiliesCaption"), options.MaxTableRows,
                ReportTable.DescendingCount("families"), "OrderFamilies", "family_pairs.csv");
            html.Append("</section>\n");
        }

        html.Append("<section id=\"institutions\"><h2>").Append(E(Words.Get("InstitutionsHeading"))).Append("</h2>\n<p>").Append(E(Words.Get("SortHint"))).Append("</p>\n");
        ReportTable.Append(html, result.ToDataFrame(), Words.Get("InstitutionsHeading"), options.MaxTableRows,
            ReportTable.Descending(CentralityMeasure.Betweenness.ColumnName()), "OrderBetweenness", "metrics.csv");
        html.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    /// <summary>The report's own part of the style sheet (<see cref="ReportAssets.Style"/> adds the shared parts).</summary>
    internal const string PageStyle = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:75rem;padding:0 1rem;color:#1b1f24}
        h1{margin-bottom:.2rem} .lead{color:#444} .note{color:#666;font-size:.9em} nav{margin:1rem 0} figure{margin:1.5rem 0} figcaption{color:#555;font-size:.9em}
        .cg-table th{cursor:pointer}
        """;
}
