namespace CooperationGraph;

/// <summary>
/// Freeman centralization: how much one institution dominates, Σ_v (c_max − c_v) divided by the largest value that sum
/// can take for a network of the same size, which a star attains (Freeman 1978, Centrality in social networks:
/// conceptual clarification, Social Networks 1(3), https://doi.org/10.1016/0378-8733(78)90021-7). 1 for a star, 0 when
/// every institution is equally central; NaN below 3 institutions or when a measure was not computed. Computed on the
/// table's degree (unweighted), normalised betweenness and Wasserman–Faust closeness (weighted when the table is); the
/// degree and betweenness values equal igraph's
/// <c>centr_degree</c>/<c>centr_betw</c> with <c>normalized = TRUE</c>. NetworkX has no equivalent.
/// </summary>
/// <param name="Degree">Σ(d_max − d_v) / ((n − 1)(n − 2)).</param>
/// <param name="Betweenness">Σ(b_max − b_v) / (n − 1) on betweenness normalised to [0, 1].</param>
/// <param name="Closeness">Σ(c_max − c_v) / ((n − 1)(n − 2)/(2n − 3)).</param>
public sealed record Centralization(double Degree, double Betweenness, double Closeness);
