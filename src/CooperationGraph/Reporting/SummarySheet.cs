using CooperationGraph.Analysis;
using CooperationGraph.IO;

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
            ["window", gaps.Options.Window.Describe(System.Globalization.CultureInfo.InvariantCulture)],
            ["activation rate", gaps.ActivationRate],
            ["missing sectors", string.Join(", ", gaps.MissingSectors.Select(s => s.Code))],
            ["missing links", string.Join(", ", gaps.MissingLinks.Select(l => l.ToString()))],
            ["declared but inactive", string.Join(", ", gaps.DeclaredInactive)],
            ["active but undeclared", string.Join(", ", gaps.ActiveUndeclared)],
            ["single points of failure", string.Join(", ", gaps.SinglePointSectors.Select(s => s.Sector.Code))],
            ["density", gaps.Structure.Density],
            ["fragmentation", gaps.Structure.Fragmentation],
            ["components", gaps.Structure.Components.Count],
            ["cut points", string.Join(", ", gaps.Structure.ArticulationPoints)],
            ["E-I index", gaps.Mixing.EIIndex],
            ["degree centralization", result.Centrality.Centralization.Degree],
            ["betweenness centralization", result.Centrality.Centralization.Betweenness],
            ["QAP declared vs enacted: r", gaps.DeclaredVersusEnacted.Correlation],
            ["QAP declared vs enacted: p (r >= observed)", gaps.DeclaredVersusEnacted.PGreaterOrEqual],
            ["QAP model vs observed: r", gaps.ModelVersusObserved.Correlation],
            ["QAP model vs observed: p (r >= observed)", gaps.ModelVersusObserved.PGreaterOrEqual],
        ];
        return new TableData("gaps", ["measure", "value"], [.. rows.Select(row => new[] { row[0], row[1] is double value ? Display.ReadableNumber.Clean(value) : row[1] })]);
    }
}
