namespace CooperationGraph;

/// <summary>
/// Whether a network holds together, and on whom: components, articulation points, bridges and fragmentation; made by
/// <see cref="StructureAnalysis"/>.
/// </summary>
public sealed class StructureSummary
{
    internal StructureSummary(IEnumerable<IReadOnlyList<string>> components, IReadOnlyList<string> articulationPoints,
        IEnumerable<Bridge> bridges, double density, double fragmentation, IEnumerable<RemovalEffect> fragmentationWithout)
    {
        Components = [.. components];
        ArticulationPoints = articulationPoints;
        Bridges = new ResultList<Bridge>(bridges);
        Density = density;
        Fragmentation = fragmentation;
        FragmentationWithout = new ResultList<RemovalEffect>(fragmentationWithout);
    }

    /// <summary>Connected components as institution ids, largest first (ties by first institution); isolated institutions are components of one.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Components { get; }

    /// <summary>Institutions whose removal splits their component (articulation points; NetworkX <c>articulation_points</c>), in dataset order.</summary>
    public IReadOnlyList<string> ArticulationPoints { get; }

    /// <summary>Ties whose removal splits their component (NetworkX <c>bridges</c>), in dataset order; as a frame <c>institution, partner</c>.</summary>
    public ResultList<Bridge> Bridges { get; }

    /// <summary>Ties / (n(n − 1)/2); NaN with fewer than two institutions (NetworkX <c>density</c> gives 0 there).</summary>
    public double Density { get; }

    /// <summary>
    /// Borgatti's fragmentation: the share of ordered pairs of institutions that cannot reach each other,
    /// 1 − Σ s_k(s_k − 1) / (n(n − 1)) over component sizes s_k; 0 for a connected network, 1 when nobody is tied.
    /// NaN with fewer than two institutions.
    /// </summary>
    public double Fragmentation { get; }

    /// <summary>
    /// Each institution, in dataset order: whether it is an articulation point and the fragmentation of the network without it
    /// (on the n − 1 left); as a frame <c>id, articulation_point, fragmentation_without</c>.
    /// </summary>
    public ResultList<RemovalEffect> FragmentationWithout { get; }
}
