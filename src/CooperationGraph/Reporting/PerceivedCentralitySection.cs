using System.Net;
using System.Text;
using CooperationGraph.Tables;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Reporting;

/// <summary>
/// The part of the report's "Perceived cooperation" section that sets centrality of the perceived network under the
/// weak and the strong rule side by side (issue 23): what each rule keeps, the network figures of both, a sentence with
/// Spearman's ρ and the change in centralization, and the institutions' degree and betweenness under both rules,
/// highest weak betweenness first, capped at <see cref="ReportOptions.MaxTableRows"/> (all rows in
/// <c>perceived_centrality.csv</c>).
/// </summary>
internal static class PerceivedCentralitySection
{
    /// <summary>The CSV beside the report that holds every row of the table.</summary>
    public const string CsvFile = "perceived_centrality.csv";

    public static void Append(StringBuilder html, AnalysisResult result, ReportOptions options)
    {
        if (result.PerceivedCentrality is not { } centrality)
        {
            return;
        }

        int nonRespondents = centrality.WeakInstitutions - centrality.StrongInstitutions;
        html.Append("<h3 id=\"survey-centrality\">").Append(E(Words.Get("PerceivedCentralityHeading"))).Append("</h3>\n<p>")
            .Append(E(Words.Get("PerceivedCentralityLead", centrality.WeakInstitutions, nonRespondents, centrality.WeakTies, centrality.StrongInstitutions, centrality.StrongTies)))
            .Append("</p>\n");
        html.Append(FrameHtml.ToHtml(Figures(centrality), Words.Get("PerceivedCentralityFiguresCaption"))).Append('\n');
        var degree = centrality.SensitivityOf(CentralityMeasure.Degree);
        var betweenness = centrality.SensitivityOf(CentralityMeasure.Betweenness);
        html.Append("<p>").Append(E(Words.Get("PerceivedCentralityReading", centrality.StrongInstitutions, N(degree.RankCorrelation), N(betweenness.RankCorrelation),
            N(degree.WeakCentralization), N(degree.StrongCentralization), N(betweenness.WeakCentralization), N(betweenness.StrongCentralization))));
        if (double.IsNaN(degree.RankCorrelation) || double.IsNaN(betweenness.RankCorrelation))
        {
            html.Append(' ').Append(E(Words.Get("PerceivedCentralityUndefined")));
        }

        html.Append("</p>\n");
        ReportTable.Append(html, Table(centrality), Words.Get("PerceivedCentralityTableCaption"), options.MaxTableRows, null, "OrderWeakBetweenness", CsvFile);
        html.Append("<p class=\"note\">").Append(E(Words.Get("PerceivedCentralityNote"))).Append("</p>\n");
    }

    /// <summary>The figures of both networks: what, under the weak rule, under the strong rule, and the change.</summary>
    private static DataFrame Figures(PerceivedCentrality centrality)
    {
        var degree = centrality.SensitivityOf(CentralityMeasure.Degree);
        var betweenness = centrality.SensitivityOf(CentralityMeasure.Betweenness);
        string Count(int count) => count.ToString("#,0", Words.Numbers);
        string Change(double value) => double.IsNaN(value) ? "–" : value > 0 ? "+" + Words.Number(value) : Words.Number(value);
        (string Key, string Weak, string Strong, string Change)[] rows =
        [
            ("PerceivedCentralityFigureInstitutions", Count(centrality.WeakInstitutions), Count(centrality.StrongInstitutions), Change(centrality.StrongInstitutions - centrality.WeakInstitutions)),
            ("PerceivedCentralityFigureTies", Count(centrality.WeakTies), Count(centrality.StrongTies), Change(centrality.StrongTies - centrality.WeakTies)),
            ("PerceivedCentralityFigureDensity", N(centrality.WeakDensity), N(centrality.StrongDensity), Change(centrality.StrongDensity - centrality.WeakDensity)),
            ("PerceivedCentralityFigureDegree", N(degree.WeakCentralization), N(degree.StrongCentralization), Change(degree.CentralizationChange)),
            ("PerceivedCentralityFigureBetweenness", N(betweenness.WeakCentralization), N(betweenness.StrongCentralization), Change(betweenness.CentralizationChange)),
        ];
        return new DataFrame(
            new StringDataFrameColumn(Words.Get("SurveyFigureHead"), rows.Select(r => Words.Get(r.Key))),
            new StringDataFrameColumn(Words.Get("PerceivedCentralityWeakHead"), rows.Select(r => r.Weak)),
            new StringDataFrameColumn(Words.Get("PerceivedCentralityStrongHead"), rows.Select(r => r.Strong)),
            new StringDataFrameColumn(Words.Get("PerceivedCentralityChangeHead"), rows.Select(r => r.Change)));
    }

    /// <summary>The institutions' table: name, degree and betweenness under each rule, rank change; highest weak betweenness first.</summary>
    private static DataFrame Table(PerceivedCentrality centrality)
    {
        var rows = centrality.Rows
            .Select((r, k) => (Row: r, At: k))
            .OrderByDescending(r => r.Row.WeakBetweenness)
            .ThenBy(r => r.At)
            .Select(r => r.Row)
            .ToList();
        return new DataFrame(
            FrameColumns.Text("name", rows.Select(r => r.Institution.Name)),
            FrameColumns.Count("degree_weak", rows.Select(r => r.WeakDegree)),
            FrameColumns.Count("degree_strong", rows.Select(r => r.StrongDegree)),
            FrameColumns.Number("betweenness_weak", rows.Select(r => r.WeakBetweenness)),
            FrameColumns.Number("betweenness_strong", rows.Select(r => r.StrongBetweenness)),
            FrameColumns.Count("rank_change", rows.Select(r => r.RankChange)));
    }

    private static string N(double value) => double.IsNaN(value) ? "–" : Words.Number(value);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
