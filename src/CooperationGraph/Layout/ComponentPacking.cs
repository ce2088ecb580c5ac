using CooperationGraph.Graph;

namespace CooperationGraph.Layout;

/// <summary>
/// <see cref="LayoutOptions.PackComponents"/>: each connected component is laid out on its own (from the same start),
/// drawn in a disc, and the discs are placed in rows, largest component first; isolated nodes fill the last rows. The
/// whole is then rescaled to [−1, 1] around 0. A connected graph gives exactly the layout of the graph alone.
/// </summary>
/// <remarks>
/// A Fruchterman–Reingold component comes back in [−1, 1] whatever its size, so its disc's area is made to grow with its
/// number of nodes (<see cref="Sizing.ByNodeCount"/>). A stress component comes back in length units (a tie about 1
/// long), so it keeps its size, its disc is the smallest around its centroid (<see cref="Sizing.AsDrawn"/>; half a
/// tie's length for an isolated node) and discs are a tie's length apart: ties are drawn the same length in every
/// component, and no two institutions of different components are closer than a tie.
/// </remarks>
internal static class ComponentPacking
{
    /// <summary>Space between two discs, as a share of the largest disc's radius (<see cref="Sizing.AsDrawn"/>: one tie length).</summary>
    private const double Gap = 0.25;

    /// <summary>How the discs are sized.</summary>
    internal enum Sizing
    {
        /// <summary>Radius √(nodes / nodes of the largest); positions given in [−1, 1] are stretched to it.</summary>
        ByNodeCount,

        /// <summary>Positions kept as laid out (centred on 0); the radius encloses them.</summary>
        AsDrawn,
    }

    /// <summary>Lays out one graph in place from the positions given (group ids in its own node order, or null).</summary>
    internal delegate void LayOutPart(WeightedGraph part, double[] x, double[] y, int[]? groups, int[] members);

    public static void Run(WeightedGraph graph, double[] x, double[] y, int[]? groups, Sizing sizing, LayOutPart layOut,
        CancellationToken cancellationToken)
    {
        var components = Components(graph);
        if (components.Count <= 1)
        {
            layOut(graph, x, y, groups, components.Count == 0 ? [] : components[0]);
            if (sizing == Sizing.AsDrawn && x.Length > 0)
            {
                FruchtermanReingoldKernel.Rescale(x, y);
            }

            return;
        }

        var parts = new (double[] X, double[] Y, double Radius)[components.Count];
        for (int c = 0; c < components.Count; c++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (localX, localY) = LayOut(graph, x, y, groups, components[c], layOut);
            double radius = sizing == Sizing.ByNodeCount ? Radius(components[c].Length, components[0].Length) : Enclosing(localX, localY);
            parts[c] = (localX, localY, radius);
        }

        double largest = 0;
        foreach (var part in parts)
        {
            largest = Math.Max(largest, part.Radius);
        }

        double gap = sizing == Sizing.ByNodeCount ? Gap * largest : 1;
        double width = 0;
        foreach (var part in parts)
        {
            double side = (2 * part.Radius) + gap;
            width += side * side;
        }

        width = Math.Max((2 * largest) + gap, Math.Sqrt(width));
        double cursorX = 0, cursorY = 0, rowHeight = 0;
        for (int c = 0; c < components.Count; c++)
        {
            var members = components[c];
            var (localX, localY, radius) = parts[c];
            if (cursorX > 0 && cursorX + (2 * radius) > width)
            {
                cursorY -= rowHeight + gap;
                cursorX = 0;
                rowHeight = 0;
            }

            double centreX = cursorX + radius, centreY = cursorY - radius;
            double stretch = sizing == Sizing.ByNodeCount ? radius : 1;
            for (int k = 0; k < members.Length; k++)
            {
                x[members[k]] = centreX + (stretch * localX[k]);
                y[members[k]] = centreY + (stretch * localY[k]);
            }

            cursorX += (2 * radius) + gap;
            rowHeight = Math.Max(rowHeight, 2 * radius);
        }

        FruchtermanReingoldKernel.Rescale(x, y);
    }

    /// <summary>The largest distance of a position from 0, at least ½ (an isolated node's disc).</summary>
    private static double Enclosing(double[] x, double[] y)
    {
        double radius = 0.5;
        for (int k = 0; k < x.Length; k++)
        {
            radius = Math.Max(radius, Math.Sqrt((x[k] * x[k]) + (y[k] * y[k])));
        }

        return radius;
    }

    /// <summary>The radius of a component's disc: 1 for the largest, area in proportion to the number of nodes.</summary>
    private static double Radius(int size, int largest) => Math.Sqrt((double)size / largest);

    /// <summary>One component laid out alone from the nodes' positions (a single node at 0).</summary>
    private static (double[] X, double[] Y) LayOut(WeightedGraph graph, double[] x, double[] y, int[]? groups, int[] members, LayOutPart layOut)
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
        layOut(subgraph, localX, localY, localGroups, members);
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
