namespace CooperationGraph;

/// <summary>
/// Per-family integration and the institution pairs serving the same families, pseudonymised and with small counts
/// suppressed; made by <see cref="FamilyIntegration.Compute"/>.
/// </summary>
public sealed class FamilyReport
{
    internal FamilyReport(IEnumerable<FamilySummary> families, IEnumerable<SharedFamilies> sharedFamilies, bool randomPseudonyms, int suppressionThreshold)
    {
        PerFamily = new ResultList<FamilySummary>(families);
        SharedFamilies = new ResultList<SharedFamilies>(sharedFamilies);
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
