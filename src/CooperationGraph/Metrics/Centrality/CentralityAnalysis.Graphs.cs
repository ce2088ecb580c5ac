using CooperationGraph.Graph;
using CooperationGraph.Metrics.Centrality;
using QuikGraph;

namespace CooperationGraph;

/// <summary>
/// The measures on any QuikGraph <see cref="IUndirectedGraph{TVertex, TEdge}"/> (a <c>CooperationNetwork</c> is one),
/// one call per measure as in NetworkX, values keyed by vertex in the graph's vertex order.
/// </summary>
/// <remarks>
/// <para><c>weight</c> is an optional <b>strength</b> per edge (larger = more cooperation), positive and finite; without
/// it every edge counts 1 and the measure is the unweighted one. Path measures (betweenness, closeness, harmonic) then
/// use the distance 1/weight, as on a <c>CooperationNetwork</c>. Each call copies the graph once into the compact form
/// (O(n + m log m)); to compute several measures with one copy and one shortest-path pass, use
/// <see cref="Compute{TVertex, TEdge}(IUndirectedGraph{TVertex, TEdge}, Func{TEdge, double}?, CentralityOptions?, CancellationToken)"/>.</para>
/// <para><b>Parallel edges and self-loops.</b> Parallel edges between two vertices merge into one tie whose strength is
/// the sum of theirs (so <see cref="Strength{TVertex, TEdge}"/> counts each, <see cref="Degree{TVertex, TEdge}"/> counts
/// the partner once, and unweighted path measures see one tie), as NetworkX does when a multigraph is turned into a
/// <c>Graph</c> with summed weights. Self-loops are ignored by every measure (NetworkX counts a self-loop twice in a
/// degree and refuses it in <c>core_number</c>).</para>
/// </remarks>
public static partial class CentralityAnalysis
{
    /// <summary>Several measures with one copy of the graph and one shortest-path pass, in the order asked.</summary>
    /// <param name="graph">Any undirected QuikGraph graph.</param>
    /// <param name="weight">A strength per edge, and the request for weighted measures: with it the measures are weighted
    /// (as <see cref="CentralityOptions.Weighted"/> = <see langword="true"/> on a network); without it every edge counts 1.</param>
    /// <param name="options">Which measures (all by default), Katz α and β, threads, progress. Its
    /// <see cref="CentralityOptions.Weighted"/> must be left <see langword="false"/> (the default) or come with a weight
    /// function: weights asked for without saying what they are are refused, not ignored.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    /// <exception cref="ArgumentException"><see cref="CentralityOptions.Weighted"/> without <paramref name="weight"/>; a
    /// measure named twice; weights for degree or core number alone.</exception>
    public static IReadOnlyDictionary<CentralityMeasure, VertexValues<TVertex>> Compute<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null, CentralityOptions? options = null, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        if (options is { Weighted: true } && weight is null)
        {
            throw new ArgumentException(Messages.Get("CentralityWeightedWithoutWeight"));
        }

        options = (options ?? new CentralityOptions()) with { Weighted = weight is not null };
        var measures = Measures(options);
        var (compact, vertices, index) = QuikGraphAdapter.ToWeightedGraph(graph, weight);
        var values = Values(compact, measures, options, cancellationToken);
        var result = new Dictionary<CentralityMeasure, VertexValues<TVertex>>(measures.Count);
        for (int k = 0; k < measures.Count; k++)
        {
            result[measures[k]] = new VertexValues<TVertex>(vertices, values[k], index);
        }

        return result.AsReadOnly();
    }

    /// <summary>Distinct neighbours of each vertex; NetworkX <c>G.degree()</c> on a simple graph. O(n + m).</summary>
    public static VertexValues<TVertex> Degree<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, null, CentralityMeasure.Degree);

    /// <summary>Sum of edge strengths (edges counted when unweighted); NetworkX <c>G.degree(weight="weight")</c>. O(n + m).</summary>
    public static VertexValues<TVertex> Strength<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, weight, CentralityMeasure.Strength, forceWeights: true);

    /// <summary>
    /// Brandes betweenness; normalised by (n − 1)(n − 2)/2, or NetworkX's unnormalised undirected value (pairs counted
    /// once); <c>betweenness_centrality(G, normalized=…, weight=None|"distance")</c>. O(nm), O(nm + n² log n) weighted.
    /// </summary>
    public static VertexValues<TVertex> Betweenness<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null, bool normalized = true, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var (compact, vertices, index) = QuikGraphAdapter.ToWeightedGraph(graph, weight);
        var values = Values(compact, [CentralityMeasure.Betweenness], new CentralityOptions { Weighted = weight is not null }, cancellationToken)[0];
        int n = values.Length;
        if (!normalized && n > 2)
        {
            double scale = (n - 1.0) * (n - 2.0) / 2.0;
            for (int i = 0; i < n; i++)
            {
                values[i] *= scale;
            }
        }

        return new VertexValues<TVertex>(vertices, values, index);
    }

    /// <summary>Closeness, Wasserman–Faust form on disconnected graphs; <c>closeness_centrality(G, distance=None|"distance")</c>. O(nm). 0 for isolates.</summary>
    public static VertexValues<TVertex> Closeness<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, weight, CentralityMeasure.Closeness, cancellationToken: cancellationToken);

    /// <summary>Σ 1/d over the other vertices, not normalised; <c>harmonic_centrality(G, distance=None|"distance")</c>. O(nm). 0 for isolates.</summary>
    public static VertexValues<TVertex> Harmonic<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, weight, CentralityMeasure.Harmonic, cancellationToken: cancellationToken);

    /// <summary>Dominant adjacency eigenvector, unit L2 norm; <c>eigenvector_centrality_numpy(G, weight=None|"weight")</c>.</summary>
    public static VertexValues<TVertex> Eigenvector<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, weight, CentralityMeasure.Eigenvector, cancellationToken: cancellationToken);

    /// <summary>PageRank with damping α (0.85 by default); <c>pagerank(G, alpha=α, weight=None|"weight")</c>.</summary>
    public static VertexValues<TVertex> PageRank<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null, double alpha = 0.85, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        ArgumentOutOfRangeException.ThrowIfNegative(alpha);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(alpha, 1.0);
        var (compact, vertices, index) = QuikGraphAdapter.ToWeightedGraph(graph, weight);
        return new VertexValues<TVertex>(vertices, SpectralKernels.PageRank(compact, weight is not null, alpha, cancellationToken), index);
    }

    /// <summary>
    /// Local clustering coefficient 2T/(d(d − 1)); <c>clustering(G)</c>. With <paramref name="weight"/> (strengths),
    /// Onnela et al.'s (2005, https://doi.org/10.1103/PhysRevE.71.065103) geometric mean of each triangle's strengths over
    /// the largest strength in the graph; <c>clustering(G, weight="weight")</c>. 0 below degree 2.
    /// </summary>
    public static VertexValues<TVertex> Clustering<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, weight, CentralityMeasure.Clustering);

    /// <summary>Burt's constraint; <c>constraint(G, weight=None|"weight")</c>. NaN for isolates.</summary>
    public static VertexValues<TVertex> Constraint<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, weight, CentralityMeasure.Constraint);

    /// <summary>Burt's effective size; <c>effective_size(G, weight=None|"weight")</c>. NaN for isolates.</summary>
    public static VertexValues<TVertex> EffectiveSize<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, weight, CentralityMeasure.EffectiveSize);

    /// <summary>k-core number; <c>core_number(G)</c>. 0 for isolates.</summary>
    public static VertexValues<TVertex> CoreNumber<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, null, CentralityMeasure.Core);

    /// <summary>
    /// Katz centrality x = αAx + β, unit L2 norm; <c>katz_centrality_numpy(G, alpha, beta, weight=None|"weight")</c> where
    /// α &lt; 1/λ_max. Where α ≥ 1/λ_max the series Σ αᵏAᵏβ diverges and nothing is returned: NetworkX's
    /// <c>katz_centrality</c> raises <c>PowerIterationFailedConvergence</c> there (its <c>katz_centrality_numpy</c> still
    /// solves the linear system, numbers without meaning), and this call throws.
    /// </summary>
    /// <exception cref="InvalidOperationException">α ≥ 1/λ_max; the message names α, 1/λ_max and λ_max.</exception>
    public static VertexValues<TVertex> Katz<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight = null, double alpha = 0.1, double beta = 1.0, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex> => One(graph, weight, CentralityMeasure.Katz, new CentralityOptions { KatzAlpha = alpha, KatzBeta = beta }, cancellationToken: cancellationToken);

    private static VertexValues<TVertex> One<TVertex, TEdge>(IUndirectedGraph<TVertex, TEdge> graph, Func<TEdge, double>? weight, CentralityMeasure measure, CentralityOptions? options = null, bool forceWeights = false, CancellationToken cancellationToken = default)
        where TVertex : notnull
        where TEdge : IEdge<TVertex>
    {
        var (compact, vertices, index) = QuikGraphAdapter.ToWeightedGraph(graph, weight);
        options = (options ?? new CentralityOptions()) with { Weighted = forceWeights || weight is not null };
        return new VertexValues<TVertex>(vertices, Values(compact, [measure], options, cancellationToken)[0], index);
    }
}
