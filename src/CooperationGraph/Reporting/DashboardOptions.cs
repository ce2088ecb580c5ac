namespace CooperationGraph;

/// <summary>How to write a comparison's dashboard and the gminas' reports (<see cref="DashboardWriter"/>). Every default is stated.</summary>
public sealed record DashboardOptions
{
    /// <summary>
    /// Where the dashboard gets plotly.js. <see cref="PlotlyScript.Inline"/> (the default): offline —
    /// <see cref="DashboardWriter"/> writes one <c>plotly-4.1.2.min.js</c> beside the dashboard, which it and every
    /// gmina's report load, and <see cref="Dashboard.Render(GminaComparison, DashboardOptions?)"/> alone inlines it. <see cref="PlotlyScript.Cdn"/>: from the CDN.
    /// </summary>
    public PlotlyScript Plotly { get; init; } = PlotlyScript.Inline;

    /// <summary>Small network maps drawn on the dashboard, the first gminas in order; the rest are listed. 24 by default.</summary>
    public int MaxMaps { get; init; } = 24;

    /// <summary>A gmina's map is left out above this many institutions; 300 by default.</summary>
    public int MaxMapInstitutions { get; init; } = 300;

    /// <summary>Write each gmina's full report (<c>gminas/NAME/report.html</c>, <c>gaps.json</c>, <c>metrics.csv</c>); true by default.</summary>
    public bool GminaReports { get; init; } = true;

    /// <summary>
    /// With <see cref="GminaReports"/>, reports are written for the first this many gminas (in the comparison's order)
    /// and only those link to one; all by default. The <c>compare</c> command writes them for up to 100 gminas.
    /// </summary>
    public int MaxGminaReports { get; init; } = int.MaxValue;

    /// <summary>
    /// Up to this many gminas the dashboard draws grouped bars, one bar per gmina and indicator (30 by default); beyond,
    /// distributions: a histogram per indicator (box plots per group with <see cref="GroupBy"/>), the ten lowest and
    /// highest gminas per indicator, and a scatter of <see cref="ScatterX"/> against <see cref="ScatterY"/>.
    /// </summary>
    public int MaxBarGminas { get; init; } = 30;

    /// <summary>
    /// An institution column (<c>unit</c> or a further column of <c>institutions.csv</c>, e.g. <c>powiat</c>) grouping
    /// the gminas (<see cref="GminaComparison.GroupsBy"/>): the distributions are drawn per group and
    /// <see cref="DashboardWriter"/> writes <c>comparison_groups.csv</c>; none by default.
    /// </summary>
    public string? GroupBy { get; init; }

    /// <summary>The indicator (a column of <c>comparison.csv</c>) on the scatter's horizontal axis; <c>activation_rate</c> by default.</summary>
    public string ScatterX { get; init; } = "activation_rate";

    /// <summary>The indicator on the scatter's vertical axis; <c>required_links_realised</c> by default.</summary>
    public string ScatterY { get; init; } = "required_links_realised";

    /// <summary>The layout of the maps; see <see cref="LayoutOptions"/>.</summary>
    public LayoutOptions Layout { get; init; } = new();
}
