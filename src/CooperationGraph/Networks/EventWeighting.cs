namespace CooperationGraph;

/// <summary>How much one shared declaration or joint action adds to the tie between two of its members.</summary>
public enum EventWeighting
{
    /// <summary>1 per shared event: the weight counts shared declarations and actions.</summary>
    Count,

    /// <summary>
    /// Newman's collaboration weighting: 1/(k − 1) per event with k members, so a large meeting ties each pair less
    /// than a two-party service (Newman 2001, Scientific collaboration networks II, Phys. Rev. E 64, 016132,
    /// https://doi.org/10.1103/PhysRevE.64.016132). Each member's strength then grows by 1 per event.
    /// </summary>
    Newman,
}
