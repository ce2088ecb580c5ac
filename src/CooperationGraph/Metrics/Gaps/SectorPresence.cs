namespace CooperationGraph;

/// <summary>How many institutions of a sector were active in the window.</summary>
/// <param name="Sector">The sector.</param>
/// <param name="ActiveInstitutions">Institutions of the sector that took part in at least one joint action.</param>
/// <param name="Required">Whether the cooperation model requires the sector.</param>
public sealed record SectorPresence(Sector Sector, int ActiveInstitutions, bool Required)
{
    /// <summary>Exactly one active institution: the sector's whole part in the network hangs on it.</summary>
    public bool IsSinglePointOfFailure => ActiveInstitutions == 1;
}
