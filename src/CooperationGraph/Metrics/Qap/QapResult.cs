namespace CooperationGraph;

/// <summary>
/// A QAP (quadratic assignment procedure) test of the correlation between two networks on the same nodes.
/// </summary>
/// <param name="Correlation">Pearson correlation of the two adjacency matrices over all pairs of distinct nodes
/// (sna <c>gcor(g1, g2)</c>); NaN when either matrix is constant.</param>
/// <param name="PGreaterOrEqual">Share of permutations whose correlation is ≥ the observed one (sna <c>pgreq</c>).</param>
/// <param name="PLessOrEqual">Share of permutations whose correlation is ≤ the observed one (sna <c>pleeq</c>).</param>
/// <param name="Permutations">Number of random relabellings drawn.</param>
/// <param name="Seed">The seed of the random relabellings: the same seed gives the same p-values.</param>
public sealed record QapResult(double Correlation, double PGreaterOrEqual, double PLessOrEqual, int Permutations, int Seed);
