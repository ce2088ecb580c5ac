using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Plotting;
using CooperationGraph.Reporting;
using CooperationGraph.Tables;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// The comparison of gminas as one self-contained HTML page: a ranking table sortable by any indicator (click a
/// header), grouped indicator bars, and a small network map per gmina (up to <see cref="DashboardOptions.MaxMaps"/>; a
/// list beyond), each gmina linking to its own report in <c>gminas/NAME/report.html</c>. Every number is the value of
/// <c>comparison.csv</c>: table cells show it rounded to three decimals and carry it exactly in <c>data-value</c> (the
/// sort uses it). Every text from the input is escaped.
/// </summary>
public static partial class Dashboard
{
    /// <summary>The page for a comparison.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="options">plotly.js source, maps, distributions; defaults in <see cref="DashboardOptions"/>.</param>
    /// <exception cref="ArgumentException"><see cref="DashboardOptions.ScatterX"/> or <see cref="DashboardOptions.ScatterY"/> is not an indicator column.</exception>
    public static string Render(GminaComparison comparison, DashboardOptions? options = null) => Render(comparison, options, null);

    /// <summary>The page, loading plotly.js with <paramref name="plotly"/> (a <c>script</c> element) when given.</summary>
    internal static string Render(GminaComparison comparison, DashboardOptions? options, string? plotly)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        options ??= new DashboardOptions();
        CheckIndicators(options);
        var folders = DashboardWriter.Folders(comparison.Gminas.Select(g => g.Name));
        int reports = DashboardWriter.ReportCount(comparison, options);
        bool many = comparison.Gminas.Count > options.MaxBarGminas;
        var table = FrameWriter.ToTableData("comparison", comparison.ToDataFrame());
        var html = new StringBuilder(1024 + (comparison.Gminas.Count * 1200));
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Words.Get("HtmlLanguage")).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(Words.Get("DashboardTitle", comparison.Options.Model.Name))).Append("</title>\n<style>").Append(Style).Append(FrameHtml.TableStyle).Append("</style>\n")
            .Append(plotly ?? PlotlyJs.ScriptElement(options.Plotly)).Append('\n');
        if (many)
        {
            html.Append("<script>").Append(LazyDrawing).Append("</script>\n");
        }

        html.Append("</head>\n<body>\n");
        string[] sections = many ? ["ranking", "indicators", "extremes", "scatter", "maps"] : ["ranking", "indicators", "maps"];
        html.Append("<h1>").Append(E(Words.Get("DashboardHeading"))).Append("</h1>\n<p class=\"lead\">")
            .Append(E(Words.Get("DashboardLead", comparison.Gminas.Count, comparison.Options.Model.Name, comparison.Options.Window.Describe(Words.Numbers))))
            .Append("</p>\n<nav>").Append(string.Join(" · ", sections.Select(id => $"<a href=\"#{id}\">{E(Words.Get("Nav_" + id))}</a>"))).Append("</nav>\n");
        html.Append("<section id=\"ranking\"><h2>").Append(E(Words.Get("Nav_ranking"))).Append("</h2>\n<p class=\"note\">").Append(E(Words.Get("RankingNote"))).Append("</p>\n");
        html.Append("<div class=\"scroll\"><table class=\"cg-table\" id=\"cg-ranking\"><thead><tr>");
        foreach (var column in table.Header)
        {
            html.Append("<th scope=\"col\">").Append(E(Words.Column(column))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        for (int r = 0; r < table.Rows.Count; r++)
        {
            var row = table.Rows[r];
            html.Append("<tr><td data-value=\"").Append(E(comparison.Gminas[r].Name)).Append("\">").Append(Link(folders[r], comparison.Gminas[r].Name, r < reports)).Append("</td>");
            for (int c = 1; c < row.Length; c++)
            {
                string exact = DashboardWriter.CsvCell(row[c]);
                html.Append(many ? "<td data-value=\"" : "<td class=\"num\" data-value=\"").Append(E(exact)).Append("\">").Append(E(Display(row[c]))).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody></table></div>\n</section>\n");
        if (many)
        {
            AppendDistributions(html, comparison, options, folders, reports);
        }
        else
        {
            html.Append("<section id=\"indicators\"><h2>").Append(E(Words.Get("Nav_indicators"))).Append("</h2>\n<figure>").Append(Charts.GminaComparison(comparison).ToDiv("cg-bars")).Append("</figure>\n</section>\n");
        }

        AppendMaps(html, comparison, folders, options, reports);
        html.Append("<script>").Append(TableSorting.Script).Append("</script>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Refuses scatter axes that are not indicator columns, before anything is written.</summary>
    internal static void CheckIndicators(DashboardOptions options)
    {
        Charts.IndicatorIndex(options.ScatterX);
        Charts.IndicatorIndex(options.ScatterY);
    }

    private static void AppendMaps(StringBuilder html, GminaComparison comparison, IReadOnlyList<string> folders, DashboardOptions options, int reports)
    {
        html.Append("<section id=\"maps\"><h2>").Append(E(Words.Get("MapsHeading"))).Append("</h2>\n<div class=\"maps\">\n");
        int drawn = 0;
        var listed = new List<int>();
        for (int k = 0; k < comparison.Gminas.Count; k++)
        {
            var gmina = comparison.Gminas[k];
            if (drawn >= options.MaxMaps || gmina.Dataset.Institutions.Count > options.MaxMapInstitutions)
            {
                listed.Add(k);
                continue;
            }

            // Laid out for the least width of a box of the grid of maps (22rem), so that it fills its box.
            var map = Charts.NetworkMap(gmina.Result, new NetworkMapOptions { Layout = options.Layout, ShowNames = false, Height = SmallMapHeight, LayoutWidth = SmallMapWidth, ShowLegend = false });
            var small = new Figure(map.Traces, map.Layout with { Title = gmina.Name });
            html.Append("<figure>").Append(Div(small, $"cg-map-{++drawn}", lazy: comparison.Gminas.Count > options.MaxBarGminas)).Append("<figcaption>").Append(Link(folders[k], gmina.Name, k < reports)).Append("</figcaption></figure>\n");
        }

        html.Append("</div>\n");
        if (listed.Count > 0)
        {
            html.Append("<p>").Append(E(Words.Get("MoreGminas", listed.Count, options.MaxMaps, options.MaxMapInstitutions))).Append("</p>\n<ul class=\"more\">");
            foreach (int k in listed)
            {
                html.Append("<li>").Append(Link(folders[k], comparison.Gminas[k].Name, k < reports)).Append("</li>");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The least width of a box of the grid of small maps (22rem at 16 px) and the maps' height, in pixels.</summary>
    private const int SmallMapWidth = 352, SmallMapHeight = 320;

    private static string Link(string folder, string name, bool report) => report
        ? $"<a href=\"gminas/{E(Uri.EscapeDataString(folder))}/report.html\">{E(name)}</a>"
        : E(name);

    private static string Display(object? cell) => cell switch
    {
        null => string.Empty,
        double d => ReadableNumber.Decimals(d, Words.Numbers),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:2rem auto;max-width:90rem;padding:0 1rem;color:#1b1f24}
        .lead{color:#444} .note{color:#666;font-size:.9em} nav{margin:1rem 0} .cg-table th{cursor:pointer}
        .scroll{max-height:36rem;overflow:auto} #cg-ranking td+td{text-align:right;font-variant-numeric:tabular-nums} .scroll table.cg-table{margin:0}
        .maps,.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(22rem,1fr));gap:1rem} .maps figure,.grid figure{margin:0} ul.more{columns:4}
        .grid.wide{grid-template-columns:1fr} .extremes{display:grid;grid-template-columns:repeat(auto-fill,minmax(26rem,1fr));gap:1rem 2rem} .extremes h3{margin:.5rem 0;font-size:1rem}
        .pair{display:flex;gap:1rem} .pair table.cg-table{margin:0;font-size:.85em}
        """;
}
