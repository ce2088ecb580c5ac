using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Analysis;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Tables;

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
        html.Append(new ResultTable(
            $"Enacted ties regressed on declared ties, same sector and same unit: {mrqap.Pairs} pairs, R² {Number(mrqap.RSquared)}, {mrqap.Permutations} permutations (double semi-partialling, seed {mrqap.Seed})",
            ["term", "coefficient", "standard error", "t", "p (two-sided)", "p (t ≥ observed)", "p (t ≤ observed)"],
            mrqap.Terms.Select(t => new object?[] { t.Name, t.Coefficient, t.StandardError, t.TValue, t.PAbsGreaterOrEqual, t.PGreaterOrEqual, t.PLessOrEqual })).ToHtml()).Append('\n');
        html.Append("</section>\n");
    }

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

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static string Number(double value) => double.IsNaN(value) ? "undefined" : value.ToString("0.###", CultureInfo.InvariantCulture);
}
