namespace CooperationGraph;

/// <summary>How <see cref="NetworkLayout.Compute"/> places institutions.</summary>
public enum LayoutAlgorithm
{
    /// <summary>
    /// Stress majorization (Gansner, Koren &amp; North 2004; Graphviz <c>neato</c>'s default): drawn distances match
    /// path lengths as closely as possible. The default.
    /// </summary>
    Stress,

    /// <summary>Fruchterman–Reingold forces (NetworkX <c>spring_layout</c>): ties pull, every pair repels.</summary>
    ForceDirected,
}
