using System.Text;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Dashboard
{
    /// <summary>Gminas listed at each end of an indicator's ranking.</summary>
    internal const int Extremes = 10;

    /// <summary>
    /// Beyond <see cref="DashboardOptions.MaxBarGminas"/>: a histogram (or box plots per group) per charted indicator,
    /// the lowest and highest gminas per indicator, and the scatter of two indicators.
    /// </summary>
    private static void AppendDistributions(StringBuilder html, GminaComparison comparison, DashboardOptions options, IReadOnlyList<string> folders, int reports)
    {
        var groups = options.GroupBy is { } column ? comparison.GroupsBy(column) : null;
        html.Append("<section id=\"indicators\"><h2>").Append(E(Words.Get("Nav_indicators"))).Append("</h2>\n<p class=\"note\">")
            .Append(E(groups is null ? Words.Get("DistributionNote", comparison.Gminas.Count) : Words.Get("GroupedNote", comparison.Gminas.Count, options.GroupBy!, groups.Distinct().Count())))
            .Append("</p>\n<div class=\"grid").Append(groups is null || groups.Distinct().Count() > Charts.MaxBoxGroups ? string.Empty : " wide").Append("\">\n");
        int figure = 0;
        foreach (var (indicator, _) in Charts.Indicators)
        {
            html.Append("<figure>").Append(Div(Charts.GminaDistribution(comparison, indicator, groups), $"cg-distribution-{++figure}", lazy: true)).Append("</figure>\n");
        }

        html.Append("</div>\n</section>\n<section id=\"extremes\"><h2>").Append(E(Words.Get("Nav_extremes"))).Append("</h2>\n<p class=\"note\">")
            .Append(E(Words.Get("ExtremesNote", Extremes))).Append("</p>\n<div class=\"extremes\">\n");
        foreach (var (indicator, _) in Charts.Indicators)
        {
            var values = Charts.IndicatorValues(comparison, indicator);
            var ranked = Enumerable.Range(0, values.Length).Where(g => !double.IsNaN(values[g])).OrderBy(g => values[g]).ThenBy(g => g).ToList();
            html.Append("<div><h3>").Append(E(Charts.IndicatorLabel(indicator))).Append("</h3><div class=\"pair\">");
            AppendExtremes(html, Words.Get("Lowest"), ranked.Take(Extremes), comparison, values, folders, reports);
            AppendExtremes(html, Words.Get("Highest"), Enumerable.Reverse(ranked).Take(Extremes), comparison, values, folders, reports);
            html.Append("</div></div>\n");
        }

        html.Append("</div>\n</section>\n<section id=\"scatter\"><h2>").Append(E(Words.Get("Nav_scatter"))).Append("</h2>\n<figure>")
            .Append(Div(Charts.GminaScatter(comparison, options.ScatterX, options.ScatterY), "cg-scatter", lazy: true)).Append("</figure>\n</section>\n");
    }

    /// <summary>
    /// Drawn when first scrolled near (a national dashboard holds some 30 charts below its 2 477-row table; drawing them
    /// all at once costs the first seconds), or at once where the browser cannot tell.
    /// </summary>
    internal const string LazyDrawing = """
        function cgDraw(id,draw){var el=document.getElementById(id);if(!("IntersectionObserver" in window)){draw();return;}
        var o=new IntersectionObserver(function(es){if(es.some(function(e){return e.isIntersecting;})){o.disconnect();draw();}},{rootMargin:"300px"});o.observe(el);}
        """;

    /// <summary>A chart's <c>div</c> and the script drawing it: at once, or (<paramref name="lazy"/>) through <see cref="LazyDrawing"/>, its height kept meanwhile.</summary>
    private static string Div(Figure figure, string id, bool lazy) => !lazy ? figure.ToDiv(id)
        : $"<div id=\"{id}\" class=\"cg-figure\" style=\"min-height:{figure.Layout.Height ?? 450}px\"></div>\n<script>cgDraw(\"{id}\",function(){{var f={figure.ToJson()};Plotly.newPlot(\"{id}\",f.data,f.layout,f.config);}});</script>";

    private static void AppendExtremes(StringBuilder html, string caption, IEnumerable<int> gminas, GminaComparison comparison, double[] values, IReadOnlyList<string> folders, int reports)
    {
        html.Append("<table class=\"cg-table\"><caption>").Append(E(caption)).Append("</caption><thead><tr><th scope=\"col\">")
            .Append(E(Words.Column("gmina"))).Append("</th><th scope=\"col\">").Append(E(Words.Get("ValueHeading"))).Append("</th></tr></thead><tbody>");
        foreach (int g in gminas)
        {
            html.Append("<tr><td data-value=\"").Append(E(comparison.Gminas[g].Name)).Append("\">").Append(Link(folders[g], comparison.Gminas[g].Name, g < reports))
                .Append("</td><td class=\"num\" data-value=\"").Append(E(InvariantText.Cell(values[g]))).Append("\">").Append(E(Words.Number(values[g]))).Append("</td></tr>");
        }

        html.Append("</tbody></table>");
    }
}
