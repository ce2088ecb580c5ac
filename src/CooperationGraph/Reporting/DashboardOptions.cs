namespace CooperationGraph;

/// <summary>How to write a comparison's dashboard and the gminas' reports (<see cref="DashboardWriter"/>). Every default is stated.</summary>
public sealed record DashboardOptions
{
    /// <summary>plotly.js inlined in the dashboard (works offline, the default) or from the CDN.</summary>
    public PlotlyScript Plotly { get; init; } = PlotlyScript.Inline;

    /// <summary>Small network maps drawn on the dashboard, the first gminas in order; the rest are listed. 24 by default.</summary>
    public int MaxMaps { get; init; } = 24;

    /// <summary>A gmina's map is left out above this many institutions; 300 by default.</summary>
    public int MaxMapInstitutions { get; init; } = 300;

    /// <summary>Write each gmina's full report (<c>gminas/NAME/report.html</c>, <c>gaps.json</c>, <c>metrics.csv</c>); true by default.</summary>
    public bool GminaReports { get; init; } = true;

    /// <summary>The layout of the maps; see <see cref="LayoutOptions"/>.</summary>
    public LayoutOptions Layout { get; init; } = new();
}
