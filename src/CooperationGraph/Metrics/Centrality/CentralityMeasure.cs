namespace CooperationGraph;

/// <summary>
/// A centrality measure of <see cref="CentralityAnalysis"/>. Each has a column name (<see
/// cref="CentralityMeasureNames.ColumnName"/>, e.g. <c>effective_size</c>) used in <c>metrics.csv</c>, the
/// <c>centrality</c> command and tables; <see cref="CentralityMeasureNames.Parse"/> maps a name back.
/// </summary>
public enum CentralityMeasure
{
    /// <summary>Distinct partners (<c>degree</c>).</summary>
    Degree,

    /// <summary>Sum of tie strengths (<c>strength</c>).</summary>
    Strength,

    /// <summary>Brandes betweenness (<c>betweenness</c>).</summary>
    Betweenness,

    /// <summary>Closeness, Wasserman–Faust form (<c>closeness</c>).</summary>
    Closeness,

    /// <summary>Harmonic centrality (<c>harmonic</c>).</summary>
    Harmonic,

    /// <summary>Eigenvector centrality (<c>eigenvector</c>).</summary>
    Eigenvector,

    /// <summary>PageRank (<c>pagerank</c>).</summary>
    PageRank,

    /// <summary>Local clustering coefficient (<c>clustering</c>); weighted, Onnela et al.'s geometric mean of triangle strengths.</summary>
    Clustering,

    /// <summary>Burt's constraint (<c>constraint</c>).</summary>
    Constraint,

    /// <summary>Burt's effective size (<c>effective_size</c>).</summary>
    EffectiveSize,

    /// <summary>k-core number (<c>core</c>).</summary>
    Core,

    /// <summary>Katz centrality (<c>katz</c>).</summary>
    Katz,
}
