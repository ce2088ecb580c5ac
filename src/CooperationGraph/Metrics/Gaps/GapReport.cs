using CooperationGraph.Metrics.Gaps;

namespace CooperationGraph;

/// <summary>
/// How far the cooperation observed in a window is from the cooperation model the gmina committed to: who declared and
/// who acted, the required sectors and links, how robust each link is and which ties would close the missing ones.
/// One part of <c>AnalysisResult</c>; the definitions are in <see cref="GapAnalysis"/>.
/// </summary>
public sealed class GapReport
{
    internal GapReport(
        CooperationModel model,
        AnalysisWindow window,
        IReadOnlyList<string> declared,
        IReadOnlyList<string> active,
        IEnumerable<LinkRealisation> links,
        IEnumerable<LinkRobustness> linkRobustness,
        IEnumerable<SectorPresence> sectors,
        IEnumerable<SuggestedTie> suggestedTies)
    {
        Model = model;
        Window = window;
        Declared = declared;
        Active = active;
        Links = new ResultList<LinkRealisation>(links);
        LinkRobustness = new ResultList<LinkRobustness>(linkRobustness);
        Sectors = new ResultList<SectorPresence>(sectors);
        SuggestedTies = new ResultList<SuggestedTie>(suggestedTies);
    }

    /// <summary>The model measured against.</summary>
    public CooperationModel Model { get; }

    /// <summary>The window measured.</summary>
    public AnalysisWindow Window { get; }

    /// <summary>Institutions that signed at least one declaration in force in the window, in dataset order.</summary>
    public IReadOnlyList<string> Declared { get; }

    /// <summary>Institutions that took part in at least one joint action in the window, in dataset order.</summary>
    public IReadOnlyList<string> Active { get; }

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
    public ResultList<LinkRealisation> Links { get; }

    /// <summary>
    /// How many institutions, and how many ties, each required link withstands losing before no enacted path joins its
    /// two sectors (Menger; see <see cref="LinkRobustness"/>), in model order; 0 for a missing link.
    /// </summary>
    public ResultList<LinkRobustness> LinkRobustness { get; }

    /// <summary>Every sector that is required or has institutions, with its number of active institutions.</summary>
    public ResultList<SectorPresence> Sectors { get; }

    /// <summary>Sectors with exactly one active institution (single points of failure).</summary>
    public IReadOnlyList<SectorPresence> SinglePointSectors => [.. Sectors.Where(s => s.IsSinglePointOfFailure)];

    /// <summary>Candidate ties that would close the missing links, best first per link.</summary>
    public ResultList<SuggestedTie> SuggestedTies { get; }
}
