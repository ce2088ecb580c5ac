using CooperationGraph.IO;
using CooperationGraph.Model;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>How many institutions of a sector were active in the window.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="ActiveInstitutions">Institutions of the sector that took part in at least one joint action.</param>
/// <param name="Required">Whether the cooperation model requires the sector.</param>
public sealed record SectorPresence(Sector Sector, int ActiveInstitutions, bool Required)
{
    /// <summary>Exactly one active institution: the sector's whole part in the network hangs on it.</summary>
    public bool IsSinglePointOfFailure => ActiveInstitutions == 1;

    /// <summary>Columns <c>sector, active_institutions, required, single_point_of_failure</c>.</summary>
    internal static DataFrame Frame(IReadOnlyList<SectorPresence> rows) => new(
        FrameColumns.Text("sector", rows.Select(r => r.Sector.Code)),
        FrameColumns.Count("active_institutions", rows.Select(r => r.ActiveInstitutions)),
        FrameColumns.Flag("required", rows.Select(r => r.Required)),
        FrameColumns.Flag("single_point_of_failure", rows.Select(r => r.IsSinglePointOfFailure)));
}
