using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>Communities (<see cref="CommunityPartition"/>) as frames.</summary>
public static class GroupFrames
{
    /// <summary>
    /// The sector × community table: one row per sector (in order of first appearance over the communities, largest
    /// community first), a <c>sector</c> column then one count column per community named by its number (<c>1</c> the
    /// largest), 0 where the community holds none of the sector. A new frame on each call.
    /// </summary>
    public static DataFrame ToSectorFrame(this CommunityPartition communities)
    {
        ArgumentNullException.ThrowIfNull(communities);
        var sectors = communities.Groups.SelectMany(g => g.Sectors.Keys).Distinct(StringComparer.Ordinal).ToList();
        var frame = new DataFrame(FrameColumns.Text("sector", sectors));
        foreach (var group in communities.Groups)
        {
            frame.Columns.Add(FrameColumns.Count(group.Community.ToString(System.Globalization.CultureInfo.InvariantCulture), sectors.Select(s => group.Sectors.GetValueOrDefault(s))));
        }

        return frame;
    }
}
