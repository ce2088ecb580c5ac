namespace CooperationGraph;

/// <summary>
/// What lasted after the project ended (<see cref="Durability"/>): ties and required links enacted during the project
/// and enacted again after its end, and the institutions that kept acting.
/// </summary>
public sealed record DurabilityResult
{
    /// <summary>The project's last day.</summary>
    public required DateOnly ProjectEnd { get; init; }

    /// <summary>The window up to and including the project's end.</summary>
    public required AnalysisWindow During { get; init; }

    /// <summary>The window after the project's end.</summary>
    public required AnalysisWindow After { get; init; }

    /// <summary>Pairs of institutions tied by a joint action during the project.</summary>
    public required int TiesDuring { get; init; }

    /// <summary>Pairs of institutions tied by a joint action after the project's end.</summary>
    public required int TiesAfter { get; init; }

    /// <summary>Pairs tied both during and after.</summary>
    public required int TiesKept { get; init; }

    /// <summary>TiesKept / TiesDuring; NaN when no tie was enacted during the project.</summary>
    public double TieShare => TiesDuring == 0 ? double.NaN : (double)TiesKept / TiesDuring;

    /// <summary>Required links realised during the project, in model order.</summary>
    public required IReadOnlyList<SectorPair> RequiredLinksDuring { get; init; }

    /// <summary>Required links realised during the project and again after it, in model order.</summary>
    public required IReadOnlyList<SectorPair> RequiredLinksKept { get; init; }

    /// <summary>Kept required links / required links realised during; NaN when none was realised during.</summary>
    public double RequiredLinkShare => RequiredLinksDuring.Count == 0 ? double.NaN : (double)RequiredLinksKept.Count / RequiredLinksDuring.Count;

    /// <summary>Institutions active (in a joint action) during the project, in dataset order.</summary>
    public required IReadOnlyList<string> ActiveDuring { get; init; }

    /// <summary>Institutions active during the project and again after it: those that keep acting.</summary>
    public required IReadOnlyList<string> KeptActing { get; init; }

    /// <summary>Institutions active during the project and not after it.</summary>
    public required IReadOnlyList<string> StoppedActing { get; init; }

    /// <summary>Institutions active after the project and not during it.</summary>
    public required IReadOnlyList<string> StartedAfter { get; init; }
}
