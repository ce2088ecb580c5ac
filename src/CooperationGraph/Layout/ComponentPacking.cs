using CooperationGraph.Graph;

namespace CooperationGraph.Layout;

/// <summary>
/// <see cref="LayoutOptions.PackComponents"/>: each connected component is laid out on its own by
/// <see cref="FruchtermanReingoldKernel"/> (from the same seeded start), drawn in a disc whose area grows with its number
/// of nodes, and the discs are placed in rows, largest first; isolated nodes fill the last rows. The whole is then
/// rescaled to [−1, 1] around 0. A connected graph gives exactly the kernel's layout.
/// </summary>
internal static class ComponentPacking
{
    /// <summary>Space between two discs, as a share of the largest disc's radius.</summary>
    private const double Gap = 0.25;

    public static void Run(WeightedGraph graph, bool weighted, double[] x, double[] y, int[]? groups, double groupStrength,
        int iterations, CancellationToken cancellationToken)
    {
        var components = Components(graph);
        if (components.Count <= 1)
        {
            FruchtermanReingoldKernel.Run(graph, weighted, x, y, groups, groupStrength, iterations, FruchtermanReingoldKernel.Threshold, cancellationToken);
            return;
        }

        int largest = components[0].Length;
        double width = 0;
        foreach (var members in components)
        {
            double side = (2 * Radius(members.Length, largest)) + Gap;
            width += side * side;
        }

        width = Math.Max(2 + Gap, Math.Sqrt(width));
        double cursorX = 0, cursorY = 0, rowHeight = 0;
        foreach (var members in components)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (localX, localY) = LayOut(graph, weighted, x, y, groups, groupStrength, iterations, members, cancellationToken);
            double radius = Radius(members.Length, largest);
            if (cursorX > 0 && cursorX + (2 * radius) > width)
            {
                cursorY -= rowHeight + Gap;
                cursorX = 0;
                rowHeight = 0;
            }

            double centreX = cursorX + radius, centreY = cursorY - radius;
            for (int k = 0; k < members.Length; k++)
            {
                x[members[k]] = centreX + (radius * localX[k]);
                y[members[k]] = centreY + (radius * localY[k]);
            }

            cursorX += (2 * radius) + Gap;
            rowHeight = Math.Max(rowHeight, 2 * radius);
        }

        FruchtermanReingoldKernel.Rescale(x, y);
    }

    /// <summary>The radius of a component's disc: 1 for the largest, area in proportion to the number of nodes.</summary>
    private static double Radius(int size, int largest) => Math.Sqrt((double)size / largest);

    /// <summary>One component laid out alone from the nodes' initial positions, in [−1, 1] around 0 (a single node at 0).</summary>
    private static (double[] X, double[] Y) LayOut(WeightedGraph graph, bool weighted, double[] x, double[] y, int[]? groups, double groupStrength,
        int iterations, int[] members, CancellationToken cancellationToken)
    {
        int size = members.Length;
        var localX = new double[size];
        var localY = new double[size];
        if (size == 1)
        {
            return (localX, localY);
        }

        var local = new int[graph.NodeCount];
        for (int k = 0; k < size; k++)
        {
            local[members[k]] = k;
            localX[k] = x[members[k]];
            localY[k] = y[members[k]];
        }

        var edges = new List<(int U, int V, double Weight)>();
        var localGroups = groups is null ? null : new int[size];
        for (int k = 0; k < size; k++)
        {
            int u = members[k];
            if (localGroups is not null)
            {
                localGroups[k] = groups![u];
            }

            var neighbours = graph.Neighbours(u);
            var weights = graph.NeighbourWeights(u);
            for (int e = 0; e < neighbours.Length; e++)
            {
                if (neighbours[e] > u)
                {
                    edges.Add((k, local[neighbours[e]], weights[e]));
                }
            }
        }

        var subgraph = WeightedGraph.FromEdges(size, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(edges));
        FruchtermanReingoldKernel.Run(subgraph, weighted, localX, localY, localGroups, groupStrength, iterations, FruchtermanReingoldKernel.Threshold, cancellationToken);
        return (localX, localY);
    }

    /// <summary>Connected components (the ids of <see cref="Blocks"/>), largest first; equal sizes keep the order of their first node.</summary>
    internal static List<int[]> Components(WeightedGraph graph)
    {
        var kernel = Blocks.Find(graph, CancellationToken.None);
        var members = new int[kernel.ComponentSizes.Length][];
        var filled = new int[members.Length];
        for (int c = 0; c < members.Length; c++)
        {
            members[c] = new int[kernel.ComponentSizes[c]];
        }

        for (int v = 0; v < graph.NodeCount; v++)
        {
            int c = kernel.Component[v];
            members[c][filled[c]++] = v;
        }

        return [.. members.OrderByDescending(c => c.Length).ThenBy(c => c[0])];
    }
}
