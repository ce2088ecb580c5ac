using CooperationGraph.Analysis;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph.Reporting;

/// <summary>The <c>gaps</c> sheet of the results workbook: one headline number or list per row (<c>measure, value</c>).</summary>
internal static class SummarySheet
{
    public static TableData For(AnalysisResult result) =>
        new(Words.Get("Sheet_gaps"), [Words.Column("measure"), Words.Column("value")],
        [
            .. GapSummary.Of(result).Cells(
                "model", "window", "activation_rate", "missing_sectors", "missing_links", "declared_inactive", "active_undeclared", "single_points",
                "density", "fragmentation", "components", "articulation_points", "ei_index", "degree_centralization", "betweenness_centralization",
                "qap_declared_r", "qap_declared_p", "qap_model_r", "qap_model_p"),
        ]);
}
