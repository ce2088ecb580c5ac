using CooperationGraph.IO;
using CooperationGraph.Model;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>How a required sector link was realised in the enacted network.</summary>
/// <param name="Link">The required pair of sectors.</param>
/// <param name="InstitutionPairs">Number of distinct pairs of institutions, one from each sector, joined by an enacted tie.</param>
public sealed record LinkRealisation(SectorPair Link, int InstitutionPairs)
{
    /// <summary>Whether no pair of institutions realises the link.</summary>
    public bool IsMissing => InstitutionPairs == 0;

    /// <summary>Columns <c>link, first_sector, second_sector, institution_pairs, missing</c>.</summary>
    internal static DataFrame Frame(IReadOnlyList<LinkRealisation> rows) => new(
        FrameColumns.Text("link", rows.Select(r => r.Link.ToString())),
        FrameColumns.Text("first_sector", rows.Select(r => r.Link.First.Code)),
        FrameColumns.Text("second_sector", rows.Select(r => r.Link.Second.Code)),
        FrameColumns.Count("institution_pairs", rows.Select(r => r.InstitutionPairs)),
        FrameColumns.Flag("missing", rows.Select(r => r.IsMissing)));
}
