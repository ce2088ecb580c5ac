namespace CooperationGraph;

/// <summary>
/// The ego-network measures of one institution (UCINET's ego measures; Everett &amp; Borgatti 2005, "Ego network
/// betweenness", Social Networks 27(1)), unweighted: a tie is present or absent. The egonet is the institution, its
/// neighbours and the ties among them (NetworkX <c>nx.ego_graph(G, v)</c>).
/// </summary>
/// <param name="Id">The institution.</param>
/// <param name="Size">Neighbours (alters), the ego not counted: <c>len(G[v])</c>.</param>
/// <param name="Ties">Ties among the neighbours, the ego's own not counted: <c>G.subgraph(G[v]).number_of_edges()</c>.</param>
/// <param name="Pairs">Pairs of neighbours, size·(size−1)/2: the ties there could be among them.</param>
/// <param name="Density">Ties / pairs (UCINET's ego density); NaN when pairs = 0 (size 0 or 1).</param>
/// <param name="Components">Connected components among the neighbours without the ego
/// (<c>nx.number_connected_components(G.subgraph(G[v]))</c>); 0 for an isolated institution.</param>
/// <param name="TwoStepReach">Institutions within distance 2 of the ego, the ego excluded, as a share of the n − 1
/// others (UCINET's 2-step reach, as a proportion rather than a percentage):
/// <c>(len(nx.single_source_shortest_path_length(G, v, cutoff=2)) − 1) / (n − 1)</c>; NaN when n = 1.</param>
/// <param name="ReachEfficiency">UCINET's reach efficiency, two-step reach (the share above) divided by size: how much
/// secondary reach each direct partner brings; NaN when size = 0. (Kumu states it with the reach as a count; that is
/// this value times n − 1.)</param>
public sealed record EgoNetwork(string Id, int Size, int Ties, long Pairs, double Density, int Components, double TwoStepReach, double ReachEfficiency);
