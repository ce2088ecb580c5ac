using CooperationGraph.Graph;
using CooperationGraph.Layout;

namespace CooperationGraph;

/// <summary>Positions of institutions for network maps.</summary>
public static class NetworkLayout
{
    /// <summary>
    /// A force-directed layout (Fruchterman &amp; Reingold 1991, Graph drawing by force-directed placement, Software:
    /// Practice and Experience 21(11), https://doi.org/10.1002/spe.4380211102): institutions repel each other with force
    /// k²/d and ties pull with A·d²/k, k = √(1/n), every step capped by a temperature that starts at a tenth of the initial
    /// spread and falls linearly to 0; positions are then rescaled to [−1, 1] around 0 (see <see cref="NodePositions"/>).
    /// Deterministic: the same network, seed and options give bit-identical positions.
    /// </summary>
    /// <remarks>
    /// <para><b>NetworkX.</b> For a connected network, or with <see cref="LayoutOptions.PackComponents"/> off, given the same
    /// initial positions this is <c>nx.spring_layout(G, pos=initial, iterations=50,
    /// threshold=1e-4, weight=None, method="force")</c> of NetworkX 3.6 to rounding (<c>weight="weight"</c> when
    /// <see cref="LayoutOptions.Weighted"/>). The initial positions differ from NetworkX's (it draws them from NumPy,
    /// these come from <c>new Random(Seed)</c>), so the same seed does not give NetworkX's picture. NetworkX before 3.6
    /// floored a step length below 0.01 to 0.1 instead of 0.01 and so ends elsewhere; from 500 nodes NetworkX switches to
    /// its sparse variant, which sums in another order. Weights are <b>strengths</b>: a heavier tie pulls harder.</para>
    /// <para><b>Grouping.</b> With <see cref="LayoutOptions.Grouping"/> each group starts in its own disc on a circle and
    /// every two institutions of a group attract as if tied with strength <see cref="LayoutOptions.GroupStrength"/>
    /// (added to a real tie's strength), so groups stay apart and compact. This has no NetworkX counterpart.</para>
    /// <para><b>Isolated institutions and disconnected networks.</b> Every institution is placed. Nothing pulls an isolated
    /// institution or a separate component towards the rest, so repulsion pushes them outwards for as long as the
    /// temperature allows; the final rescaling then fits everything in [−1, 1], which can leave a large component
    /// drawn small. That is what <see cref="LayoutOptions.PackComponents"/> off gives; on (the default), each component is
    /// laid out on its own and the components are placed side by side, largest first, each in a disc whose area grows
    /// with its size. Institutions that start at the same point stay there (and end at 0, 0 when all do).</para>
    /// <para><b>Cost.</b> Every step visits all n(n − 1)/2 pairs, on one thread: O(n² · iterations) time (timings:
    /// <c>LayoutBenchmarks</c> in <c>benchmarks/README.md</c>); memory O(n + m) (the graph and
    /// four arrays of n numbers: no n × n matrix, so 5 000 institutions need about 160 kB of working space). The token is
    /// checked once per step.</para>
    /// </remarks>
    /// <param name="network">The network; every institution gets a position.</param>
    /// <param name="options">Seed, iterations, grouping, weights; see <see cref="LayoutOptions"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels a long layout.</param>
    /// <exception cref="ArgumentOutOfRangeException">Iterations are negative, the group strength is negative or not finite, or the grouping is unknown.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static NodePositions ForceDirected(CooperationNetwork network, LayoutOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(network);
        options ??= new LayoutOptions();
        Validate(options);
        var (groups, groupCount) = InitialLayout.Groups(network.Institutions, options.Grouping);
        var (x, y) = groups is null
            ? InitialLayout.Uniform(network.Institutions.Count, options.Seed)
            : InitialLayout.Grouped(groups, groupCount, options.Seed);
        if (options.PackComponents)
        {
            ComponentPacking.Run(network.Graph, options.Weighted, x, y, groups, options.GroupStrength, options.Iterations, cancellationToken);
        }
        else
        {
            FruchtermanReingoldKernel.Run(network.Graph, options.Weighted, x, y, groups, options.GroupStrength, options.Iterations,
                FruchtermanReingoldKernel.Threshold, cancellationToken);
        }

        var ids = new string[network.Institutions.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = network.Institutions[i].Id;
        }

        return new NodePositions(ids, x, y);
    }

    /// <summary>
    /// The layout from given initial positions (copied, not changed) and optional group ids (<see cref="LayoutOptions.Seed"/>
    /// and <see cref="LayoutOptions.Grouping"/> are not used: the groups are the ids given). Returns the positions in node order.
    /// </summary>
    internal static (double[] X, double[] Y) ForceDirected(WeightedGraph graph, ReadOnlySpan<double> initialX, ReadOnlySpan<double> initialY,
        int[]? groups, LayoutOptions options, CancellationToken cancellationToken = default)
    {
        Validate(options);
        if (initialX.Length != graph.NodeCount || initialY.Length != graph.NodeCount || (groups is not null && groups.Length != graph.NodeCount))
        {
            throw new ArgumentException($"Initial positions and group ids must have one entry per node ({graph.NodeCount}).");
        }

        double[] x = initialX.ToArray(), y = initialY.ToArray();
        FruchtermanReingoldKernel.Run(graph, options.Weighted, x, y, groups, options.GroupStrength, options.Iterations,
            FruchtermanReingoldKernel.Threshold, cancellationToken);
        return (x, y);
    }

    private static void Validate(LayoutOptions options)
    {
        if (options.Iterations < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Iterations, "The number of iterations must be 0 or more.");
        }

        if (!double.IsFinite(options.GroupStrength) || options.GroupStrength < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.GroupStrength, "The group strength must be a finite number, 0 or more.");
        }

        if (!Enum.IsDefined(options.Grouping))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Grouping, "The grouping must be None, Sector or Level.");
        }
    }
}
