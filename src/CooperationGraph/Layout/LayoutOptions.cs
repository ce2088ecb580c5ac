namespace CooperationGraph;

/// <summary>Options of <see cref="NetworkLayout.ForceDirected(CooperationNetwork, LayoutOptions?, CancellationToken)"/>.</summary>
public sealed record LayoutOptions
{
    /// <summary>
    /// Seed of the initial positions (a <see cref="System.Random"/> seeded with it); 1 by default. The same seed, network and
    /// options give bit-identical positions.
    /// </summary>
    public int Seed { get; init; } = 1;

    /// <summary>
    /// Largest number of Fruchterman–Reingold steps; 50 by default (as NetworkX). The run stops earlier once the
    /// positions move by less than 10⁻⁴ per institution (NetworkX's <c>threshold</c>). 0 only rescales the initial positions.
    /// </summary>
    public int Iterations { get; init; } = 50;

    /// <summary>Pull institutions of the same sector or level together; <see cref="LayoutGrouping.None"/> by default.</summary>
    public LayoutGrouping Grouping { get; init; } = LayoutGrouping.None;

    /// <summary>
    /// With <see cref="Grouping"/>, the extra spring strength between every two institutions of the same group, added to
    /// their tie's strength (1 per tie unweighted, the tie weight weighted); 0.5 by default, must be finite and ≥ 0. Ignored
    /// without grouping.
    /// </summary>
    public double GroupStrength { get; init; } = 0.5;

    /// <summary>
    /// Use tie weights as <b>strengths</b>: a tie of weight w pulls w times as hard as a tie of weight 1 (NetworkX
    /// <c>weight="weight"</c>). <see langword="false"/> by default: every tie pulls with strength 1 (<c>weight=None</c>).
    /// </summary>
    public bool Weighted { get; init; }

    /// <summary>
    /// Lay out each connected component on its own (from the same seeded start) and place the components side by side
    /// in rows, largest first, each in a disc whose area grows with its number of institutions; isolated institutions
    /// fill the last rows. <see langword="true"/> by default. <see langword="false"/> gives NetworkX's layout of the
    /// whole graph, where a separate component or an isolated institution is pushed far out and the rest drawn small.
    /// A connected network gives the same positions either way.
    /// </summary>
    public bool PackComponents { get; init; } = true;
}
