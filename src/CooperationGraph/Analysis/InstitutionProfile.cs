namespace CooperationGraph;

/// <summary>
/// The network seen from one institution's desk (issue 25), gathered from an <see cref="AnalysisResult"/> by
/// <see cref="InstitutionProfiles.Of"/>: its partners, its measures ranked in its gmina, the required links it
/// realises and those it alone carries, its brokerage roles and its joint actions. Nothing is measured again; the
/// profile page (<see cref="ProfilePages"/>) draws it.
/// </summary>
public sealed record InstitutionProfile
{
    internal InstitutionProfile()
    {
    }

    /// <summary>The institution.</summary>
    public Institution Institution { get; internal init; } = null!;

    /// <summary>Its partners in the enacted network (ids, in dataset order).</summary>
    public IReadOnlyList<string> Partners { get; internal init; } = [];

    /// <summary>The centrality columns of <c>metrics.csv</c> then the ego measures of <c>profiles.csv</c>, each with its
    /// rank and percentile in the gmina.</summary>
    public IReadOnlyList<ProfileMeasure> Measures { get; internal init; } = [];

    /// <summary>Required links of the model it realises itself: its sector is one end and it has an enacted tie with an
    /// institution of the other (for a link inside its sector, with another institution of its sector).</summary>
    public IReadOnlyList<SectorPair> RealisedLinks { get; internal init; } = [];

    /// <summary>Required links it carries alone: their <see cref="LinkRobustness.Institutions"/> is 1 and its loss by
    /// itself breaks them (see <see cref="LinkRobustness"/> for the paths counted).</summary>
    public IReadOnlyList<SectorPair> CarriedLinks { get; internal init; } = [];

    /// <summary>Whether it is a cut point (articulation point) of the enacted network: its loss splits a component.</summary>
    public bool IsArticulationPoint { get; internal init; }

    /// <summary>The network's fragmentation without it (<see cref="RemovalEffect.Fragmentation"/>).</summary>
    public double FragmentationWithout { get; internal init; }

    /// <summary>Its observed Gould–Fernandez brokerage roles (counts of brokered lead → participant pairs; <see cref="BrokerageResult"/>).</summary>
    public BrokerageRoles Brokerage { get; internal init; }

    /// <summary>The z-scores of its brokerage roles against their expectation under random lead → participant ties.</summary>
    public BrokerageRoles BrokerageZ { get; internal init; }

    /// <summary>Its Leiden community (1-based, largest first; <see cref="CommunityPartition"/>).</summary>
    public int Community { get; internal init; }

    /// <summary>The joint actions of the window it took part in, by date.</summary>
    public IReadOnlyList<JointAction> JointActions { get; internal init; } = [];

    /// <summary>The measure of that column name, or null.</summary>
    public ProfileMeasure? Measure(string name) => Measures.FirstOrDefault(m => m.Name == name);

    /// <summary>The institution's id and name.</summary>
    public override string ToString() => $"{Institution.Id} ({Institution.Name}): {Partners.Count} partners";
}
