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

    /// <summary>
    /// Tables that grow with the data (institutions, institution pairs that served the same families, time windows)
    /// show at most this many rows (100 by default): the first by the table's sort key (institutions by betweenness,
    /// highest first), with a note and a link to the CSV beside the report that holds them all (<c>metrics.csv</c>,
    /// <c>family_pairs.csv</c>, <c>over_time.csv</c>). A smaller table is shown whole, without a note. The default keeps
    /// the page of a national network under 5 MB with plotly.js inlined (4.8 MB of it): a row of the institutions table
    /// takes about 0.6 kB, in Polish 0.9 kB (Polish numbers carry their invariant twin for sorting).
    /// </summary>
    public int MaxTableRows { get; init; } = 100;

    /// <summary>
    /// The timeline draws one marker per joint action up to this many actions (1 000 by default; about 0.25 kB each);
    /// beyond, the report shows the actions per month by kind instead (<see cref="Charts.ActionsPerMonth"/>).
    /// </summary>
    public int MaxTimelineActions { get; init; } = 1000;

    /// <summary>
    /// Lists in the report's summaries (declared but inactive, articulation points, component sizes…) show at most this
    /// many items (50 by default), then say how many more there are; <c>gaps.json</c> holds them all.
    /// </summary>
    public int MaxListItems { get; init; } = 50;

    /// <summary>The network map's layout (seed, grouping); see <see cref="LayoutOptions"/>.</summary>
    public LayoutOptions Layout { get; init; } = new();

    /// <summary>
    /// A folder, relative to the page (e.g. <c>../../</c>), holding the files every report has in common — plotly.js
    /// (<c>plotly-4.1.2.min.js</c>), the style sheet (<c>report.css</c>) and the table script (<c>report.js</c>) — which
    /// the page then loads instead of carrying them (<see cref="Plotly"/> is ignored). The writer of the folder puts them
    /// there once (<see cref="DashboardWriter"/> does, for a comparison's reports). Null (the default): the page is self-contained.
    /// </summary>
    public string? SharedAssets { get; init; }

    /// <summary>
    /// The largest self-contained <c>report.html</c> <see cref="ResultFolder"/> writes, in bytes (5 000 000 by default:
    /// plotly.js alone is 4.8 MB). A larger page with <see cref="Plotly"/> inline and no <see cref="SharedAssets"/>
    /// loads plotly.js, the style sheet and the table script from files written beside it
    /// (<c>plotly-4.1.2.min.js</c>, <c>plotly-LICENSE.txt</c>, <c>report.css</c>, <c>report.js</c>) and says so at its
    /// top; it still works offline as long as the files stay together. <see cref="HtmlReport.Render"/> always inlines.
    /// </summary>
    public long MaxPageBytes { get; init; } = 5_000_000;

    /// <summary>Colour the report's network map by Leiden community (<see cref="AnalysisResult.Communities"/>) instead of by sector, the default.</summary>
    public bool MapByCommunity { get; init; }
}
