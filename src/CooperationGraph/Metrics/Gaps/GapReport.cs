using CooperationGraph.Metrics.Brokerage;
using CooperationGraph.Metrics.Structure;
using CooperationGraph.Model;
using CooperationGraph.Networks;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// How far the cooperation observed in a window is from the cooperation model the gmina committed to; made by
/// <see cref="GapAnalysis.Compute"/>. The definitions are in <see cref="GapAnalysis"/>.
/// </summary>
public sealed class GapReport
{
    /// <summary>The model measured against.</summary>
    public required CooperationModel Model { get; init; }

    /// <summary>The settings used, with the window analysed.</summary>
    public required GapOptions Options { get; init; }

    /// <summary>The enacted network measured (joint actions in the window and direct ties).</summary>
    public required CooperationNetwork Network { get; init; }

    /// <summary>Institutions that signed at least one declaration in force in the window, in dataset order.</summary>
    public required IReadOnlyList<string> Declared { get; init; }

    /// <summary>Institutions that took part in at least one joint action in the window, in dataset order.</summary>
    public required IReadOnlyList<string> Active { get; init; }

    /// <summary>Declared − active: signed, then took part in nothing.</summary>
    public IReadOnlyList<string> DeclaredInactive => [.. Declared.Except(Active, StringComparer.Ordinal)];

    /// <summary>Active − declared: took part without having signed.</summary>
    public IReadOnlyList<string> ActiveUndeclared => [.. Active.Except(Declared, StringComparer.Ordinal)];

    /// <summary>|declared ∩ active| / |declared|; NaN when nobody declared.</summary>
    public double ActivationRate => Declared.Count == 0 ? double.NaN : (double)(Declared.Count - DeclaredInactive.Count) / Declared.Count;

    /// <summary>Required sectors with no active institution, in model order.</summary>
    public IReadOnlyList<Sector> MissingSectors => [.. Sectors.Where(s => s.Required && s.ActiveInstitutions == 0).Select(s => s.Sector)];

    /// <summary>Required sector pairs with no enacted tie between any institution of one and any of the other, in model order.</summary>
    public IReadOnlyList<SectorPair> MissingLinks => [.. Links.Where(l => l.IsMissing).Select(l => l.Link)];

    /// <summary>Every required link with the number of institution pairs that realise it, in model order.</summary>
    public required IReadOnlyList<LinkRealisation> Links { get; init; }

    /// <summary>Every sector that is required or has institutions, with its number of active institutions.</summary>
    public required IReadOnlyList<SectorPresence> Sectors { get; init; }

    /// <summary>Sectors with exactly one active institution (single points of failure).</summary>
    public IReadOnlyList<SectorPresence> SinglePointSectors => [.. Sectors.Where(s => s.IsSinglePointOfFailure)];

    /// <summary>Components, cut points, bridges, density and fragmentation of the enacted network.</summary>
    public required StructureSummary Structure { get; init; }

    /// <summary>Sector mixing matrix and E-I indices of the enacted network.</summary>
    public required SectorMixing Mixing { get; init; }

    /// <summary>Gould–Fernandez brokerage with the sector as group, on lead → participant ties.</summary>
    public required BrokerageResult Brokerage { get; init; }

    /// <summary>QAP correlation of the declared layer (co-signatories) with the enacted layer, both binary.</summary>
    public required QapResult DeclaredVersusEnacted { get; init; }

    /// <summary>
    /// QAP correlation, over pairs of distinct sectors, of the model (1 where a link is required) with the observed
    /// number of enacted institution pairs between the sectors; relabels sectors.
    /// </summary>
    public required QapResult ModelVersusObserved { get; init; }

    /// <summary>
    /// MRQAP of the enacted ties on the declared ties, same sector and same unit (<see cref="Gaps.Mrqap"/>);
    /// <see langword="null"/> above <see cref="MrqapOptions.MaxInstitutions"/> institutions.
    /// </summary>
    public MrqapResult? Mrqap { get; init; }

    /// <summary>Ties, required links and institutions that lasted after <see cref="GapOptions.ProjectEnd"/>; null when no end was given.</summary>
    public Dynamics.DurabilityResult? Durability { get; init; }

    /// <summary>Candidate ties that would close the missing links, best first per link.</summary>
    public required IReadOnlyList<SuggestedTie> SuggestedTies { get; init; }
}
