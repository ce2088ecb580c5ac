using System.Text;
using CooperationGraph.Tables;
using CooperationGraph.Text;

namespace CooperationGraph.Analysis;

/// <summary>The headline gaps and structure of an analysis as an HTML fragment: what an analysis shows in a notebook.</summary>
internal static class AnalysisSummary
{
    public static string Html(AnalysisResult result)
    {
        var html = new StringBuilder("<div class=\"cg-summary\"><style>").Append(GapSummary.Style).Append(FrameHtml.TableStyle).Append("</style>");
        html.Append(GapSummary.Of(result).Html(
            notes: false, "window", "activation_rate", "missing_sectors", "missing_links", "declared_inactive", "active_undeclared", "density", "fragmentation", "articulation_points", "ei_index"));
        html.Append(FrameHtml.ToHtml(FrameWords.InColumns(result.Gaps.Links.ToDataFrame()), Words.Get("RequiredLinksCaption")));
        return html.Append("</div>").ToString();
    }
}
