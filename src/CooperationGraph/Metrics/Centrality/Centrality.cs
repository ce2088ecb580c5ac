using CooperationGraph.Graph;
using CooperationGraph.Networks;

namespace CooperationGraph.Metrics.Centrality;

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
/// <item><term>clustering</term><description>local clustering coefficient, always unweighted (Watts &amp; Strogatz 1998,
/// https://doi.org/10.1038/30918); <c>clustering(G)</c>. 0 below degree 2.</description></item>
/// <item><term>constraint</term><description>Burt's constraint (Burt 1992, Structural Holes; Burt 2004,
/// https://doi.org/10.1086/421787); <c>constraint(G, weight=None|"weight")</c>. NaN for isolates.</description></item>
/// <item><term>effective_size</term><description>Burt's effective size, in Borgatti's form n − 2t/n when unweighted (Borgatti 1997,
/// Structural holes: unpacking Burt's redundancy measures, Connections 20(1)); <c>effective_size(G, weight=None|"weight")</c>. NaN for isolates.</description></item>
/// <item><term>core</term><description>k-core number (Batagelj &amp; Zaveršnik 2003, https://arxiv.org/abs/cs/0310049); <c>core_number(G)</c>. 0 for isolates.</description></item>
/// <item><term>katz</term><description>x = αAx + β scaled to unit L2 norm (Katz 1953, https://doi.org/10.1007/BF02289026);
/// <c>katz_centrality_numpy(G, alpha=0.1, beta=1.0)</c>. Refused (<see cref="InvalidOperationException"/> naming α and 1/λ_max) when α ≥ 1/λ_max.</description></item>
/// </list>
/// Betweenness, closeness and harmonic share one traversal per source, run in parallel with results independent of the
/// number of threads. Weighted, paths equally short in exact arithmetic count as equal (NetworkX's float comparison
/// misses some): exact integer lengths when every strength is a decimal with at most six digits after the point,
/// otherwise igraph's relative tolerance of 1e-10.
/// </remarks>
public static class Centrality
{
    /// <summary>Every measure, in column order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["degree", "strength", "betweenness", "closeness", "harmonic", "eigenvector", "pagerank", "clustering", "constraint", "effective_size", "core", "katz"];

    /// <summary>Computes the measures for every institution of the network.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Weighted or not, which measures; see <see cref="CentralityOptions"/>.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    /// <exception cref="ArgumentException">An unknown measure is named; the message lists the known ones.</exception>
    /// <exception cref="InvalidOperationException">Katz with α ≥ 1/λ_max, or PageRank not converging.</exception>
    public static CentralityTable Compute(CooperationNetwork network, CentralityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new CentralityOptions();
        var names = options.Metrics ?? Columns;
        foreach (var name in names)
        {
            if (!Columns.Contains(name))
            {
                throw new ArgumentException($"unknown measure '{name}'; known measures: {string.Join(", ", Columns)}");
            }
        }

        var graph = network.Graph;
        bool weighted = options.Weighted;
        int n = graph.NodeCount;
        PathKernel? paths = null;
        if (names.Any(c => c is "betweenness" or "closeness" or "harmonic"))
        {
            paths = new PathKernel(graph, weighted);
            paths.Run(names.Contains("betweenness"), cancellationToken, options.Progress, options.MaxDegreeOfParallelism, names.Any(c => c is "closeness" or "harmonic"));
        }

        double[] Compute(string name) => name switch
        {
            "degree" => [.. Enumerable.Range(0, n).Select(v => (double)graph.Degree(v))],
            "strength" => [.. Enumerable.Range(0, n).Select(v => Sum(graph.NeighbourWeights(v)))],
            "betweenness" => Betweenness(paths!.Betweenness!, n),
            "closeness" => [.. Enumerable.Range(0, n).Select(v => Closeness(paths!.DistanceSum[v], paths.Reachable[v], n))],
            "harmonic" => paths!.InverseDistanceSum,
            "eigenvector" => LanczosKernel.DominantEigenvector(graph, weighted, cancellationToken),
            "pagerank" => SpectralKernels.PageRank(graph, weighted, 0.85, cancellationToken),
            "clustering" => LocalKernels.Clustering(graph),
            "constraint" => LocalKernels.Constraint(graph, weighted),
            "effective_size" => LocalKernels.EffectiveSize(graph, weighted),
            "core" => LocalKernels.CoreNumber(graph),
            _ => SpectralKernels.Katz(graph, weighted, options.KatzAlpha, options.KatzBeta, cancellationToken),
        };

        var values = names.Select(Compute).ToList();
        var ids = network.Institutions.Select(i => i.Id).ToList();
        double[]? Find(string name) => names.Contains(name) ? values[names.ToList().IndexOf(name)] : null;
        var degree = Find("degree") ?? [.. Enumerable.Range(0, n).Select(v => (double)graph.Degree(v))];
        var centralization = new Centralization(
            Freeman(degree, (n - 1.0) * (n - 2.0), n),
            Find("betweenness") is { } b ? Freeman(b, n - 1.0, n) : double.NaN,
            Find("closeness") is { } c ? Freeman(c, (n - 1.0) * (n - 2.0) / ((2.0 * n) - 3.0), n) : double.NaN);
        return new CentralityTable(ids, [.. names], values, centralization);
    }

    private static double[] Betweenness(double[] raw, int n)
    {
        double scale = n > 2 ? 1.0 / ((n - 1.0) * (n - 2.0)) : 1.0;
        return [.. raw.Select(b => b * scale)];
    }

    private static double Closeness(double distanceSum, int reachable, int n) =>
        distanceSum > 0 && n > 1 ? reachable / distanceSum * (reachable / (n - 1.0)) : 0.0;

    private static double Freeman(double[] values, double maximum, int n)
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
