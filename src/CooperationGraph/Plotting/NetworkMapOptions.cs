namespace CooperationGraph;

/// <summary>How <see cref="Charts.NetworkMap(AnalysisResult, NetworkMapOptions?, CancellationToken)"/> draws. Defaults are stated on each property.</summary>
public sealed record NetworkMapOptions
{
    /// <summary>
    /// The centrality measure that sizes the institutions; betweenness by default; null draws every institution the
    /// same size. Area grows with the value.
    /// </summary>
    public CentralityMeasure? SizeBy { get; init; } = CentralityMeasure.Betweenness;

    /// <summary>The layout (stress majorization by default, or force-directed): seed, iterations, grouping by sector or level; see <see cref="LayoutOptions"/>.</summary>
    public LayoutOptions Layout { get; init; } = new();

    /// <summary>
    /// Draw pairs that signed a declaration together but share no joint action or direct tie as dashed grey lines
    /// (when the map is drawn from a dataset or an analysis); true by default.
    /// </summary>
    public bool ShowDeclaredOnly { get; init; } = true;

    /// <summary>
    /// Write labels beside the markers: false for none; otherwise (true, or null, the default) as many as fit, taken
    /// from the largest by <see cref="SizeBy"/> down, each where it overlaps no other label and covers no marker; the
    /// map's subtitle says how many it left out. A label is the institution's <see cref="Institution.ShortName"/> when it
    /// has one, else its name when that has at most <see cref="MaxLabelLength"/> characters, and its id otherwise. Every full name shows on hover.
    /// </summary>
    public bool? ShowNames { get; init; }

    /// <summary>The longest name written as a label (20 characters by default); a longer name is labelled by the institution's id.</summary>
    public int MaxLabelLength { get; init; } = 20;

    /// <summary>An institution to ring in dark grey, drawn over the others (the ego of a profile page); none by default.
    /// An id the network does not hold rings nothing.</summary>
    public string? Highlight { get; init; }

    /// <summary>The title; a description of the network by default.</summary>
    public string? Title { get; init; }

    /// <summary>Height in pixels; 650 by default.</summary>
    public int Height { get; init; } = 650;

    /// <summary>
    /// Width in pixels. By default (null) the map takes its container's width and is laid out for
    /// <see cref="DesignWidth"/> pixels: markers and labels keep clear of each other at that width or wider.
    /// </summary>
    public int? Width { get; init; }

    /// <summary>
    /// Colour the institutions by these communities (one legend entry per community, 1 the largest) instead of by
    /// sector; null, the default, colours by sector. Pass <see cref="AnalysisResult.Communities"/> or any
    /// <see cref="CommunityPartition"/> of the same institutions (one missing from it is coloured as community 0).
    /// </summary>
    public CommunityPartition? Communities { get; init; }

    /// <summary>
    /// The width in pixels a map without <see cref="Width"/> is laid out for (its guarantees hold at this width or
    /// wider); null, the default, means <see cref="DesignWidth"/>. A map drawn in a smaller box than the report's (the
    /// comparison dashboard's small maps, 22rem) sets the box's least width here, so that it fills the box instead of
    /// being drawn for 1 100 pixels and shrunk.
    /// </summary>
    public int? LayoutWidth { get; init; }

    /// <summary>Draw the legends under the plot (true by default); false leaves them out and gives their room to the plot.</summary>
    public bool ShowLegend { get; init; } = true;

    /// <summary>The width a map without <see cref="Width"/> or <see cref="LayoutWidth"/> is laid out for: 1 100 pixels, the report's.</summary>
    public const int DesignWidth = 1100;
}
