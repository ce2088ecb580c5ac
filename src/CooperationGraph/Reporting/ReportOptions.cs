namespace CooperationGraph;

/// <summary>How <see cref="HtmlReport"/> writes the page. Defaults are stated on each property.</summary>
public sealed record ReportOptions
{
    /// <summary>plotly.js inlined (the page works offline; about 4.8 MB), the default, or loaded from the CDN (a small page).</summary>
    public PlotlyScript Plotly { get; init; } = PlotlyScript.Inline;

    /// <summary>
    /// The network map is drawn up to this many institutions (2 000 by default); beyond, the layout (quadratic in the
    /// number of institutions) and the browser both slow down, and Gephi serves better.
    /// </summary>
    public int MaxMapInstitutions { get; init; } = 2000;

    /// <summary>The network map's layout (seed, grouping); see <see cref="LayoutOptions"/>.</summary>
    public LayoutOptions Layout { get; init; } = new();

    /// <summary>
    /// A folder, relative to the page (e.g. <c>../../</c>), holding the files every report has in common — plotly.js
    /// (<c>plotly-4.1.2.min.js</c>), the style sheet (<c>report.css</c>) and the table script (<c>report.js</c>) — which
    /// the page then loads instead of carrying them (<see cref="Plotly"/> is ignored). The writer of the folder puts them
    /// there once (<see cref="DashboardWriter"/> does, for a comparison's reports). Null (the default): the page is self-contained.
    /// </summary>
    public string? SharedAssets { get; init; }
}
