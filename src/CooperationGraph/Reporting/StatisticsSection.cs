using System.Net;
using System.Text;
using CooperationGraph.Text;

namespace CooperationGraph.Reporting;

/// <summary>
/// The report's statistics (issue 24): change indices between consecutive windows, drawn in the over-time section.
/// </summary>
internal static class StatisticsSection
{
    /// <summary>The change-index chart (Jaccard, formation and dissolution rates) with its caption, when there are at least two windows.</summary>
    public static void AppendChangeIndices(StringBuilder html, OverTimeResult overTime)
    {
        if (overTime.Windows.Count < 2)
        {
            return;
        }

        html.Append("<figure>").Append(Charts.ChangeIndices(overTime).ToDiv("cg-time-3"))
            .Append("<figcaption>").Append(E(Words.Get("ChangeIndicesCaption"))).Append("</figcaption></figure>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
