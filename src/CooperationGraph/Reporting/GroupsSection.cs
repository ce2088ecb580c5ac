using System.Net;
using System.Text;
using CooperationGraph.Text;

namespace CooperationGraph.Reporting;

/// <summary>
/// The report's subgroups (issue 25): the Borgatti–Everett core in a sentence, and whether the institutions of the
/// sectors the model puts at the centre (<see cref="CooperationModel.CentreSectors"/>, OPS by default) are in it.
/// </summary>
internal static class GroupsSection
{
    /// <summary>The core–periphery sentences under the structure table.</summary>
    public static void AppendCorePeriphery(StringBuilder html, AnalysisResult result, int maxListItems)
    {
        var partition = result.CorePeriphery;
        var institutions = result.Dataset.Institutions;
        html.Append("<p>");
        if (double.IsNaN(partition.Correlation))
        {
            html.Append(E(Words.Get("CoreUndefined"))).Append("</p>\n");
            return;
        }

        var names = institutions.ToDictionary(i => i.Id, i => i.Name, StringComparer.Ordinal);
        html.Append(E(Words.Get("CoreSentence", partition.Core.Count, institutions.Count, Words.Number(partition.Correlation),
            Words.List(partition.Core.Select(id => names[id]), maxListItems)))).Append(' ');
        var centreSectors = result.Gaps.Model.CentreSectors;
        string sectors = Words.List(centreSectors.Select(s => s.Code));
        var centre = institutions.Where(i => centreSectors.Contains(i.Sector)).ToList();
        var inside = centre.Where(i => partition.IsCore(i.Id)).Select(i => i.Name).ToList();
        var outside = centre.Where(i => !partition.IsCore(i.Id)).Select(i => i.Name).ToList();
        string sentence = centre.Count == 0 ? Words.Get("CentreAbsent", sectors)
            : outside.Count == 0 ? Words.Get("CentreAllInCore", sectors, Words.List(inside, maxListItems))
            : inside.Count == 0 ? Words.Get("CentreNoneInCore", sectors, Words.List(outside, maxListItems))
            : Words.Get("CentreSomeInCore", sectors, inside.Count, Words.List(inside, maxListItems), Words.List(outside, maxListItems));
        html.Append(E(sentence)).Append("</p>\n<p class=\"note\">").Append(E(Words.Get("CoreNote"))).Append("</p>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
