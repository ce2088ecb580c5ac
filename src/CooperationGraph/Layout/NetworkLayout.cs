using CooperationGraph.Graph;
using CooperationGraph.Layout;

namespace CooperationGraph;

/// <summary>Positions of institutions for network maps.</summary>
public static class NetworkLayout
{
    /// <summary>
    /// Positions for every institution, by <see cref="LayoutOptions.Algorithm"/>: stress majorization by default, or
    /// Fruchterman–Reingold; rescaled to [−1, 1] around 0 (see <see cref="NodePositions"/>). Deterministic: the same
    /// network, seed and options give bit-identical positions.
    /// </summary>
    /// <remarks>
    /// <para><b>Stress</b> (Gansner, Koren &amp; North 2004, Graph drawing by stress majorization, Graph Drawing 2004, LNCS
    /// 3383, https://doi.org/10.1007/978-3-540-31843-9_25) minimises Σ_{i&lt;j} d_ij⁻² (‖x_i − x_j‖ − d_ij)², d_ij the
    /// shortest-path length (hops; weighted, a tie of strength w is 1/w long, so heavier ties are drawn shorter). All-pairs
    /// lengths by breadth-first search (Dijkstra weighted); the start is Pivot MDS (Brandes &amp; Pich 2006,
    /// https://doi.org/10.1007/978-3-540-70904-6_6; classical MDS with 50 or fewer institutions), or the earlier positions
    /// of <see cref="LayoutOptions.InitialPositions"/>; then localized Guttman transforms, one institution at a time, until
    /// a sweep lowers the stress by less than ε of itself or after a cap of sweeps: ε = 10⁻⁵ and 500 sweeps up to 300
    /// institutions in a component, where seven seeded random starts are also tried (each to 10⁻⁴; the lowest goes on),
    /// and neato's ε = 10⁻⁴ and 200 sweeps beyond. This is the model of Graphviz
    /// <c>neato -Gmode=major</c> and the energy of NetworkX <c>kamada_kawai_layout(G, weight=None)</c> (Kamada &amp; Kawai
    /// 1989 with spring constants d⁻², minimised there by BFGS). Quality is measured by the <b>normalised stress</b>: the
    /// stress after the scale s* = Σ w d ‖·‖ / Σ w ‖·‖² that minimises it, divided by Σ w d² (= the number of pairs); on
    /// Łoniów, Zachary's karate club, the Florentine families, Les Misérables and a generated gmina it is within 5 % of
    /// the lower of neato's and Kamada–Kawai's, component by component (fixtures and script in
    /// <c>tests/CooperationGraph.Tests/Fixtures/Layout/Stress</c>; the table in the README).</para>
    /// <para><b>Force-directed</b> (Fruchterman &amp; Reingold 1991, Graph drawing by force-directed placement, Software:
    /// Practice and Experience 21(11), https://doi.org/10.1002/spe.4380211102): institutions repel each other with force
    /// k²/d and ties pull with A·d²/k, k = √(1/n), every step capped by a temperature that starts at a tenth of the initial
    /// spread and falls linearly to 0; weights are strengths (a heavier tie pulls harder). For a connected network, or
    /// with <see cref="LayoutOptions.PackComponents"/> off, given the same initial positions this is
    /// <c>nx.spring_layout(G, pos=initial, iterations=50, threshold=1e-4, weight=None, method="force")</c> of NetworkX 3.6
    /// to rounding (<c>weight="weight"</c> when weighted). The initial positions come from <c>new Random(Seed)</c>, not
    /// NumPy, so the same seed does not give NetworkX's picture; NetworkX before 3.6 floored a short step to 0.1 instead
    /// of 0.01, and from 500 nodes NetworkX switches to a sparse variant that sums in another order.</para>
    /// <para><b>Grouping.</b> With <see cref="LayoutOptions.Grouping"/>, force-directed: each group starts in its own disc
    /// on a circle and every two institutions of a group attract as if tied with strength
    /// <see cref="LayoutOptions.GroupStrength"/>; stress: two institutions of a group have their target distance divided by
    /// 1 + <see cref="LayoutOptions.GroupStrength"/>. Neither has a NetworkX counterpart.</para>
    /// <para><b>Isolated institutions and disconnected networks.</b> Every institution is placed. By default each
    /// connected component is laid out on its own and the components are placed side by side, largest first, isolated
    /// institutions last (stress: each component at its own size, so ties are equally long everywhere). With packing off,
    /// force-directed repulsion pushes separate parts outwards and the final rescaling can leave the largest drawn small;
    /// stress gives pairs in different components the target distance √n × the mean tie length (as OGDF's
    /// <c>StressMinimization</c>).</para>
    /// <para><b>Cost.</b> Stress: O(n(n + m)) for the lengths and O(n²) per sweep, memory 8n² bytes for the matrix of
    /// one component (72 MB at 3 000 institutions). A component of more than 3 000 institutions gets Pivot MDS alone (50
    /// pivots, O(50(n + m)) time and 50n numbers), a coarser picture. Force-directed: O(n²) per step, 50 steps, memory
    /// O(n + m). Timings: <c>LayoutBenchmarks</c> in <c>benchmarks/README.md</c>. The token is checked once per sweep or
    /// step (and every 64 rows of lengths).</para>
    /// </remarks>
    /// <param name="network">The network; every institution gets a position.</param>
    /// <param name="options">Algorithm, seed, iterations, grouping, weights, packing, earlier positions; see <see cref="LayoutOptions"/>.</param>
    /// <param name="cancellationToken">Cancels a long layout.</param>
    /// <exception cref="ArgumentOutOfRangeException">Iterations are negative, the group strength is negative or not finite, or the algorithm or grouping is unknown.</exception>
    /// <exception cref="ArgumentException">Initial positions were given for the force-directed layout.</exception>
    /// <exception cref="OperationCanceledException">The token was cancelled.</exception>
    public static NodePositions Compute(CooperationNetwork network, LayoutOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(network);
        options ??= new LayoutOptions();
        Validate(options);
        var ids = new string[network.Institutions.Count];
        for (int i = 0; i < ids.Length; i++)
        {
            ids[i] = network.Institutions[i].Id;
        }

        var (groups, groupCount) = InitialLayout.Groups(network.Institutions, options.Grouping);
        var (x, y) = options.Algorithm == LayoutAlgorithm.Stress
            ? Stress(network.Graph, ids, groups, options, cancellationToken)
            : ForceDirected(network.Graph, groups, groupCount, options, cancellationToken);
        return new NodePositions(ids, x, y);
    }

    private static (double[] X, double[] Y) ForceDirected(WeightedGraph graph, int[]? groups, int groupCount, LayoutOptions options,
        CancellationToken cancellationToken)
    {
        int iterations = options.Iterations ?? FruchtermanReingoldKernel.DefaultIterations;
        var (x, y) = groups is null
            ? InitialLayout.Uniform(graph.NodeCount, options.Seed)
            : InitialLayout.Grouped(groups, groupCount, options.Seed);
        if (options.PackComponents)
        {
            ComponentPacking.Run(graph, x, y, groups, ComponentPacking.Sizing.ByNodeCount,
                (part, partX, partY, partGroups, _) => FruchtermanReingoldKernel.Run(part, options.Weighted, partX, partY, partGroups,
                    options.GroupStrength, iterations, FruchtermanReingoldKernel.Threshold, cancellationToken),
                cancellationToken);
        }
        else
        {
            FruchtermanReingoldKernel.Run(graph, options.Weighted, x, y, groups, options.GroupStrength, iterations,
                FruchtermanReingoldKernel.Threshold, cancellationToken);
        }

        return (x, y);
    }

    private static (double[] X, double[] Y) Stress(WeightedGraph graph, string[] ids, int[]? groups, LayoutOptions options,
        CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        int? iterations = options.Iterations;
        double groupStrength = groups is null ? 0 : options.GroupStrength;
        var x = new double[n];
        var y = new double[n];
        var earlier = options.InitialPositions;
        void LayOut(WeightedGraph part, double[] partX, double[] partY, int[]? partGroups, int[] members)
        {
            StressLayout.Start? start = null;
            if (earlier is not null)
            {
                var placed = new bool[members.Length];
                for (int k = 0; k < members.Length; k++)
                {
                    int at = earlier.IndexOf(ids[members[k]]);
                    if (at >= 0)
                    {
                        (partX[k], partY[k], placed[k]) = (earlier.X[at], earlier.Y[at], true);
                    }
                }

                start = new StressLayout.Start(partX, partY, placed);
            }

            var (resultX, resultY) = StressLayout.Run(part, options.Weighted, partGroups, groupStrength, start, options.Seed,
                iterations, cancellationToken);
            resultX.CopyTo(partX, 0);
            resultY.CopyTo(partY, 0);
        }

        if (options.PackComponents)
        {
            ComponentPacking.Run(graph, x, y, groups, ComponentPacking.Sizing.AsDrawn, LayOut, cancellationToken);
        }
        else if (n > 0)
        {
            var all = new int[n];
            for (int i = 0; i < n; i++)
            {
                all[i] = i;
            }

            LayOut(graph, x, y, groups, all);
            FruchtermanReingoldKernel.Rescale(x, y);
        }

        return (x, y);
    }

    /// <summary>
    /// The force-directed layout from given initial positions (copied, not changed) and optional group ids
    /// (<see cref="LayoutOptions.Seed"/> and <see cref="LayoutOptions.Grouping"/> are not used: the groups are the ids
    /// given). Returns the positions in node order.
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
        FruchtermanReingoldKernel.Run(graph, options.Weighted, x, y, groups, options.GroupStrength,
            options.Iterations ?? FruchtermanReingoldKernel.DefaultIterations, FruchtermanReingoldKernel.Threshold, cancellationToken);
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

        if (!Enum.IsDefined(options.Algorithm))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Algorithm, "The algorithm must be Stress or ForceDirected.");
        }

        if (options.InitialPositions is not null && options.Algorithm != LayoutAlgorithm.Stress)
        {
            throw new ArgumentException("Initial positions are used by the stress layout only.", nameof(options));
        }
    }
}
