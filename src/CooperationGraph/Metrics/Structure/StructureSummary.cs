namespace CooperationGraph.Metrics.Structure;

/// <summary>
/// Whether a network holds together, and on whom: components, cut points, bridges and fragmentation; made by
/// <see cref="StructureAnalysis"/>.
/// </summary>
public sealed class StructureSummary
{
    internal StructureSummary(IReadOnlyList<IReadOnlyList<string>> components, IReadOnlyList<string> articulationPoints,
        IReadOnlyList<(string, string)> bridges, double density, double fragmentation, IReadOnlyList<(string Id, double Fragmentation)> fragmentationWithout)
    {
        Components = components;
        ArticulationPoints = articulationPoints;
        Bridges = bridges;
        Density = density;
        Fragmentation = fragmentation;
        FragmentationWithout = fragmentationWithout;
    }

    /// <summary>Connected components as institution ids, largest first (ties by first institution); isolated institutions are components of one.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Components { get; }

    /// <summary>Institutions whose removal splits their component (cut points; NetworkX <c>articulation_points</c>), in dataset order.</summary>
    public IReadOnlyList<string> ArticulationPoints { get; }

    /// <summary>Ties whose removal splits their component (NetworkX <c>bridges</c>), as id pairs in dataset order.</summary>
    public IReadOnlyList<(string, string)> Bridges { get; }

    /// <summary>Ties / (n(n − 1)/2); NaN with fewer than two institutions (NetworkX <c>density</c> gives 0 there).</summary>
    public double Density { get; }

    /// <summary>
    /// Borgatti's fragmentation: the share of ordered pairs of institutions that cannot reach each other,
    /// 1 − Σ s_k(s_k − 1) / (n(n − 1)) over component sizes s_k; 0 for a connected network, 1 when nobody is tied.
    /// NaN with fewer than two institutions.
    /// </summary>
    public double Fragmentation { get; }

    /// <summary>Fragmentation of the network without each institution (on the n − 1 left), in dataset order.</summary>
    public IReadOnlyList<(string Id, double Fragmentation)> FragmentationWithout { get; }
}
