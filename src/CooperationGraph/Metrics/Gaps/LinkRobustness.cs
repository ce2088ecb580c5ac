using CooperationGraph.Metrics.Gaps;

namespace CooperationGraph;

/// <summary>
/// How much loss a required sector link withstands in the enacted network. Made by <see cref="GapAnalysis.Compute"/>,
/// one per required link in the model's order (<see cref="GapReport.LinkRobustness"/>).
/// </summary>
/// <remarks>
/// <para>For a link A–B between two sectors: a super-source is joined to every <b>active</b> institution of A and a
/// super-sink to every active institution of B; <c>institutions</c> is the least number of institutions (those of A and
/// B included) whose removal leaves no path from source to sink, <c>ties</c> the least number of enacted ties whose
/// removal does; the super-edges cannot be cut. By Menger's theorem (Menger 1927, Zur allgemeinen Kurventheorie, Fund.
/// Math. 10, https://doi.org/10.4064/fm-10-1-96-115) each equals a maximum flow: on the graph with every institution
/// split into an arc of capacity 1, and on the graph with every tie of capacity 1 each way. The flows are computed by
/// Dinic's algorithm on arrays (Dinitz 1970, Algorithm for solution of a problem of maximum flow in networks with power
/// estimation, Soviet Math. Doklady 11; unit capacities: Even &amp; Tarjan 1975, https://doi.org/10.1137/0204043),
/// O(m √m) per link, tested equal to QuikGraph's Edmonds–Karp (Edmonds &amp; Karp 1972, Theoretical improvements in
/// algorithmic efficiency for network flow problems, J. ACM 19(2), https://doi.org/10.1145/321694.321699; Ford &amp;
/// Fulkerson 1956, Maximal flow through a network, Can. J. Math. 8, https://doi.org/10.4153/CJM-1956-045-5), which
/// needs O(f (n + m)) dictionary-based steps for a cut of size f (the timings of both on synthetic networks are in
/// <c>benchmarks/README.md</c>). NetworkX gives the same numbers on the same construction:
/// <c>node_connectivity(G, "source", "sink")</c> and <c>minimum_cut_value(G, "source", "sink", capacity="capacity")</c>
/// with capacity 1 on ties and none (infinite) on super-edges.</para>
/// <para>A <b>missing</b> link (no enacted tie between the sectors) has 0 for both, even when a longer path joins them.
/// Paths may pass through any institution, active or not. A link realised only by direct ties between institutions
/// that took part in no joint action also has 0: there is no active institution to join.</para>
/// <para>For a link inside one sector S (S–S), "no path between the sectors" would ask that no two active institutions
/// of S stay connected: that is the node multiway cut problem, NP-hard from three institutions on (Dahlhaus et al.
/// 1994, https://doi.org/10.1137/S0097539792225297). It is defined instead as the weakest member's cut: each active
/// institution s of S in turn is the source (s itself cannot be removed) and the other active institutions of S the
/// sinks; the value is the least positive cut over s (0 when no two are connected). With two active institutions both
/// readings agree.</para>
/// </remarks>
/// <param name="Link">The required pair of sectors.</param>
/// <param name="Institutions">The least number of institutions (those of the two sectors included) whose loss leaves no
/// enacted path between an active institution of one sector and an active institution of the other; 0 for a missing link.</param>
/// <param name="Ties">The least number of enacted ties whose loss does the same; 0 for a missing link.</param>
public sealed record LinkRobustness(SectorPair Link, int Institutions, int Ties)
{
    /// <summary>Whether the loss of one institution or one tie could break the link (a value of 1); false for a missing link.</summary>
    public bool IsFragile => Institutions == 1 || Ties == 1;
}
