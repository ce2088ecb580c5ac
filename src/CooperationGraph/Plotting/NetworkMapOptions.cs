namespace CooperationGraph;

/// <summary>How <see cref="Charts.NetworkMap(AnalysisResult, NetworkMapOptions?, CancellationToken)"/> draws. Defaults are stated on each property.</summary>
public sealed record NetworkMapOptions
{
    /// <summary>
    /// The centrality measure that sizes the institutions; betweenness by default; null draws every institution the
    /// same size. Area grows with the value.
    /// </summary>
    public CentralityMeasure? SizeBy { get; init; } = CentralityMeasure.Betweenness;

    /// <summary>The force-directed layout: seed, iterations, grouping by sector or level; see <see cref="LayoutOptions"/>.</summary>
    public LayoutOptions Layout { get; init; } = new();

    /// <summary>
    /// Draw pairs that signed a declaration together but share no joint action or direct tie as dashed grey lines
    /// (when the map is drawn from a dataset or an analysis); true by default.
    /// </summary>
    public bool ShowDeclaredOnly { get; init; } = true;

    /// <summary>
    /// Write institution names beside the markers: true for all, false for none; by default all names up to 12
    /// institutions, and beyond that the names of the 8 largest by <see cref="SizeBy"/>. Every name shows on hover.
    /// </summary>
    public bool? ShowNames { get; init; }

    /// <summary>The title; a description of the network by default.</summary>
    public string? Title { get; init; }

    /// <summary>Height in pixels; 650 by default.</summary>
    public int Height { get; init; } = 650;
}
