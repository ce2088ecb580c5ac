using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Tables;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Reporting;

/// <summary>
/// The report's subgroups (issue 25): the Leiden communities with their sector × community table, the Borgatti–Everett
/// core in a sentence, and whether the institutions of the sectors the model puts at the centre
/// (<see cref="CooperationModel.CentreSectors"/>, OPS by default) are in it.
/// </summary>
internal static class GroupsSection
{
    /// <summary>The report's table shows this many communities, the rest summed in one column.</summary>
    private const int MaxCommunityColumns = 12;

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

    /// <summary>The communities in a sentence and the sector × community table (<see cref="GroupFrames.ToSectorFrame"/>).</summary>
    public static void AppendCommunities(StringBuilder html, AnalysisResult result)
    {
        var communities = result.Communities;
        html.Append("<p>").Append(E(Words.Get("CommunitiesSentence", communities.Count, Words.Number(communities.Modularity),
            Words.Number(communities.Options.Resolution), Words.Number(communities.CrossSector)))).Append("</p>\n");
        var table = SectorTable(communities, MaxCommunityColumns);
        html.Append(FrameHtml.ToHtml(FrameWords.InColumns(table), Words.Get("CommunitySectorsCaption"))).Append('\n');
        html.Append("<p class=\"note\">").Append(E(Words.Get("CommunitiesNote"))).Append("</p>\n");
    }

    /// <summary>The sector × community frame with the communities beyond <paramref name="maxColumns"/> summed in one column.</summary>
    internal static DataFrame SectorTable(CommunityPartition communities, int maxColumns)
    {
        var table = communities.ToSectorFrame();
        if (communities.Count <= maxColumns)
        {
            return table;
        }

        var others = new int[table.Rows.Count];
        foreach (var group in communities.Groups.Skip(maxColumns))
        {
            string name = group.Community.ToString(CultureInfo.InvariantCulture);
            for (int row = 0; row < others.Length; row++)
            {
                others[row] += (int)table.Columns[name][row]!;
            }

            table.Columns.Remove(name);
        }

        table.Columns.Add(FrameColumns.Count(Words.Get("CommunityOthers", communities.Count - maxColumns), others));
        return table;
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
