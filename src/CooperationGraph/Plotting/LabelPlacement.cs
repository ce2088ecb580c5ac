namespace CooperationGraph.Plotting;

/// <summary>
/// Places point labels greedily among the eight positions around each marker (the eight-position model of
/// Christensen, Marks &amp; Shieber 1995, An empirical study of algorithms for point-feature label placement, ACM
/// Transactions on Graphics 14(3), https://doi.org/10.1145/212332.212334): labels are taken in the order given (most
/// important first), each gets the first of the eight positions whose box stays inside the plot and overlaps neither
/// another marker nor a label placed before it (plotly.js keeps a label clear of its own marker), and a label with no such position is left out.
/// </summary>
/// <remarks>
/// Boxes are where plotly.js 4 draws a point's text (<c>Drawing.textPointPosition</c>): the text's anchor is
/// <c>l = r / 0.8 + 1</c> pixels from the centre of a marker of radius r, beside it (<c>start</c>/<c>end</c>) or centred, with
/// its baseline at <c>−l − fs/4</c> (top), <c>fs/4</c> (middle) or <c>l + 3fs/4</c> (bottom) for font size fs; the box reaches
/// <see cref="TextWidths.Above"/> above the baseline and <see cref="TextWidths.Below"/> below, and is as wide as
/// <see cref="TextWidths.Of"/> says. Markers are kept clear as their bounding squares (outline included). Coordinates are
/// screen pixels of the plot area: x to the right, y downwards, (0, 0) its top-left corner. A uniform grid holds the
/// boxes, so each try looks at the few boxes near it: O(n + labels) for maps of a few thousand markers.
/// </remarks>
internal static class LabelPlacement
{
    /// <summary>Plotly's <c>textposition</c> values, in the order they are tried: above, beside, below, then the corners.</summary>
    public static readonly string[] Positions = ["top center", "middle right", "middle left", "bottom center", "top right", "top left", "bottom right", "bottom left"];

    /// <summary>Free space kept around each label box, in pixels.</summary>
    public const double Padding = 1;

    /// <summary>
    /// The position (an index into <see cref="Positions"/>) of each marker's label, −1 where it has none or none fits.
    /// </summary>
    /// <param name="x">Marker centres, screen x.</param>
    /// <param name="y">Marker centres, screen y (downwards).</param>
    /// <param name="diameters">Marker diameters in pixels (outline excluded).</param>
    /// <param name="outline">Marker outline width in pixels.</param>
    /// <param name="widths">Each label's width in pixels; a label whose width is 0 or less is not placed.</param>
    /// <param name="order">Markers in the order their labels are tried.</param>
    /// <param name="plotWidth">Plot area width.</param>
    /// <param name="plotHeight">Plot area height.</param>
    /// <param name="fontSize">Label font size in pixels.</param>
    public static int[] Place(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> diameters, double outline,
        IReadOnlyList<double> widths, IReadOnlyList<int> order, double plotWidth, double plotHeight, double fontSize)
    {
        int n = x.Count;
        var chosen = new int[n];
        Array.Fill(chosen, -1);
        var boxes = new BoxGrid(plotWidth, plotHeight, Math.Max(24, 2 * fontSize));
        for (int i = 0; i < n; i++)
        {
            double half = (diameters[i] / 2) + (outline / 2);
            boxes.Add(new Box(x[i] - half, y[i] - half, x[i] + half, y[i] + half));
        }

        foreach (int i in order)
        {
            if (widths[i] <= 0)
            {
                continue;
            }

            for (int p = 0; p < Positions.Length; p++)
            {
                var box = LabelBox(x[i], y[i], diameters[i], widths[i], fontSize, p);
                if (box.Left >= 0 && box.Top >= 0 && box.Right <= plotWidth && box.Bottom <= plotHeight && !boxes.Hits(box, except: i))
                {
                    chosen[i] = p;
                    boxes.Add(box);
                    break;
                }
            }
        }

        return chosen;
    }

    /// <summary>Where plotly.js draws the label of a marker at (x, y) in position <paramref name="position"/>, padded by <see cref="Padding"/>.</summary>
    internal static Box LabelBox(double x, double y, double diameter, double width, double fontSize, int position)
    {
        double l = (diameter / 2 / 0.8) + 1;
        var (vertical, horizontal) = position switch
        {
            0 => (-1, 0),
            1 => (0, 1),
            2 => (0, -1),
            3 => (1, 0),
            4 => (-1, 1),
            5 => (-1, -1),
            6 => (1, 1),
            _ => (1, -1),
        };
        double left = horizontal switch
        {
            1 => x + l,
            -1 => x - l - width,
            _ => x - (width / 2),
        };
        double baseline = y + (0.75 * fontSize) + (vertical * l) + ((vertical - 1) * fontSize / 2);
        return new Box(left - Padding, baseline - (TextWidths.Above * fontSize) - Padding, left + width + Padding, baseline + (TextWidths.Below * fontSize) + Padding);
    }

    /// <summary>An axis-aligned box in screen pixels.</summary>
    internal readonly record struct Box(double Left, double Top, double Right, double Bottom)
    {
        public bool Overlaps(Box other) => Left < other.Right && other.Left < Right && Top < other.Bottom && other.Top < Bottom;
    }

    /// <summary>Boxes in the cells of a uniform grid over the plot area (boxes outside it are clamped to its border cells).</summary>
    private sealed class BoxGrid
    {
        private readonly List<Box> all = [];
        private readonly List<int>[] cells;
        private readonly int columns, rows;
        private readonly double size;

        public BoxGrid(double width, double height, double size)
        {
            this.size = size;
            columns = Math.Max(1, (int)Math.Ceiling(width / size));
            rows = Math.Max(1, (int)Math.Ceiling(height / size));
            cells = new List<int>[columns * rows];
        }

        public void Add(Box box)
        {
            all.Add(box);
            var (c0, r0, c1, r1) = Span(box);
            for (int c = c0; c <= c1; c++)
            {
                for (int r = r0; r <= r1; r++)
                {
                    (cells[(c * rows) + r] ??= []).Add(all.Count - 1);
                }
            }
        }

        /// <summary>Whether <paramref name="box"/> overlaps a box held, other than box number <paramref name="except"/>.</summary>
        public bool Hits(Box box, int except)
        {
            var (c0, r0, c1, r1) = Span(box);
            for (int c = c0; c <= c1; c++)
            {
                for (int r = r0; r <= r1; r++)
                {
                    if (cells[(c * rows) + r] is { } list)
                    {
                        foreach (int k in list)
                        {
                            if (k != except && all[k].Overlaps(box))
                            {
                                return true;
                            }
                        }
                    }
                }
            }

            return false;
        }

        private (int C0, int R0, int C1, int R1) Span(Box box) =>
            (Cell(box.Left, columns), Cell(box.Top, rows), Cell(box.Right, columns), Cell(box.Bottom, rows));

        private int Cell(double at, int count) => double.IsNaN(at) ? 0 : (int)Math.Clamp(Math.Floor(at / size), 0, count - 1);
    }
}
