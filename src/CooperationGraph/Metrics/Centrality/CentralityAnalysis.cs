using CooperationGraph.Graph;
using CooperationGraph.Metrics.Centrality;

namespace CooperationGraph;

/// <summary>
/// Centrality of every institution of a <see cref="CooperationNetwork"/>, each measure equal to its NetworkX
/// counterpart (NetworkX 2.8+ defaults). Isolated institutions are kept; the policy for each measure is below.
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>degree</term><description>distinct partners; <c>G.degree()</c>. O(n).</description></item>
/// <item><term>strength</term><description>Σ tie weights, always (it is the weighted degree); <c>G.degree(weight="weight")</c>.</description></item>
/// <item><term>betweenness</term><description>Brandes (2001, A faster algorithm for betweenness centrality, J. Math. Sociol. 25(2),
/// https://doi.org/10.1080/0022250X.2001.9990249), normalised by (n − 1)(n − 2)/2 for an undirected graph;
/// <c>betweenness_centrality(G, normalized=True, weight=None|"distance")</c>. O(nm), O(nm + n² log n) weighted. 0 for isolates.</description></item>
/// <item><term>closeness</term><description>(r − 1)/Σd · (r − 1)/(n − 1) over the r nodes reachable (Wasserman &amp; Faust 1994 improved form
/// for disconnected graphs); <c>closeness_centrality(G, distance=None|"distance")</c>. 0 for isolates.</description></item>
/// <item><term>harmonic</term><description>Σ 1/d over other nodes (Marchiori &amp; Latora 2000, https://doi.org/10.1016/S0378-4371(00)00311-3), not
/// normalised; <c>harmonic_centrality(G)</c>. 0 for isolates.</description></item>
/// <item><term>eigenvector</term><description>dominant eigenvector of the adjacency (Bonacich 1972, https://doi.org/10.1080/0022250X.1972.9989806),
/// unit L2 norm, positive; <c>eigenvector_centrality_numpy(G, weight=None|"weight")</c>. On a disconnected network it lives on the
/// component with the largest spectral radius (others ≈ 0), as the NumPy variant's does.</description></item>
/// <item><term>pagerank</term><description>α = 0.85, uniform teleport, dangling mass spread evenly (Brin &amp; Page 1998,
/// https://doi.org/10.1016/S0169-7552(98)00110-X); <c>pagerank(G, alpha=0.85)</c>, tolerance 1e-6·n on L1, as NetworkX.</description></item>
/// <item><term>clustering</term><description>local clustering coefficient 2T/(d(d − 1)) (Watts &amp; Strogatz 1998,
/// https://doi.org/10.1038/30918); <c>clustering(G)</c>. Weighted, strengths as Onnela, Saramäki, Kertész &amp; Kaski (2005,
/// Intensity and coherence of motifs in weighted complex networks, Phys. Rev. E 71, 065103, https://doi.org/10.1103/PhysRevE.71.065103):
/// each triangle counts the geometric mean of its three strengths divided by the largest strength in the network, so
/// values stay in [0, 1] and a triangle of the strongest ties counts 1; <c>clustering(G, weight="weight")</c>.
/// O(Σ_v Σ_u∈N(v) (d_v + d_u)). 0 below degree 2.</description></item>
/// <item><term>constraint</term><description>Burt's constraint (Burt 1992, Structural Holes; Burt 2004,
/// https://doi.org/10.1086/421787); <c>constraint(G, weight=None|"weight")</c>. NaN for isolates.</description></item>
/// <item><term>effective_size</term><description>Burt's effective size, in Borgatti's form n − 2t/n when unweighted (Borgatti 1997,
/// Structural holes: unpacking Burt's redundancy measures, Connections 20(1)); <c>effective_size(G, weight=None|"weight")</c>. NaN for isolates.</description></item>
/// <item><term>core</term><description>k-core number (Batagelj &amp; Zaveršnik 2003, https://arxiv.org/abs/cs/0310049); <c>core_number(G)</c>, which takes no
/// weight: always a count of ties, like degree. 0 for isolates.</description></item>
/// <item><term>katz</term><description>x = αAx + β scaled to unit L2 norm (Katz 1953, https://doi.org/10.1007/BF02289026);
/// <c>katz_centrality_numpy(G, alpha=0.1, beta=1.0)</c>; solved by conjugate gradients on (I − αA)x = β. Refused (<see cref="InvalidOperationException"/> naming α and 1/λ_max) when α ≥ 1/λ_max.</description></item>
/// </list>
/// Betweenness, closeness and harmonic share one traversal per source, run in parallel with results independent of the
/// number of threads. Weighted, paths equally short in exact arithmetic count as equal (NetworkX's float comparison
/// misses some): exact integer lengths when every strength is a decimal with at most six digits after the point,
/// otherwise igraph's relative tolerance of 1e-10. <see cref="Compute(CooperationNetwork, CentralityOptions?, CancellationToken)"/> is the batch call
/// (one path pass for every path measure asked for); the per-measure calls (<c>Betweenness(graph, weight, normalized)</c>…)
/// take any QuikGraph <c>IUndirectedGraph</c>.
/// </remarks>
public static partial class CentralityAnalysis
{
    /// <summary>Computes the measures for every institution of the network.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Weighted or not, which measures; see <see cref="CentralityOptions"/>.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    /// <exception cref="ArgumentException">A measure is named twice, or <see cref="CentralityOptions.Weighted"/> is asked
    /// for measures none of which has a weighted form (only degree and core number).</exception>
    /// <exception cref="InvalidOperationException">Katz with α ≥ 1/λ_max, or PageRank not converging.</exception>
    public static CentralityTable Compute(CooperationNetwork network, CentralityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new CentralityOptions();
        var measures = Measures(options);
        var graph = network.Graph;
        int n = graph.NodeCount;
        var values = Values(graph, measures, options, cancellationToken);
        var ids = network.Institutions.Select(i => i.Id).ToList();
        double[]? Find(CentralityMeasure measure) => measures.IndexOf(measure) is int k and >= 0 ? values[k] : null;
        var degree = Find(CentralityMeasure.Degree) ?? Degrees(graph);
        var centralization = new Centralization(
            Freeman(degree, (n - 1.0) * (n - 2.0), n),
            Find(CentralityMeasure.Betweenness) is { } b ? Freeman(b, n - 1.0, n) : double.NaN,
            Find(CentralityMeasure.Closeness) is { } c ? Freeman(c, (n - 1.0) * (n - 2.0) / ((2.0 * n) - 3.0), n) : double.NaN);
        return new CentralityTable(ids, measures, values, centralization);
    }

    /// <summary>
    /// The measures asked for, checked: every measure but Katz by default, none twice, and, when weighted, at least one
    /// that uses the weights (weights asked for and used by nothing would be ignored without a word).
    /// </summary>
    private static List<CentralityMeasure> Measures(CentralityOptions options)
    {
        var measures = (options.Measures ?? CentralityMeasureNames.Basic).ToList();
        foreach (var measure in measures)
        {
            _ = measure.ColumnName();
        }

        if (measures.Distinct().Count() != measures.Count)
        {
            throw new ArgumentException($"A measure is named twice: {string.Join(", ", measures.Select(m => m.ColumnName()))}.");
        }

        if (options.Weighted && measures.TrueForAll(m => m is CentralityMeasure.Degree or CentralityMeasure.Core))
        {
            throw new ArgumentException(Messages.Get("CentralityWeightsUnused", string.Join(", ", measures.Select(m => m.ColumnName()))));
        }

        return measures;
    }

    /// <summary>The values of each measure, in the order asked, on a compact graph; one path pass for the path measures.</summary>
    internal static double[][] Values(WeightedGraph graph, IReadOnlyList<CentralityMeasure> measures, CentralityOptions options, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        bool weighted = options.Weighted;
        int n = graph.NodeCount;
        PathKernel? paths = null;
        if (measures.Any(m => m is CentralityMeasure.Betweenness or CentralityMeasure.Closeness or CentralityMeasure.Harmonic))
        {
            paths = new PathKernel(graph, weighted);
            paths.Run(measures.Contains(CentralityMeasure.Betweenness), cancellationToken, options.Progress, options.MaxDegreeOfParallelism, measures.Contains(CentralityMeasure.Closeness) || measures.Contains(CentralityMeasure.Harmonic));
        }

        // Eigenvector and Katz share one Lanczos run (Katz needs only λ_max).
        (double[] Vector, double Value)? eigenpair = null;
        (double[] Vector, double Value) Eigenpair() => eigenpair ??= LanczosKernel.DominantEigenpair(graph, weighted, cancellationToken);

        double[] One(CentralityMeasure measure) => measure switch
        {
            CentralityMeasure.Degree => Degrees(graph),
            CentralityMeasure.Strength => [.. Enumerable.Range(0, n).Select(v => Sum(graph.NeighbourWeights(v)))],
            CentralityMeasure.Betweenness => ScaleBetweenness(paths!.Betweenness!, n),
            CentralityMeasure.Closeness => [.. Enumerable.Range(0, n).Select(v => ClosenessOf(paths!.DistanceSum[v], paths.Reachable[v], n))],
            CentralityMeasure.Harmonic => paths!.InverseDistanceSum,
            CentralityMeasure.Eigenvector => Eigenpair().Vector,
            CentralityMeasure.PageRank => SpectralKernels.PageRank(graph, weighted, 0.85, cancellationToken),
            CentralityMeasure.Clustering => LocalKernels.Clustering(graph, weighted),
            CentralityMeasure.Constraint => LocalKernels.Constraint(graph, weighted),
            CentralityMeasure.EffectiveSize => LocalKernels.EffectiveSize(graph, weighted),
            CentralityMeasure.Core => LocalKernels.CoreNumber(graph),
            CentralityMeasure.Katz => SpectralKernels.Katz(graph, weighted, options.KatzAlpha, options.KatzBeta, cancellationToken, Eigenpair().Value),
            _ => throw new ArgumentOutOfRangeException(nameof(measures), measure, "Not a centrality measure."),
        };

        return [.. measures.Select(One)];
    }

    private static double[] Degrees(WeightedGraph graph) => [.. Enumerable.Range(0, graph.NodeCount).Select(v => (double)graph.Degree(v))];

    internal static double[] ScaleBetweenness(double[] raw, int n)
    {
        double scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        return [.. raw.Select(b => b * scale)];
    }

    private static double ClosenessOf(double distanceSum, int reachable, int n) =>
        distanceSum > 0 && n > 1 ? reachable / distanceSum * (reachable / (n - 1.0)) : 0.0;

    internal static double Freeman(double[] values, double maximum, int n)
    {
        if (n < 3)
        {
            return double.NaN;
        }

        double top = values.Max();
        return values.Sum(v => top - v) / maximum;
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        double sum = 0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum;
    }
}
