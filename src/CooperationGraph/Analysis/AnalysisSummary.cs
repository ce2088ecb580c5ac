using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Display;

namespace CooperationGraph.Analysis;

/// <summary>The headline gaps and structure of an analysis as an HTML fragment: what an analysis shows in a notebook.</summary>
internal static class AnalysisSummary
{
    private const string Style =
        "dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem} dl.summary dt{font-weight:600} dl.summary .note{color:#666;font-size:.9em}";

    public static string Html(AnalysisResult result)
    {
        var gaps = result.Gaps;
        var structure = gaps.Structure;
        var html = new StringBuilder("<div class=\"cg-summary\"><style>").Append(Style).Append(FrameHtml.TableStyle).Append("</style>");
        html.Append("<dl class=\"summary\">");
        Item(html, "Window", gaps.Options.Window.Describe(System.Globalization.CultureInfo.InvariantCulture));
        Item(html, "Activation rate", Number(gaps.ActivationRate));
        Item(html, "Missing sectors", List(gaps.MissingSectors.Select(s => s.Code)));
        Item(html, "Missing links", List(gaps.MissingLinks.Select(l => l.ToString())));
        Item(html, "Declared but inactive", List(gaps.DeclaredInactive));
        Item(html, "Active but undeclared", List(gaps.ActiveUndeclared));
        Item(html, "Density", Number(structure.Density));
        Item(html, "Fragmentation", Number(structure.Fragmentation));
        Item(html, "Cut points", List(structure.ArticulationPoints));
        Item(html, "E-I index", Number(gaps.Mixing.EIIndex));
        html.Append("</dl>");
        html.Append(FrameHtml.ToHtml(gaps.Links.ToDataFrame(), "Required links"));
        return html.Append("</div>").ToString();
    }

    private static void Item(StringBuilder html, string term, string value) =>
        html.Append("<dt>").Append(WebUtility.HtmlEncode(term)).Append("</dt><dd>").Append(WebUtility.HtmlEncode(value)).Append("</dd>");

    private static string Number(double value) => Display.ReadableNumber.Short(value);

    private static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? "none" : string.Join(", ", list);
    }
}
