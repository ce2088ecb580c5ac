namespace CooperationGraph;

/// <summary>Options of <see cref="NetworkLayout.Compute"/>.</summary>
public sealed record LayoutOptions
{
    /// <summary>The algorithm; <see cref="LayoutAlgorithm.Stress"/> by default.</summary>
    public LayoutAlgorithm Algorithm { get; init; } = LayoutAlgorithm.Stress;

    /// <summary>
    /// Seed of everything random in the layout (a <see cref="System.Random"/> seeded with it); 1 by default. The same seed,
    /// network and options give bit-identical positions. Force-directed: the initial positions. Stress: the first pivot
    /// and the start of the eigenvector iteration of the initial layout (so two seeds may give mirror images), and where
    /// new institutions start beside <see cref="InitialPositions"/>.
    /// </summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Largest number of steps, or <see langword="null"/> (the default) for the algorithm's own: 50 Fruchterman–Reingold
    /// steps (as NetworkX; the run stops earlier once the positions move by less than 10⁻⁴ per institution, NetworkX's
    /// <c>threshold</c>), 500 stress sweeps for a component of up to 300 institutions and 200 beyond (the run stops earlier
    /// once a sweep lowers the stress by less than 10⁻⁵ of itself, 10⁻⁴ beyond 300). 0 keeps the initial layout (rescaled).
    /// </summary>
    public int? Iterations { get; init; }

    /// <summary>Pull institutions of the same sector or level together; <see cref="LayoutGrouping.None"/> by default.</summary>
    public LayoutGrouping Grouping { get; init; } = LayoutGrouping.None;

    /// <summary>
    /// With <see cref="Grouping"/>, how much closer two institutions of the same group are drawn; 0.5 by default, must be
    /// finite and ≥ 0. Force-directed: an extra spring strength between every two institutions of a group, added to their
    /// tie's strength (1 per tie unweighted, the tie weight weighted). Stress: their target distance is divided by
    /// 1 + this. Ignored without grouping.
    /// </summary>
    public double GroupStrength { get; init; } = 0.5;

    /// <summary>
    /// Use tie weights as <b>strengths</b>; <see langword="false"/> by default (every tie counts 1). Force-directed: a tie
    /// of weight w pulls w times as hard as a tie of weight 1 (NetworkX <c>weight="weight"</c>). Stress: a tie of weight w
    /// is 1/w long and target distances are the shortest weighted paths (the library's path length, as in weighted
    /// closeness), so a heavier tie is drawn shorter; unweighted, target distances are hop counts.
    /// </summary>
    public bool Weighted { get; init; }

    /// <summary>
    /// Lay out each connected component on its own and place the components side by side in rows, largest first;
    /// isolated institutions fill the last rows. <see langword="true"/> by default. Force-directed: each component in a
    /// disc whose area grows with its number of institutions; stress: each at its own size, so ties are drawn equally
    /// long in every component. <see langword="false"/> lays out the whole network at once: force-directed, NetworkX's
    /// layout of the whole graph, where a separate component or an isolated institution is pushed far out and the rest
    /// drawn small; stress, pairs in different components get the target distance √n × the mean tie length (OGDF's
    /// rule). A connected network gives the same positions either way.
    /// </summary>
    public bool PackComponents { get; init; } = true;

    /// <summary>
    /// An earlier layout to continue from, or <see langword="null"/> (the default). Stress only: institutions found in it
    /// (by id) start at their earlier positions, scaled to the new target distances; a new institution starts beside the
    /// mean of its placed neighbours; a component with none of its institutions there starts from Pivot MDS. A small edit
    /// of the network (a tie added or removed, an institution added) then moves the picture little. Refused with
    /// <see cref="LayoutAlgorithm.ForceDirected"/>.
    /// </summary>
    public NodePositions? InitialPositions { get; init; }
}
