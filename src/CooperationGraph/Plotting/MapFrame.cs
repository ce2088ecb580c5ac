namespace CooperationGraph.Plotting;

/// <summary>
/// The frame of a network map: the plot area's size in pixels and where the title and the two legends go. The title
/// (and the line saying how many labels were left out) sits above the plot; under it, first the one-row legend of lines
/// (ties, declared-only pairs), then the sectors in rows. Their heights are estimated from the legend texts (with
/// <see cref="TextWidths"/>, which errs wide), so that the plot area drawn is at least the one the map was laid out for.
/// </summary>
internal sealed class MapFrame
{
    /// <summary>Height of one legend row in pixels (Plotly: font 12, item gap 5).</summary>
    public const int RowHeight = 21;

    /// <summary>Left and right margins in pixels.</summary>
    public const int Side = 10;

    private MapFrame(int? width, int height, int top, int bottom, double plotWidth, double plotHeight, int linesRow)
    {
        Width = width;
        Height = height;
        Top = top;
        Bottom = bottom;
        PlotWidth = plotWidth;
        PlotHeight = plotHeight;
        LinesRow = linesRow;
    }

    /// <summary>The figure width, or null to take the container's.</summary>
    public int? Width { get; }

    /// <summary>The figure height.</summary>
    public int Height { get; }

    /// <summary>Top margin (title and subtitle).</summary>
    public int Top { get; }

    /// <summary>Bottom margin (the legends).</summary>
    public int Bottom { get; }

    /// <summary>Plot area width the map is laid out for.</summary>
    public double PlotWidth { get; }

    /// <summary>Plot area height the map is laid out for.</summary>
    public double PlotHeight { get; }

    /// <summary>Height of the lines legend's row (0 without one).</summary>
    public int LinesRow { get; }

    /// <summary>The frame of a map with these options, sector legend entries, and a lines legend when <paramref name="lines"/>.</summary>
    public static MapFrame For(NetworkMapOptions options, IReadOnlyList<string> sectors, bool lines, string sectorTitle)
    {
        int width = options.Width ?? options.LayoutWidth ?? NetworkMapOptions.DesignWidth;
        int top = options.ShowNames == false ? 44 : 64;
        int linesRow = lines && options.ShowLegend ? RowHeight + 6 : 0;
        int rows = options.ShowLegend ? SectorRows(sectors, sectorTitle, width - (2 * Side)) : 0;
        int bottom = options.ShowLegend ? 6 + linesRow + (rows * RowHeight) + 10 : 10;
        double plotHeight = Math.Max(100, options.Height - top - bottom);
        return new MapFrame(options.Width, options.Height, top, bottom, width - (2 * Side), plotHeight, linesRow);
    }

    /// <summary>The figure layout: axes showing the canvas, margins, the two legends under the plot.</summary>
    public FigureLayout Layout(MapCanvas canvas) => new()
    {
        XAxis = new Axis { Visible = false, ShowGrid = false, ZeroLine = false, Range = canvas.XRange },
        YAxis = new Axis { Visible = false, ShowGrid = false, ZeroLine = false, EqualScale = true, Range = canvas.YRange },
        Margin = new FigureMargin(Side, Side, Top, Bottom),
        Legend = new LegendPlacement { Horizontal = true, X = 0, XAnchor = "left", Y = -(4.0 + LinesRow) / PlotHeight, YAnchor = "top" },
        SecondLegend = LinesRow > 0 ? new LegendPlacement { Horizontal = true, X = 0, XAnchor = "left", Y = -4.0 / PlotHeight, YAnchor = "top" } : null,
        Height = Height,
        Width = Width,
    };

    /// <summary>How many rows Plotly needs for the sector entries (a title then entries of symbol, text and gap, wrapped at <paramref name="width"/>).</summary>
    internal static int SectorRows(IReadOnlyList<string> sectors, string title, double width)
    {
        if (sectors.Count == 0)
        {
            return 0;
        }

        // Plotly lays out a wrapping horizontal legend in columns as wide as its widest entry (symbol 40 px, gap 10 px).
        double widest = 0, total = 0;
        foreach (var sector in sectors)
        {
            double item = TextWidths.Of(sector, 12) + 50;
            widest = Math.Max(widest, item);
            total += item;
        }

        double room = width - TextWidths.Of(title, 12) - 10;
        if (total <= room)
        {
            return 1;
        }

        int columns = Math.Max(1, (int)(room / widest));
        return (sectors.Count + columns - 1) / columns;
    }
}
