namespace CooperationGraph.Layout;

/// <summary>
/// Moves discs (a network map's markers) apart until no two overlap, keeping the picture's arrangement: every pair that
/// overlaps is pushed apart along the line through its two centres, half the overlap each, so the pair keeps its
/// left-to-right and top-to-bottom order and nothing else is rotated or rescaled. This is the overlap-only repulsion of
/// Li, Eades &amp; Nikolov (2005), Using spring algorithms to remove node overlapping, Proc. Asia-Pacific Symposium on
/// Information Visualisation (APVis 2005), CRPIT 45, pp. 131–140, applied as exact pair separations instead of forces:
/// each sweep measures every overlapping pair on the same positions and moves all discs at once (Jacobi), each by the
/// sum of its pushes over the square root of their number, so a disc squeezed between two others is pushed by both and keeps its place between them. It moves far fewer markers than a uniform scaling (which grows the whole
/// map by the worst pair's ratio) and is simpler than PRISM (Gansner &amp; Hu 2010, https://doi.org/10.7155/jgaa.00198),
/// whose proximity-stress step it replaces by these local pushes.
/// </summary>
/// <remarks>
/// <para><b>Guarantee.</b> When <see cref="Run"/> returns true, every two discs i, j satisfy
/// ‖p_i − p_j‖ ≥ r_i + r_j + gap: the last sweep checked every pair within reach (a uniform grid, rebuilt each sweep,
/// finds them) and moved nothing. Each pushed pair keeps its left-to-right and top-to-bottom order; other pairs almost
/// always do (a disc moves by the sum of its pushes, which can carry it past a third disc in a dense clump). Coincident centres are separated in a direction fixed by their indices, so the result
/// is deterministic: the same input gives the same bits.</para>
/// <para><b>Cost.</b> A sweep is O(n + cells + pairs within reach); the grid has at most about 4n cells (its cell is at
/// least one mean diameter plus the gap; each pair is checked by its larger disc, which looks as far as its diameter
/// and the gap reach). Dense clumps take more sweeps (about the clump's
/// width in diameters); <c>maxSweeps</c> bounds the work. Arrays only, no allocation per sweep.</para>
/// </remarks>
internal static class OverlapRemoval
{
    /// <summary>Golden-ratio fractions: a fixed, well-spread direction for coincident centres.</summary>
    private const double Phi1 = 0.6180339887498949, Phi2 = 0.4142135623730950;

    /// <summary>
    /// Separates the discs in place. Returns true when no two overlap (always, unless <paramref name="maxSweeps"/> ran
    /// out first).
    /// </summary>
    /// <param name="x">Centres' x, changed in place.</param>
    /// <param name="y">Centres' y, changed in place.</param>
    /// <param name="radius">Radii, 0 or more, one per disc.</param>
    /// <param name="gap">The least free space between two discs, 0 or more.</param>
    /// <param name="maxSweeps">The most sweeps over all discs.</param>
    /// <param name="cancellationToken">Checked once per sweep.</param>
    public static bool Run(Span<double> x, Span<double> y, ReadOnlySpan<double> radius, double gap = 0, int maxSweeps = 2000, CancellationToken cancellationToken = default)
    {
        int n = x.Length;
        if (y.Length != n || radius.Length != n)
        {
            throw new ArgumentException($"x, y and radius must have one entry per disc ({n}, {y.Length}, {radius.Length}).");
        }

        if (!double.IsFinite(gap) || gap < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(gap), gap, "The gap must be a finite number, 0 or more.");
        }

        double maxRadius = 0, sumRadius = 0;
        for (int i = 0; i < n; i++)
        {
            sumRadius += radius[i];
            if (!double.IsFinite(radius[i]) || radius[i] < 0 || !double.IsFinite(x[i]) || !double.IsFinite(y[i]))
            {
                throw new ArgumentException($"Disc {i} has a position or radius that is not a finite number (radius 0 or more).");
            }

            maxRadius = Math.Max(maxRadius, radius[i]);
        }

        if (n < 2 || (maxRadius == 0 && gap == 0))
        {
            return true;
        }

        SpreadToDensity(x, y, radius, gap, maxRadius);
        var grid = new Grid(n);
        double[] moveX = new double[n], moveY = new double[n];
        for (int sweep = 0; sweep < maxSweeps; sweep++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            grid.Build(x, y, (2 * sumRadius / n) + gap);
            if (!grid.Sweep(x, y, radius, gap, moveX, moveY))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// When the discs (with half the gap around each) would cover more than <see cref="Density"/> of their centres'
    /// bounding box, no amount of local pushing gets them apart quickly: the positions are first scaled about their
    /// centre until they would cover that share (as Graphviz's <c>overlap=scale</c> does for all overlaps), which keeps
    /// every order and angle.
    /// </summary>
    private static void SpreadToDensity(Span<double> x, Span<double> y, ReadOnlySpan<double> radius, double gap, double maxRadius)
    {
        double minX = double.PositiveInfinity, maxX = double.NegativeInfinity, minY = double.PositiveInfinity, maxY = double.NegativeInfinity, area = 0;
        for (int i = 0; i < x.Length; i++)
        {
            minX = Math.Min(minX, x[i]);
            maxX = Math.Max(maxX, x[i]);
            minY = Math.Min(minY, y[i]);
            maxY = Math.Max(maxY, y[i]);
            double r = radius[i] + (gap / 2);
            area += Math.PI * r * r;
        }

        double box = (maxX - minX + (2 * maxRadius)) * (maxY - minY + (2 * maxRadius));
        double spread = (maxX - minX) * (maxY - minY);
        if (spread <= 0 || area <= Density * box)
        {
            return;
        }

        // (k·w + 2R)(k·h + 2R) ≥ area / Density holds for k = √(area / (Density · w · h)).
        double k = Math.Sqrt(area / (Density * spread));
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = cx + ((x[i] - cx) * k);
            y[i] = cy + ((y[i] - cy) * k);
        }
    }

    /// <summary>The share of the bounding box that discs may cover before the positions are spread (see <see cref="SpreadToDensity"/>).</summary>
    private const double Density = 0.5;

    /// <summary>True when discs <paramref name="i"/> and <paramref name="j"/> overlap (closer than their radii and the gap).</summary>
    internal static bool Overlap(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> radius, double gap, int i, int j)
    {
        double dx = x[j] - x[i], dy = y[j] - y[i], need = radius[i] + radius[j] + gap;
        return (dx * dx) + (dy * dy) < need * need;
    }

    /// <summary>A uniform grid over the discs' centres, as counting-sorted cell lists (no dictionaries).</summary>
    private sealed class Grid(int n)
    {
        private readonly int[] cellOf = new int[n];
        private readonly int[] items = new int[n];
        private readonly int[] pushes = new int[n];
        private int[] start = [];
        private int columns, rows;
        private double minX, minY, cell;

        public void Build(ReadOnlySpan<double> x, ReadOnlySpan<double> y, double minCell)
        {
            int n = x.Length;
            double maxX = double.NegativeInfinity, maxY = double.NegativeInfinity;
            minX = double.PositiveInfinity;
            minY = double.PositiveInfinity;
            for (int i = 0; i < n; i++)
            {
                minX = Math.Min(minX, x[i]);
                maxX = Math.Max(maxX, x[i]);
                minY = Math.Min(minY, y[i]);
                maxY = Math.Max(maxY, y[i]);
            }

            double width = maxX - minX, height = maxY - minY;
            cell = Math.Max(minCell, Math.Sqrt(width * height / (4.0 * n)));
            cell = Math.Max(cell, Math.Max(width, height) / 65536); // at most 65 536 cells a side, whatever the spread
            columns = (int)(width / cell) + 1;
            rows = (int)(height / cell) + 1;
            int cells = columns * rows;
            if (start.Length < cells + 1)
            {
                start = new int[cells + 1];
            }
            else
            {
                Array.Clear(start, 0, cells + 1);
            }

            for (int i = 0; i < n; i++)
            {
                int c = (Math.Min((int)((x[i] - minX) / cell), columns - 1) * rows) + Math.Min((int)((y[i] - minY) / cell), rows - 1);
                cellOf[i] = c;
                start[c + 1]++;
            }

            for (int c = 0; c < cells; c++)
            {
                start[c + 1] += start[c];
            }

            Span<int> fill = cells <= 1024 ? stackalloc int[cells] : new int[cells];
            start.AsSpan(0, cells).CopyTo(fill);
            for (int i = 0; i < n; i++)
            {
                items[fill[cellOf[i]]++] = i;
            }
        }

        /// <summary>
        /// One Jacobi sweep: every overlapping pair (found by its larger disc in the cells within its reach) is measured on the positions at the start of the sweep, each pair's push is added to both discs, and
        /// then all discs move at once by their pushes' sum over the square root of their number. True when something moved.
        /// </summary>
        public bool Sweep(Span<double> x, Span<double> y, ReadOnlySpan<double> radius, double gap, double[] moveX, double[] moveY)
        {
            bool moved = false;
            Array.Clear(moveX);
            Array.Clear(moveY);
            Array.Clear(pushes);
            for (int i = 0; i < x.Length; i++)
            {
                // Each pair is handled by its larger disc (the one with the lower index when equal), which reaches the other
                // within 2·r_i + gap: that many cells around. Small discs look only near, the few large ones further.
                int ci = cellOf[i] / rows, ri = cellOf[i] % rows, span = (int)Math.Ceiling(((2 * radius[i]) + gap) / cell);
                for (int a = Math.Max(0, ci - span); a <= Math.Min(columns - 1, ci + span); a++)
                {
                    for (int b = Math.Max(0, ri - span); b <= Math.Min(rows - 1, ri + span); b++)
                    {
                        int c = (a * rows) + b;
                        for (int k = start[c]; k < start[c + 1]; k++)
                        {
                            int j = items[k];
                            if ((radius[j] < radius[i] || (radius[j] == radius[i] && j > i)) && Overlap(x, y, radius, gap, i, j))
                            {
                                Push(x, y, radius, gap, i, j, moveX, moveY);
                                pushes[i]++;
                                pushes[j]++;
                                moved = true;
                            }
                        }
                    }
                }
            }

            for (int i = 0; i < x.Length; i++)
            {
                if (pushes[i] > 0)
                {
                    // The sum of a disc's pushes divided by the square root of their number: a disc in a clump is pushed
                    // from all sides, and the plain sum overshoots (the sweeps oscillate), the mean settles slowly.
                    double damping = Math.Sqrt(pushes[i]);
                    x[i] += moveX[i] / damping;
                    y[i] += moveY[i] / damping;
                }
            }

            return moved;
        }

        /// <summary>Adds the push that moves i and j apart along the line through their centres, half the overlap each, to just beyond touching.</summary>
        private static void Push(ReadOnlySpan<double> x, ReadOnlySpan<double> y, ReadOnlySpan<double> radius, double gap, int i, int j, double[] moveX, double[] moveY)
        {
            double dx = x[j] - x[i], dy = y[j] - y[i], need = radius[i] + radius[j] + gap;
            double distance = Math.Sqrt((dx * dx) + (dy * dy));
            double ux, uy;
            if (distance > need * 1e-9)
            {
                ux = dx / distance;
                uy = dy / distance;
            }
            else
            {
                double angle = 2 * Math.PI * (((i * Phi1) + (j * Phi2)) % 1.0);
                ux = Math.Cos(angle);
                uy = Math.Sin(angle);
                distance = 0;
            }

            double half = ((need * (1 + 1e-9)) - distance) / 2;
            moveX[i] -= ux * half;
            moveY[i] -= uy * half;
            moveX[j] += ux * half;
            moveY[j] += uy * half;
        }
    }
}
