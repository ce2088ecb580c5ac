using CooperationGraph.IO;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Metrics.Families;

/// <summary>
/// Per-family integration and the institution pairs serving the same families, pseudonymised and with small counts
/// suppressed; made by <see cref="FamilyIntegration.Compute"/>.
/// </summary>
public sealed class FamilyReport
{
    internal FamilyReport(IEnumerable<FamilySummary> families, IEnumerable<SharedFamilies> sharedFamilies, bool randomPseudonyms, int suppressionThreshold)
    {
        PerFamily = new ResultList<FamilySummary>(families, rows => new DataFrame(
            FrameColumns.Text("family", rows.Select(r => r.Family)),
            FrameColumns.Text("actions", rows.Select(r => r.Actions)),
            FrameColumns.Text("sectors", rows.Select(r => r.Sectors)),
            FrameColumns.Text("institutions", rows.Select(r => r.Institutions)),
            FrameColumns.Text("overlapping_same_kind", rows.Select(r => r.OverlappingSameKind))));
        SharedFamilies = new ResultList<SharedFamilies>(sharedFamilies, rows => new DataFrame(
            FrameColumns.Text("institution", rows.Select(r => r.SourceId)),
            FrameColumns.Text("partner", rows.Select(r => r.TargetId)),
            FrameColumns.Text("families", rows.Select(r => r.Count))));
        RandomPseudonyms = randomPseudonyms;
        SuppressionThreshold = suppressionThreshold;
    }

    /// <summary>One row per family, by pseudonym; as a frame <c>family, actions, sectors, institutions, overlapping_same_kind</c> (<c>families.csv</c>).</summary>
    public ResultList<FamilySummary> PerFamily { get; }

    /// <summary>Institution pairs and how many families both served, in ordinal order; as a frame <c>institution, partner, families</c> (<c>family_pairs.csv</c>).</summary>
    public ResultList<SharedFamilies> SharedFamilies { get; }

    /// <summary>Whether the pseudonyms were keyed at random for this run (no key given): they will differ next run.</summary>
    public bool RandomPseudonyms { get; }

    /// <summary>Counts below this are written as <c>&lt;k</c>.</summary>
    public int SuppressionThreshold { get; }
}
