using CooperationGraph.Metrics.Brokerage;
using CooperationGraph.Model;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// How far the cooperation observed in a window is from the cooperation model the gmina committed to; made by
/// <see cref="GapAnalysis.Compute"/>.
/// </summary>
public sealed class GapReport
{
    internal GapReport(CooperationModel model, AnalysisWindow window, IReadOnlyList<string> declared, IReadOnlyList<string> active,
        IReadOnlyList<LinkRealisation> links, IReadOnlyList<SectorPresence> sectors, BrokerageResult brokerage)
    {
        Model = model;
        Window = window;
        Declared = declared;
        Active = active;
        var activeSet = active.ToHashSet(StringComparer.Ordinal);
        var declaredSet = declared.ToHashSet(StringComparer.Ordinal);
        DeclaredInactive = [.. declared.Where(id => !activeSet.Contains(id))];
        ActiveUndeclared = [.. active.Where(id => !declaredSet.Contains(id))];
        ActivationRate = declared.Count == 0 ? double.NaN : (double)(declared.Count - DeclaredInactive.Count) / declared.Count;
        Links = links;
        Sectors = sectors;
        MissingLinks = [.. links.Where(l => l.IsMissing).Select(l => l.Link)];
        MissingSectors = [.. sectors.Where(s => s.Required && s.ActiveInstitutions == 0).Select(s => s.Sector)];
        Brokerage = brokerage;
    }

    /// <summary>The model measured against.</summary>
    public CooperationModel Model { get; }

    /// <summary>The window analysed.</summary>
    public AnalysisWindow Window { get; }

    /// <summary>Institutions that signed at least one declaration in force in the window, in dataset order.</summary>
    public IReadOnlyList<string> Declared { get; }

    /// <summary>Institutions that took part in at least one joint action in the window, in dataset order.</summary>
    public IReadOnlyList<string> Active { get; }

    /// <summary>Declared − active: signed, then took part in nothing.</summary>
    public IReadOnlyList<string> DeclaredInactive { get; }

    /// <summary>Active − declared: took part without having signed.</summary>
    public IReadOnlyList<string> ActiveUndeclared { get; }

    /// <summary>|declared ∩ active| / |declared|; NaN when nobody declared.</summary>
    public double ActivationRate { get; }

    /// <summary>Required sectors with no active institution, in model order.</summary>
    public IReadOnlyList<Sector> MissingSectors { get; }

    /// <summary>Required sector pairs with no enacted tie between any institution of one and any of the other, in model order.</summary>
    public IReadOnlyList<SectorPair> MissingLinks { get; }

    /// <summary>Every required link with the number of institution pairs that realise it, in model order.</summary>
    public IReadOnlyList<LinkRealisation> Links { get; }

    /// <summary>Every sector that is required or has institutions, with its number of active institutions.</summary>
    public IReadOnlyList<SectorPresence> Sectors { get; }

    /// <summary>Sectors with exactly one active institution (single points of failure).</summary>
    public IEnumerable<SectorPresence> SinglePointSectors => Sectors.Where(s => s.IsSinglePointOfFailure);

    /// <summary>Gould–Fernandez brokerage with the sector as group, on lead → participant ties.</summary>
    public BrokerageResult Brokerage { get; }
}
