using System.Net;
using System.Text;
using CooperationGraph.Display;
using CooperationGraph.Text;

namespace CooperationGraph.Analysis;

/// <summary>The headline gaps and structure of an analysis as an HTML fragment: what an analysis shows in a notebook.</summary>
internal static class AnalysisSummary
{
    private const string Style =
        "dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem} dl.summary dt{font-weight:600} dl.summary .note{color:#666;font-size:.9em}";

    public static string Html(AnalysisResult result)
    {
        var gaps = result.Gaps;
        var structure = result.Structure;
        var html = new StringBuilder("<div class=\"cg-summary\"><style>").Append(Style).Append(FrameHtml.TableStyle).Append("</style>");
        html.Append("<dl class=\"summary\">");
        Item(html, "Window", result.Options.Window.Describe(Words.Numbers));
        Item(html, "ActivationRate", Words.Number(gaps.ActivationRate));
        Item(html, "MissingSectors", Words.List(gaps.MissingSectors.Select(s => s.Code)));
        Item(html, "MissingLinks", Words.List(gaps.MissingLinks.Select(l => l.ToString())));
        Item(html, "DeclaredInactive", Words.List(gaps.DeclaredInactive));
        Item(html, "ActiveUndeclared", Words.List(gaps.ActiveUndeclared));
        Item(html, "Density", Words.Number(structure.Density));
        Item(html, "Fragmentation", Words.Number(structure.Fragmentation));
        Item(html, "ArticulationPoints", Words.List(structure.ArticulationPoints));
        Item(html, "EIIndex", Words.Number(result.Mixing.EIIndex));
        html.Append("</dl>");
        html.Append(FrameHtml.ToHtml(Words.InColumns(gaps.Links.ToDataFrame()), Words.Get("RequiredLinksCaption")));
        return html.Append("</div>").ToString();
    }

    /// <summary>One line of the list: the term is the text <paramref name="key"/>.</summary>
    private static void Item(StringBuilder html, string key, string value) =>
        html.Append("<dt>").Append(WebUtility.HtmlEncode(Words.Get(key))).Append("</dt><dd>").Append(WebUtility.HtmlEncode(value)).Append("</dd>");
}
