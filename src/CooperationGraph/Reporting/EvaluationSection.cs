using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Analysis;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.IO;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Reporting;

/// <summary>
/// The report's sections that evaluate the model beyond one window: the MRQAP regression (did declarations lead to
/// cooperation?), and, when asked for, tie dynamics per window and durability after the project.
/// </summary>
internal static class EvaluationSection
{
    /// <summary>The MRQAP table and the sentence that reads its declared-tie coefficient.</summary>
    public static void AppendMrqap(StringBuilder html, AnalysisResult result)
    {
        html.Append("<section id=\"mrqap\"><h2>Did declarations lead to cooperation? (MRQAP)</h2>\n");
        var mrqap = result.Gaps.Mrqap;
        if (mrqap is null)
        {
            html.Append("<p class=\"note\">").Append(E($"Left out: the network has fewer than 3 or more than {result.Gaps.Options.Mrqap.MaxInstitutions} institutions (GapOptions.Mrqap.MaxInstitutions).")).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<p>").Append(E(DeclaredSentence(mrqap))).Append("</p>\n");
        var terms = new DataFrame(
            new StringDataFrameColumn("term", mrqap.Terms.Select(t => t.Name)),
            Column("coefficient", mrqap.Terms.Select(t => t.Coefficient)),
            Column("standard error", mrqap.Terms.Select(t => t.StandardError)),
            Column("t", mrqap.Terms.Select(t => t.TValue)),
            Column("p (two-sided)", mrqap.Terms.Select(t => t.PAbsGreaterOrEqual)),
            Column("p (t ≥ observed)", mrqap.Terms.Select(t => t.PGreaterOrEqual)),
            Column("p (t ≤ observed)", mrqap.Terms.Select(t => t.PLessOrEqual)),
            new StringDataFrameColumn("note", mrqap.Terms.Select(t => double.IsNaN(t.Coefficient) ? NoEstimate : string.Empty)));
        html.Append(Display.FrameHtml.ToHtml(terms,
            $"Enacted ties regressed on declared ties, same sector, same unit{string.Concat(mrqap.Terms.Skip(4).Select(t => ", " + t.Name))}: {mrqap.Pairs} pairs, R² {Number(mrqap.RSquared)}, {mrqap.Permutations} permutations (double semi-partialling, seed {mrqap.Seed})")).Append('\n');
        html.Append("</section>\n");
    }

    /// <summary>Why a term's row is empty: least squares cannot separate it from the others.</summary>
    internal const string NoEstimate = "no estimate: this term is constant, or a combination of the others, across the pairs (collinear)";

    /// <summary>What the declared-tie coefficient says about the model, in one sentence.</summary>
    internal static string DeclaredSentence(MrqapResult mrqap)
    {
        var declared = mrqap.Terms.FirstOrDefault(t => t.Name == "declared");
        if (declared is null || double.IsNaN(declared.Coefficient))
        {
            return "The declared-tie coefficient is undefined here (no pair signed together, or every pair did): the data cannot say whether declarations led to cooperation.";
        }

        string points = Math.Abs(declared.Coefficient * 100).ToString("0.#", CultureInfo.InvariantCulture);
        string direction = declared.Coefficient >= 0 ? "more" : "less";
        string p = double.IsNaN(declared.PAbsGreaterOrEqual) ? "no permutation test" : "two-sided permutation p = " + Number(declared.PAbsGreaterOrEqual);
        string reading = !double.IsNaN(declared.PAbsGreaterOrEqual) && declared.PAbsGreaterOrEqual < 0.05
            ? declared.Coefficient > 0 ? "signing together went with acting together, as the model intends" : "signing together went with acting together less often, against the model's intent"
            : "the data give no clear evidence that signing together led to acting together";
        return $"Pairs of institutions that signed a declaration together were {points} percentage points {direction} likely to take part in a joint action together than pairs that did not, at equal sector and unit ({p}): {reading}.";
    }

    /// <summary>Durability after the project, indicators over time and tie dynamics, when the analysis has them.</summary>
    public static void AppendOverTime(StringBuilder html, AnalysisResult result)
    {
        var durability = result.Gaps.Durability;
        var overTime = result.OverTime;
        if (durability is null && overTime is null)
        {
            return;
        }

        html.Append("<section id=\"over-time\"><h2>Over time</h2>\n");
        if (durability is not null)
        {
            html.Append("<dl class=\"summary\">");
            Item(html, "Ties that lasted", $"{Number(durability.TieShare)} ({durability.TiesKept} of {durability.TiesDuring})", $"pairs that acted together during the project (to {JsonDay(durability.ProjectEnd)}) and again after it");
            Item(html, "Required links that lasted", $"{Number(durability.RequiredLinkShare)} ({durability.RequiredLinksKept.Count} of {durability.RequiredLinksDuring.Count})", "required sector links realised during the project and again after it");
            Item(html, "Kept acting", List(durability.KeptActing), "institutions active during the project and after it");
            Item(html, "Stopped acting", List(durability.StoppedActing), "active during the project, not after it");
            Item(html, "Started after", List(durability.StartedAfter), "active only after the project");
            html.Append("</dl>\n");
        }

        if (overTime is not null && overTime.Windows.Count > 0)
        {
            var milestones = result.Dataset.Declarations.Select(d => (d.SignedOn, d.Title)).ToList();
            if (durability is not null)
            {
                milestones.Add((durability.ProjectEnd, "project end"));
            }

            html.Append("<figure>").Append(Plotting.Charts.IndicatorsOverTime(overTime, milestones).ToDiv("cg-time-1"))
                .Append("<figcaption>").Append(E("The indicators of each window; dotted lines mark declarations signed and the project's end.")).Append("</figcaption></figure>\n");
            html.Append("<figure>").Append(Plotting.Charts.TieDynamics(overTime).ToDiv("cg-time-2"))
                .Append("<figcaption>").Append(E("Ties of each window: kept from the window before, new, re-appeared after a gap; lost since the window before below zero. A tie is present when a joint action of the pair overlaps the window.")).Append("</figcaption></figure>\n");
            var frame = overTime.ToDataFrame();
            html.Append(Display.FrameHtml.ToHtml(frame, "Indicators and ties per window")).Append('\n');
        }

        html.Append("</section>\n");
    }

    private static void Item(StringBuilder html, string term, string value, string note) =>
        html.Append("<dt>").Append(E(term)).Append("</dt><dd><span class=\"value\">").Append(E(value)).Append("</span> <span class=\"note\">").Append(E(note)).Append("</span></dd>");

    private static string List(IReadOnlyList<string> items) => items.Count == 0 ? "none" : string.Join(", ", items);

    private static string JsonDay(DateOnly day) => IO.JsonOutput.Date(day);

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Number(double value) => Display.ReadableNumber.Short(value);

    private static DoubleDataFrameColumn Column(string name, IEnumerable<double> values) =>
        new(name, values.Select(v => double.IsNaN(v) ? (double?)null : v));
}
