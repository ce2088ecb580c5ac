using CooperationGraph.Layout;

namespace CooperationGraph.Plotting;

/// <summary>
/// Fits a layout (any positions) into a plot area of known pixel size so that it fills the area, no two markers overlap
/// at their drawn size and labels can be placed without overlaps. Coordinates of the result are pixels of the plot area
/// (y upwards, as on the axes): one axis unit is one pixel when the map is drawn at its design size.
/// </summary>
/// <remarks>
/// <para><b>Fill.</b> The layout is scaled to the area minus a margin for markers and labels; the two axes may be scaled
/// differently by up to <see cref="MaxStretch"/>, so a round layout fills a wide plot without being flattened.</para>
/// <para><b>No overlaps.</b> <see cref="OverlapRemoval"/> separates the markers (radius: half the marker size plus half
/// its outline, and <see cref="Gap"/> pixels between them). When that pushes the map beyond the area, it is shrunk back
/// towards its centre and separated again, up to <see cref="Rounds"/> times; if it still does not fit, positions and
/// marker sizes shrink together (which keeps them apart), so the guarantee holds at the drawn size.</para>
/// </remarks>
internal sealed class MapCanvas
{
    /// <summary>The most one axis is stretched relative to the other to fill the plot.</summary>
    public const double MaxStretch = 1.5;

    /// <summary>How many of the most important markers get room for a label while markers are separated.</summary>
    public const int RoomFor = 12;

    /// <summary>Free pixels between two markers.</summary>
    public const double Gap = 2;

    /// <summary>Rounds of separate, then shrink to fit.</summary>
    public const int Rounds = 2;

    /// <summary>The most of the plot's inner box that markers (with half the gap around each) may cover; larger markers are shrunk alike.</summary>
    public const double MaxDensity = 0.2;

    /// <summary>The most sweeps of one round of overlap removal.</summary>
    public const int Sweeps = 150;

    private MapCanvas(double[] x, double[] y, double[] diameters, double width, double height, double centreX, double centreY)
    {
        X = x;
        Y = y;
        Diameters = diameters;
        Width = width;
        Height = height;
        XRange = [centreX - (width / 2), centreX + (width / 2)];
        YRange = [centreY - (height / 2), centreY + (height / 2)];
    }

    /// <summary>Marker centres, x (pixels).</summary>
    public double[] X { get; }

    /// <summary>Marker centres, y (pixels, upwards).</summary>
    public double[] Y { get; }

    /// <summary>Marker diameters in pixels (the ones asked for, or smaller when the map could not fit otherwise).</summary>
    public double[] Diameters { get; }

    /// <summary>Plot area width in pixels.</summary>
    public double Width { get; }

    /// <summary>Plot area height in pixels.</summary>
    public double Height { get; }

    /// <summary>The x axis range that shows the plot area.</summary>
    public double[] XRange { get; }

    /// <summary>The y axis range that shows the plot area.</summary>
    public double[] YRange { get; }

    /// <summary>Screen x of marker <paramref name="i"/> (pixels from the plot area's left edge).</summary>
    public double ScreenX(int i) => X[i] - XRange[0];

    /// <summary>Screen y of marker <paramref name="i"/> (pixels from the plot area's top edge, downwards).</summary>
    public double ScreenY(int i) => YRange[1] - Y[i];

    /// <summary>Fits <paramref name="x"/>, <paramref name="y"/> into a <paramref name="width"/> × <paramref name="height"/> pixel plot area.</summary>
    /// <param name="x">Layout positions, any unit.</param>
    /// <param name="y">Layout positions, any unit.</param>
    /// <param name="diameters">Marker diameters in pixels.</param>
    /// <param name="outline">Marker outline width in pixels.</param>
    /// <param name="width">Plot area width in pixels.</param>
    /// <param name="height">Plot area height in pixels.</param>
    /// <param name="marginX">Pixels kept free left and right of the outermost markers (room for labels).</param>
    /// <param name="marginY">Pixels kept free above and below the outermost markers.</param>
    /// <param name="room">Extra pixels kept free around each marker while separating them (room for a label), or null.</param>
    /// <param name="cancellationToken">Cancels the overlap removal.</param>
    public static MapCanvas Fit(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> diameters, double outline,
        double width, double height, double marginX, double marginY, IReadOnlyList<double>? room = null, CancellationToken cancellationToken = default)
    {
        int n = x.Count;
        (x, y) = Rotated(x, y, width / height);
        var px = new double[n];
        var py = new double[n];
        var d = new double[n];
        double maxRadius = 0;
        for (int i = 0; i < n; i++)
        {
            d[i] = diameters[i];
            maxRadius = Math.Max(maxRadius, (d[i] + outline) / 2);
        }

        // The inner box: the area minus the margins and the largest marker's radius, but never less than a third of it.
        double innerW = Math.Max(width / 3, width - (2 * (marginX + maxRadius)));
        double innerH = Math.Max(height / 3, height - (2 * (marginY + maxRadius)));
        var (minX, maxX) = Extent(x);
        var (minY, maxY) = Extent(y);
        double sx = maxX > minX ? innerW / (maxX - minX) : double.PositiveInfinity;
        double sy = maxY > minY ? innerH / (maxY - minY) : double.PositiveInfinity;
        double s = Math.Min(sx, sy);
        if (double.IsPositiveInfinity(s))
        {
            sx = sy = 1; // one point, or all at one point: the removal spreads them
        }
        else
        {
            sx = Math.Min(sx, s * MaxStretch);
            sy = Math.Min(sy, s * MaxStretch);
        }

        for (int i = 0; i < n; i++)
        {
            px[i] = (x[i] - ((minX + maxX) / 2)) * sx;
            py[i] = (y[i] - ((minY + maxY) / 2)) * sy;
        }

        // Markers that would cover more than MaxDensity of the inner box cannot be pushed apart without spreading the map
        // far beyond it: shrink them (all alike) first, so that a large network is drawn with smaller markers.
        double covered = 0;
        for (int i = 0; i < n; i++)
        {
            double r = ((d[i] + outline) / 2) + (Gap / 2);
            covered += Math.PI * r * r;
        }

        if (covered > MaxDensity * innerW * innerH)
        {
            double factor = Math.Sqrt(MaxDensity * innerW * innerH / covered);
            for (int i = 0; i < n; i++)
            {
                d[i] = Math.Max(1, ((d[i] + outline) * factor) - outline);
            }
        }

        var radius = new double[n];
        for (int i = 0; i < n; i++)
        {
            radius[i] = ((d[i] + outline) / 2) + (room?[i] ?? 0);
        }

        double fit = 1;
        bool apart = false;
        for (int round = 0; round < Rounds; round++)
        {
            apart = OverlapRemoval.Run(px, py, radius, Gap, Sweeps, cancellationToken);
            fit = Overflow(px, py, innerW, innerH);
            if ((apart && fit <= 1) || round == Rounds - 1)
            {
                break;
            }

            if (fit > 1)
            {
                Scale(px, py, 1 / fit);
            }
        }

        if (!apart)
        {
            OverlapRemoval.Run(px, py, radius, Gap, cancellationToken: cancellationToken); // finish separating, whatever it takes
            fit = Overflow(px, py, innerW, innerH);
        }

        if (fit > 1)
        {
            Scale(px, py, 1 / fit);
            for (int i = 0; i < n; i++)
            {
                d[i] = (((d[i] + outline) / fit) - outline) is var smaller && smaller > 1 ? smaller : 1;
            }
        }

        var (cx0, cx1) = Extent(px);
        var (cy0, cy1) = Extent(py);
        return new MapCanvas(px, py, d, width, height, n == 0 ? 0 : (cx0 + cx1) / 2, n == 0 ? 0 : (cy0 + cy1) / 2);
    }

    /// <summary>
    /// The positions turned so that their widest spread (the principal axis of their covariance) runs along the plot's
    /// longer side: a tall layout then fills a wide plot. Layouts whose spread is nearly the same in every direction
    /// (principal variances within a factor 1.5) are left as they are, so that a small change to a network does not
    /// flip its map. The angle is the smallest turn that does it, and the same positions always give the same turn.
    /// </summary>
    internal static (IReadOnlyList<double> X, IReadOnlyList<double> Y) Rotated(IReadOnlyList<double> x, IReadOnlyList<double> y, double aspect)
    {
        int n = x.Count;
        if (n < 3)
        {
            return (x, y);
        }

        double mx = 0, my = 0;
        for (int i = 0; i < n; i++)
        {
            mx += x[i];
            my += y[i];
        }

        mx /= n;
        my /= n;
        double sxx = 0, syy = 0, sxy = 0;
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            sxx += dx * dx;
            syy += dy * dy;
            sxy += dx * dy;
        }

        double half = (sxx + syy) / 2, root = Math.Sqrt((((sxx - syy) / 2) * ((sxx - syy) / 2)) + (sxy * sxy));
        double large = half + root, small = half - root;
        if (large <= 0 || large < 1.5 * Math.Max(small, 0))
        {
            return (x, y);
        }

        // The principal axis at angle theta (in (−90°, 90°]); turn it onto x for a wide plot, onto y for a tall one.
        double theta = 0.5 * Math.Atan2(2 * sxy, sxx - syy);
        double turn = aspect >= 1 ? -theta : (Math.PI / 2) - theta;
        if (turn > Math.PI / 2)
        {
            turn -= Math.PI;
        }

        double cos = Math.Cos(turn), sin = Math.Sin(turn);
        var rx = new double[n];
        var ry = new double[n];
        for (int i = 0; i < n; i++)
        {
            double dx = x[i] - mx, dy = y[i] - my;
            rx[i] = (cos * dx) - (sin * dy);
            ry[i] = (sin * dx) + (cos * dy);
        }

        return (rx, ry);
    }

    /// <summary>How many times too large the map is for the inner box (1 or less: it fits).</summary>
    private static double Overflow(double[] x, double[] y, double innerW, double innerH)
    {
        var (x0, x1) = Extent(x);
        var (y0, y1) = Extent(y);
        return x.Length == 0 ? 1 : Math.Max((x1 - x0) / innerW, (y1 - y0) / innerH);
    }

    /// <summary>Scales positions about the centre of their extent.</summary>
    private static void Scale(double[] x, double[] y, double factor)
    {
        var (x0, x1) = Extent(x);
        var (y0, y1) = Extent(y);
        double cx = (x0 + x1) / 2, cy = (y0 + y1) / 2;
        for (int i = 0; i < x.Length; i++)
        {
            x[i] = cx + ((x[i] - cx) * factor);
            y[i] = cy + ((y[i] - cy) * factor);
        }
    }

    private static (double Min, double Max) Extent(IReadOnlyList<double> values)
    {
        double min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        return values.Count == 0 ? (0, 0) : (min, max);
    }
}
