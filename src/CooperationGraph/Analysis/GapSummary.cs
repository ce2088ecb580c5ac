using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Text;

namespace CooperationGraph.Analysis;

/// <summary>
/// The headline numbers and lists of an analysis, each worked out and worded once: the rows that the notebook's
/// summary (<see cref="AnalysisSummary"/>), the report's gaps and structure lists and the workbook's <c>gaps</c> sheet
/// show, each its own selection of them in its own order.
/// </summary>
internal sealed class GapSummary
{
    /// <summary>The summary lists' own rules, scoped to them, so that a notebook's page keeps its look.</summary>
    public const string Style =
        "dl.summary{display:grid;grid-template-columns:max-content 1fr;gap:.3rem 1rem} dl.summary dt{font-weight:600} dl.summary .note{color:#666;font-size:.9em}";

    private readonly Dictionary<string, SummaryRow> rows;

    private GapSummary(IEnumerable<SummaryRow> rows) => this.rows = rows.ToDictionary(r => r.Name, StringComparer.Ordinal);

    /// <summary>The rows of an analysis, in the reader's language; the lists as shown cut after <paramref name="maxListItems"/>
    /// items (the rows' values keep every item).</summary>
    public static GapSummary Of(AnalysisResult result, int maxListItems = int.MaxValue)
    {
        SummaryRow List(string name, string term, IEnumerable<string> items)
        {
            var list = items.ToList();
            return new(name, term, string.Join(", ", list), Words.List(list, maxListItems), []);
        }

        var gaps = result.Gaps;
        var structure = result.Structure;
        var centralization = result.Centrality.Centralization;
        string window = result.Options.Window.Describe(Words.Numbers);
        var intervals = result.Statistics?.Intervals;
        var unweighted = result.Options.WeightedCentrality ? null : intervals; // the intervals' betweenness is unweighted, as degree always is
        return new GapSummary(
        [
            new("model", null, gaps.Model.Name, gaps.Model.Name, []),
            new("window", "Window", window, window, []),
            Number("activation_rate", "ActivationRate", gaps.ActivationRate, intervals?.ActivationRate),
            List("missing_sectors", "MissingSectors", gaps.MissingSectors.Select(s => s.Code)),
            List("missing_sectors_labelled", "MissingSectors", gaps.MissingSectors.Select(s => s.Labelled)),
            List("missing_links", "MissingLinks", gaps.MissingLinks.Select(l => l.ToString())),
            List("declared_inactive", "DeclaredInactive", gaps.DeclaredInactive),
            List("active_undeclared", "ActiveUndeclared", gaps.ActiveUndeclared),
            List("single_points", "SinglePoints", gaps.SinglePointSectors.Select(s => s.Sector.Code)),
            Number("density", "Density", structure.Density, intervals?.Density),
            new("components", "Components", structure.Components.Count, structure.Components.Count.ToString(CultureInfo.InvariantCulture), [structure.Components.Count <= maxListItems
                ? string.Join(", ", structure.Components.Select(c => c.Count))
                : Words.List([.. structure.Components.Select(c => c.Count.ToString(CultureInfo.InvariantCulture))], maxListItems)]),
            Number("fragmentation", "Fragmentation", structure.Fragmentation),
            List("articulation_points", "ArticulationPoints", structure.ArticulationPoints),
            Number("ei_index", "EIIndex", result.Mixing.EIIndex, intervals?.EIIndex),
            Number("degree_centralization", "DegreeCentralization", centralization.Degree, intervals?.DegreeCentralization),
            Number("betweenness_centralization", "BetweennessCentralization", centralization.Betweenness, unweighted?.BetweennessCentralization),
            Qap("qap_declared", "QapDeclared", result.LayerAgreement.DeclaredVersusEnacted),
            Qap("qap_model", "QapModel", result.LayerAgreement.ModelVersusObserved),
            Number("qap_declared_r", null, result.LayerAgreement.DeclaredVersusEnacted.Correlation),
            Number("qap_declared_p", null, result.LayerAgreement.DeclaredVersusEnacted.PGreaterOrEqual),
            Number("qap_model_r", null, result.LayerAgreement.ModelVersusObserved.Correlation),
            Number("qap_model_p", null, result.LayerAgreement.ModelVersusObserved.PGreaterOrEqual),
        ]);
    }

    /// <summary>The named rows as an HTML definition list (<c>dl.summary</c>); with <paramref name="notes"/> each value
    /// is followed by its note, as the report shows it.</summary>
    public string Html(bool notes, params string[] names)
    {
        var html = new StringBuilder("<dl class=\"summary\">");
        foreach (var name in names)
        {
            var row = rows[name];
            string term = row.Term ?? throw new InvalidOperationException($"The summary row '{name}' has no term to show.");
            if (notes)
            {
                Item(html, term, row.Interval is null ? row.Shown : row.Shown + " " + row.Interval, row.NoteArgs);
            }
            else
            {
                html.Append("<dt>").Append(E(Words.Get(term))).Append("</dt><dd>").Append(E(row.Shown)).Append("</dd>");
            }
        }

        return html.Append("</dl>").ToString();
    }

    /// <summary>The named rows as the workbook's cells: the row's name in the reader's language (the text <c>Row_NAME</c>)
    /// and its value, rounding noise as 0.</summary>
    public IEnumerable<object?[]> Cells(params string[] names) =>
        names.Select(name => new[] { Words.Get("Row_" + name), rows[name].Value is double value ? ReadableNumber.Clean(value) : rows[name].Value });

    /// <summary>One line of a summary list with its note: the term and the note are the texts <paramref name="term"/>
    /// and <c>term + "Note"</c>, the note's placeholders filled with <paramref name="noteArgs"/>.</summary>
    public static void Item(StringBuilder html, string term, string value, params object?[] noteArgs) =>
        html.Append("<dt>").Append(E(Words.Get(term))).Append("</dt><dd><span class=\"value\">").Append(E(value)).Append("</span> <span class=\"note\">")
            .Append(E(Words.Get(term + "Note", noteArgs))).Append("</span></dd>");

    private static SummaryRow Number(string name, string? term, double value) => new(name, term, value, Words.Number(value), []);

    /// <summary>A number with its bootstrap interval beside it, bounds to two decimals as the reader writes them: <c>0.416 (0.35–0.49)</c>, Polish <c>0,416 (0,35–0,49)</c>.</summary>
    private static SummaryRow Number(string name, string term, double value, BootstrapInterval? interval) =>
        interval is null || double.IsNaN(interval.Low) ? Number(name, term, value)
            : Number(name, term, value) with { Interval = $"({Bound(interval.Low)}–{Bound(interval.High)})" };

    private static string Bound(double value) => ReadableNumber.Clean(value).ToString("0.##", Words.Numbers);

    private static SummaryRow Qap(string name, string term, QapResult qap) => new(name, term, null, double.IsNaN(qap.Correlation)
        ? Words.Get("Undefined")
        : Words.Get("QapValue", Words.Number(qap.Correlation), Words.Number(qap.PGreaterOrEqual), qap.Permutations), []);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
