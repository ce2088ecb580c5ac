using CooperationGraph.IO;
using CooperationGraph.Model;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>A tie that would close a missing link of the model, ranked by how close the two institutions already are.</summary>
/// <param name="Link">The missing sector link it would realise.</param>
/// <param name="SourceId">An institution of the link's first sector.</param>
/// <param name="TargetId">An institution of its second sector.</param>
/// <param name="AdamicAdar">Σ 1 / ln(degree) over their common partners in the enacted network (NetworkX
/// <c>adamic_adar_index</c>); 0 when they share none.</param>
/// <param name="CommonPartners">Number of institutions both already cooperate with.</param>
public sealed record SuggestedTie(SectorPair Link, string SourceId, string TargetId, double AdamicAdar, int CommonPartners)
{
    /// <summary>Columns <c>link, institution, partner, adamic_adar, common_partners</c>.</summary>
    internal static DataFrame Frame(IReadOnlyList<SuggestedTie> rows) => new(
        FrameColumns.Text("link", rows.Select(r => r.Link.ToString())),
        FrameColumns.Text("institution", rows.Select(r => r.SourceId)),
        FrameColumns.Text("partner", rows.Select(r => r.TargetId)),
        FrameColumns.Number("adamic_adar", rows.Select(r => r.AdamicAdar)),
        FrameColumns.Count("common_partners", rows.Select(r => r.CommonPartners)));
}
