using CooperationGraph.Graph;

namespace CooperationGraph.Layout;

/// <summary>
/// One graph (a component, or the whole network unpacked) laid out by stress: target lengths, a start (the earlier layout
/// where given, else <see cref="PivotMds"/>), then <see cref="StressKernel"/>. Positions come out in length units (a tie
/// of length 1 drawn about 1 long), centred on 0.
/// </summary>
internal static class StressLayout
{
    /// <summary>Most nodes laid out with the dense n × n matrix (8n² bytes: 72 MB at 3 000); larger graphs get Pivot MDS alone.</summary>
    public const int DenseLimit = 3_000;

    /// <summary>Sweeps when <see cref="LayoutOptions.Iterations"/> is not set, up to <see cref="MultiStartLimit"/> nodes.</summary>
    public const int DefaultIterations = 500;

    /// <summary>Sweeps when <see cref="LayoutOptions.Iterations"/> is not set, beyond <see cref="MultiStartLimit"/> nodes (neato's <c>maxiter</c>).</summary>
    public const int LargeDefaultIterations = 200;

    /// <summary>Stop once a sweep lowers the stress by less than this share of it, up to <see cref="MultiStartLimit"/> nodes.</summary>
    public const double Tolerance = 1e-5;

    /// <summary>
    /// The same, beyond <see cref="MultiStartLimit"/> nodes (neato's <c>epsilon</c>): a sweep costs n², and on 1 000
    /// institutions the stress after 100 sweeps (where a sweep gains about 10⁻⁴) is within 1 % of that after 500.
    /// </summary>
    public const double LargeTolerance = 1e-4;

    /// <summary>Tolerance to which every start is run before the lowest is run on to <see cref="Tolerance"/>.</summary>
    public const double CoarseTolerance = 1e-4;

    /// <summary>Largest graph that also tries <see cref="RandomStarts"/> seeded random starts besides Pivot MDS.</summary>
    public const int MultiStartLimit = 300;

    /// <summary>Random starts tried besides Pivot MDS on graphs up to <see cref="MultiStartLimit"/> nodes; the lowest stress wins.</summary>
    public const int RandomStarts = 7;

    /// <summary>How far a new institution starts from the mean of its placed neighbours, in tie lengths.</summary>
    private const double Jitter = 0.1;

    /// <summary>Where a layout starts: earlier positions for the nodes that have one (<see cref="Placed"/>), in any units.</summary>
    internal readonly record struct Start(double[] X, double[] Y, bool[] Placed);

    /// <summary>
    /// Lays out <paramref name="graph"/>; pairs in different components get length <see cref="UnreachableLength"/>. Two
    /// nodes of one group get their length divided by 1 + <paramref name="groupStrength"/>.
    /// </summary>
    public static (double[] X, double[] Y) Run(WeightedGraph graph, bool weighted, int[]? groups, double groupStrength,
        Start? start, int seed, int? iterations, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        if (n < 2)
        {
            return (new double[n], new double[n]);
        }

        bool small = n <= MultiStartLimit;
        int sweeps = iterations ?? (small ? DefaultIterations : LargeDefaultIterations);
        double tolerance = small ? Tolerance : LargeTolerance;

        double unreachable = UnreachableLength(graph, weighted);
        double shrink = 1 + groupStrength;
        if (n > DenseLimit)
        {
            var queue = new int[n];
            var heap = weighted ? new MinHeap<double>(n) : null;
            return PivotMds.Layout(n, seed, (source, row) =>
            {
                cancellationToken.ThrowIfCancellationRequested();
                GraphDistances.FromSource(graph, weighted, source, row, queue, heap);
                for (int v = 0; v < n; v++)
                {
                    row[v] = Group(double.IsPositiveInfinity(row[v]) ? unreachable : row[v], groups, source, v, shrink);
                }
            });
        }

        var inverse = GraphDistances.InverseMatrix(graph, weighted, unreachable, cancellationToken);
        if (groups is not null)
        {
            for (int i = 0; i < n; i++)
            {
                for (int j = 0; j < n; j++)
                {
                    if (i != j && groups[i] == groups[j])
                    {
                        inverse[(i * n) + j] *= shrink;
                    }
                }
            }
        }

        if (start is { } earlier && Array.IndexOf(earlier.Placed, true) >= 0)
        {
            var (x, y) = Continue(graph, inverse, earlier, seed);
            StressKernel.Run(inverse, x, y, sweeps, tolerance, cancellationToken);
            Centre(x, y);
            return (x, y);
        }

        var best = PivotMds.Layout(n, seed, (source, row) =>
        {
            for (int v = 0; v < n; v++)
            {
                double inv = inverse[(source * n) + v];
                row[v] = inv > 0 ? 1 / inv : 0;
            }
        });
        if (small)
        {
            StressKernel.Run(inverse, best.X, best.Y, sweeps, CoarseTolerance, cancellationToken);
            double lowest = StressKernel.Stress(inverse, best.X, best.Y);
            var random = new Random(seed);
            var all = new bool[n];
            Array.Fill(all, true);
            for (int r = 0; r < RandomStarts; r++)
            {
                var startX = new double[n];
                var startY = new double[n];
                for (int i = 0; i < n; i++)
                {
                    startX[i] = random.NextDouble();
                    startY[i] = random.NextDouble();
                }

                var (x, y) = Continue(graph, inverse, new Start(startX, startY, all), seed);
                StressKernel.Run(inverse, x, y, sweeps, CoarseTolerance, cancellationToken);
                double stress = StressKernel.Stress(inverse, x, y);
                if (stress < lowest)
                {
                    (best, lowest) = ((x, y), stress);
                }
            }
        }

        StressKernel.Run(inverse, best.X, best.Y, sweeps, tolerance, cancellationToken);
        Centre(best.X, best.Y);
        return best;
    }

    /// <summary>
    /// The length given to a pair in different components when they are laid out together: the mean tie length times √n
    /// (OGDF's <c>StressMinimization</c>, Ortmann; 1 per tie unweighted, 1/w weighted).
    /// </summary>
    public static double UnreachableLength(WeightedGraph graph, bool weighted)
    {
        double total = 0;
        int ties = graph.Targets.Length;
        for (int e = 0; e < ties; e++)
        {
            total += weighted ? 1 / graph.Weights[e] : 1;
        }

        return (ties == 0 ? 1 : total / ties) * Math.Sqrt(graph.NodeCount);
    }

    private static double Group(double length, int[]? groups, int u, int v, double shrink) =>
        groups is not null && u != v && groups[u] == groups[v] ? length / shrink : length;

    /// <summary>
    /// The earlier positions scaled to length units (the scale that best fits the lengths among placed nodes); each new
    /// node at the mean of its placed neighbours plus a small seeded offset, repeated outwards; nodes reached by none
    /// at a seeded point near the centre.
    /// </summary>
    private static (double[] X, double[] Y) Continue(WeightedGraph graph, double[] inverse, Start start, int seed)
    {
        int n = graph.NodeCount;
        var x = new double[n];
        var y = new double[n];
        var placed = (bool[])start.Placed.Clone();
        double sumA = 0, sumA2 = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                if (placed[i] && placed[j])
                {
                    double dx = start.X[i] - start.X[j], dy = start.Y[i] - start.Y[j];
                    double a = Math.Sqrt((dx * dx) + (dy * dy)) * inverse[(i * n) + j];
                    sumA += a;
                    sumA2 += a * a;
                }
            }
        }

        double scale = sumA2 > 0 ? sumA / sumA2 : 1;
        for (int i = 0; i < n; i++)
        {
            if (placed[i])
            {
                x[i] = start.X[i] * scale;
                y[i] = start.Y[i] * scale;
            }
        }

        var random = new Random(seed);
        for (bool progress = true; progress;)
        {
            progress = false;
            for (int i = 0; i < n; i++)
            {
                if (placed[i])
                {
                    continue;
                }

                double meanX = 0, meanY = 0;
                int count = 0;
                foreach (int j in graph.Neighbours(i))
                {
                    if (placed[j])
                    {
                        meanX += x[j];
                        meanY += y[j];
                        count++;
                    }
                }

                if (count > 0)
                {
                    double angle = 2 * Math.PI * random.NextDouble();
                    x[i] = (meanX / count) + (Jitter * Math.Cos(angle));
                    y[i] = (meanY / count) + (Jitter * Math.Sin(angle));
                    placed[i] = progress = true;
                }
            }
        }

        for (int i = 0; i < n; i++)
        {
            if (!placed[i])
            {
                x[i] = Jitter * (random.NextDouble() - 0.5);
                y[i] = Jitter * (random.NextDouble() - 0.5);
            }
        }

        return (x, y);
    }

    private static void Centre(double[] x, double[] y)
    {
        double meanX = 0, meanY = 0;
        for (int i = 0; i < x.Length; i++)
        {
            meanX += x[i];
            meanY += y[i];
        }

        meanX /= x.Length;
        meanY /= y.Length;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] -= meanX;
            y[i] -= meanY;
        }
    }
}
