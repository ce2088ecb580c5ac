namespace CooperationGraph;

/// <summary>Which institutions a force-directed layout pulls together besides their ties.</summary>
public enum LayoutGrouping
{
    /// <summary>No grouping: only ties attract (the NetworkX layout).</summary>
    None,

    /// <summary>Institutions of the same sector (<see cref="Sector.Code"/>) attract each other and start near each other.</summary>
    Sector,

    /// <summary>
    /// Institutions of the same territorial level (<see cref="Institution.Level"/>) attract each other and start near
    /// each other; those without a level form one more group.
    /// </summary>
    Level,
}
