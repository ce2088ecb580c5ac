using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph.Reporting;

/// <summary>The <c>gaps</c> sheet of the results workbook: one headline number or list per row (<c>measure, value</c>).</summary>
internal static class SummarySheet
{
    public static TableData For(AnalysisResult result)
    {
        var gaps = result.Gaps;
        List<object?[]> rows =
        [
            ["model", gaps.Model.Name],
            ["window", result.Options.Window.Describe(Words.Numbers)],
            ["activation_rate", gaps.ActivationRate],
            ["missing_sectors", string.Join(", ", gaps.MissingSectors.Select(s => s.Code))],
            ["missing_links", string.Join(", ", gaps.MissingLinks.Select(l => l.ToString()))],
            ["declared_inactive", string.Join(", ", gaps.DeclaredInactive)],
            ["active_undeclared", string.Join(", ", gaps.ActiveUndeclared)],
            ["single_points", string.Join(", ", gaps.SinglePointSectors.Select(s => s.Sector.Code))],
            ["density", result.Structure.Density],
            ["fragmentation", result.Structure.Fragmentation],
            ["components", result.Structure.Components.Count],
            ["articulation_points", string.Join(", ", result.Structure.ArticulationPoints)],
            ["ei_index", result.Mixing.EIIndex],
            ["degree_centralization", result.Centrality.Centralization.Degree],
            ["betweenness_centralization", result.Centrality.Centralization.Betweenness],
            ["qap_declared_r", result.LayerAgreement.DeclaredVersusEnacted.Correlation],
            ["qap_declared_p", result.LayerAgreement.DeclaredVersusEnacted.PGreaterOrEqual],
            ["qap_model_r", result.LayerAgreement.ModelVersusObserved.Correlation],
            ["qap_model_p", result.LayerAgreement.ModelVersusObserved.PGreaterOrEqual],
        ];
        return new TableData(Words.Get("Sheet_gaps"), [Words.Column("measure"), Words.Column("value")],
            [.. rows.Select(row => new[] { Words.Get("Row_" + (string)row[0]!), row[1] is double value ? Display.ReadableNumber.Clean(value) : row[1] })]);
    }
}
