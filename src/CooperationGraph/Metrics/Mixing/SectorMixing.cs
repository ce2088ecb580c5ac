using CooperationGraph.Metrics.Mixing;

namespace CooperationGraph;

/// <summary>
/// Who cooperates with whom by sector: the sector mixing matrix and Krackhardt–Stern E-I indices of the enacted
/// network (each institution pair counted once, unweighted).
/// </summary>
/// <remarks>
/// E-I = (E − I) / (E + I) with E ties across sectors and I ties within one (Krackhardt &amp; Stern 1988, Informal
/// networks and organizational crises, Social Psychology Quarterly 51(2), https://doi.org/10.2307/2786835): −1 all ties
/// inside sectors, +1 all across; NaN without ties. For a sector, E and I sum its institutions' own ties, so a tie inside
/// the sector counts once for each end (as UCINET's group-level index). NetworkX has no equivalent; the network-level
/// value equals R netseg's <c>ei()</c>.
/// </remarks>
public sealed class SectorMixing
{
    private readonly long[,] counts;
    private readonly Dictionary<Sector, int> position;

    internal SectorMixing(IReadOnlyList<Sector> sectors, long[,] counts, double network, double[] bySector, IEnumerable<InstitutionEI> byInstitution)
    {
        Sectors = [.. sectors];
        this.counts = counts;
        position = sectors.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        EIIndex = network;
        SectorEIIndex = new ResultList<SectorEI>(sectors.Select((s, i) => new SectorEI(s, bySector[i])));
        InstitutionEIIndex = new ResultList<InstitutionEI>(byInstitution);
    }

    /// <summary>The sectors of the matrix: those of the dataset's institutions, in order of first appearance.</summary>
    public IReadOnlyList<Sector> Sectors { get; }

    /// <summary>Number of ties between an institution of <paramref name="a"/> and one of <paramref name="b"/>; on the diagonal, ties inside the sector.</summary>
    public long this[Sector a, Sector b] => position.TryGetValue(a, out int i) && position.TryGetValue(b, out int j) ? counts[i, j] : 0;

    /// <summary>The network's E-I index.</summary>
    public double EIIndex { get; }

    /// <summary>Each sector's E-I index, in <see cref="Sectors"/> order; as a frame <c>sector, ei_index</c>.</summary>
    public ResultList<SectorEI> SectorEIIndex { get; }

    /// <summary>Each institution's E-I index (its own ties), in dataset order; NaN for an isolated institution; as a frame <c>id, ei_index</c>.</summary>
    public ResultList<InstitutionEI> InstitutionEIIndex { get; }

    internal static SectorMixing Compute(IReadOnlyList<Institution> institutions, IEnumerable<(int U, int V)> ties)
    {
        var sectors = institutions.Select(i => i.Sector).Distinct().ToList();
        var index = sectors.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        int[] group = [.. institutions.Select(i => index[i.Sector])];
        var kernel = MixingKernel.Run(institutions.Count, sectors.Count, group, ties);
        var bySector = new double[sectors.Count];
        for (int g = 0; g < bySector.Length; g++)
        {
            bySector[g] = MixingKernel.Index(kernel.GroupExternal[g], kernel.GroupInternal[g]);
        }

        var byInstitution = institutions.Select((institution, v) => new InstitutionEI(institution.Id, MixingKernel.Index(kernel.NodeExternal[v], kernel.NodeInternal[v])));
        return new SectorMixing(sectors, kernel.Mixing, MixingKernel.Index(kernel.External, kernel.Internal), bySector, byInstitution);
    }
}
