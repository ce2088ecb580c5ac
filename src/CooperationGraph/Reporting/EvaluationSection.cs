using System.Net;
using System.Text;
using CooperationGraph.Analysis;
using CooperationGraph.Tables;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Reporting;

/// <summary>
/// The report's sections that evaluate the model beyond one window: the MRQAP regression (did declarations lead to
/// cooperation?), and, when asked for, tie dynamics per window and durability after the project.
/// </summary>
internal static class EvaluationSection
{
    /// <summary>
    /// The MRQAP table and the sentence that reads its declared-tie coefficient, the logistic regression beside it, and
    /// with a partner survey the same two regressions of the perceived ties.
    /// </summary>
    public static void AppendMrqap(StringBuilder html, AnalysisResult result)
    {
        html.Append("<section id=\"mrqap\"><h2>").Append(E(Words.Get("MrqapHeading"))).Append("</h2>\n");
        var mrqap = result.LayerAgreement.Regression;
        if (mrqap is null)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("MrqapLeftOut", result.Options.Regression.MaxInstitutions))).Append("</p>\n");
        }
        else
        {
            html.Append("<p>").Append(E(DeclaredSentence(mrqap))).Append("</p>\n");
            html.Append(FrameHtml.ToHtml(Terms(mrqap),
                Words.Get("MrqapCaption", UserTerms(mrqap), mrqap.Pairs, Words.Number(mrqap.RSquared), mrqap.Permutations, mrqap.Seed))).Append('\n');
            StatisticsSection.AppendNetlogit(html, result.LayerAgreement.Logistic);
            StatisticsSection.AppendNetlogitLeftOut(html, result);
        }

        AppendPerceived(html, result);
        html.Append("</section>\n");
    }

    /// <summary>
    /// The regressions of the perceived ties (issue 23), when the dataset has a survey: a sentence reading the enacted
    /// and declared coefficients, the MRQAP table in the same columns as the enacted one, which pairs it covers, and the
    /// logistic regression; or why they are left out.
    /// </summary>
    private static void AppendPerceived(StringBuilder html, AnalysisResult result)
    {
        var agreement = result.LayerAgreement;
        if (agreement.PerceivedRule is not { } rule)
        {
            return;
        }

        html.Append("<h3>").Append(E(Words.Get("PerceivedRegressionHeading"))).Append("</h3>\n");
        if (agreement.PerceivedRegression is not { } mrqap)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("PerceivedMrqapLeftOut", result.Options.Regression.MaxInstitutions))).Append("</p>\n");
            return;
        }

        html.Append("<p>").Append(E(PerceivedSentence(mrqap))).Append("</p>\n");
        string ruleText = Words.Get(rule == PerceivedTieRule.Weak ? "PerceivedRuleWeakShort" : "PerceivedRuleStrongShort");
        html.Append(FrameHtml.ToHtml(Terms(mrqap),
            Words.Get("PerceivedMrqapCaption", ruleText, UserTerms(mrqap), mrqap.Pairs, mrqap.Institutions, Words.Number(mrqap.RSquared), mrqap.Permutations, mrqap.Seed))).Append('\n');
        html.Append("<p class=\"note\">").Append(E(Words.Get(rule == PerceivedTieRule.Weak ? "PerceivedPairsNoteWeak" : "PerceivedPairsNoteStrong"))).Append("</p>\n");
        StatisticsSection.AppendNetlogit(html, agreement.PerceivedLogistic, perceived: true);
        if (agreement.PerceivedLogistic is null)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("PerceivedNetlogitLeftOut", result.Options.Regression.MaxLogisticInstitutions))).Append("</p>\n");
        }
    }

    /// <summary>An MRQAP regression's terms in the report's columns.</summary>
    private static DataFrame Terms(MrqapResult mrqap) => new(
        new StringDataFrameColumn(Words.Get("Head_term"), mrqap.Terms.Select(t => Term(t.Name))),
        Column(Words.Get("Head_coefficient"), mrqap.Terms.Select(t => t.Coefficient)),
        Column(Words.Get("Head_standard_error"), mrqap.Terms.Select(t => t.StandardError)),
        Column(Words.Get("Head_t"), mrqap.Terms.Select(t => t.TValue)),
        Column(Words.Get("Head_p_two_sided"), mrqap.Terms.Select(t => t.PAbsGreaterOrEqual)),
        Column(Words.Get("Head_p_greater"), mrqap.Terms.Select(t => t.PGreaterOrEqual)),
        Column(Words.Get("Head_p_less"), mrqap.Terms.Select(t => t.PLessOrEqual)),
        new StringDataFrameColumn(Words.Get("Head_note"), mrqap.Terms.Select(t => double.IsNaN(t.Coefficient) ? Words.Get("NoEstimate") : string.Empty)));

    /// <summary>The user's own terms (after the built-in ones), each after a comma, for a caption.</summary>
    private static string UserTerms(MrqapResult mrqap) =>
        string.Concat(mrqap.Terms.Where(t => t.Name != "intercept" && t.Name != "enacted" && !Mrqap.BuiltInTerms.Contains(t.Name)).Select(t => ", " + Term(t.Name)));

    /// <summary>A term's name to read: the built-in terms in the reader's language, a user's matrix by its own name.</summary>
    internal static string Term(string name) => Words.Template("Term_" + name, System.Globalization.CultureInfo.InvariantCulture) is null ? name : Words.Get("Term_" + name);

    /// <summary>What the declared-tie coefficient says about the model, in one sentence.</summary>
    internal static string DeclaredSentence(MrqapResult mrqap)
    {
        var declared = mrqap.Terms.FirstOrDefault(t => t.Name == "declared");
        if (declared is null || double.IsNaN(declared.Coefficient))
        {
            return Words.Get("DeclaredUndefined");
        }

        string points = Math.Abs(declared.Coefficient * 100).ToString("0.#", Words.Numbers);
        string direction = Words.Get(declared.Coefficient >= 0 ? "More" : "Less");
        string p = double.IsNaN(declared.PAbsGreaterOrEqual) ? Words.Get("NoPermutationTest") : Words.Get("PermutationP", Words.Number(declared.PAbsGreaterOrEqual));
        string reading = !double.IsNaN(declared.PAbsGreaterOrEqual) && declared.PAbsGreaterOrEqual < 0.05
            ? Words.Get(declared.Coefficient > 0 ? "ReadingPositive" : "ReadingNegative")
            : Words.Get("ReadingUnclear");
        return Words.Get("DeclaredSentence", points, direction, p, reading);
    }

    /// <summary>
    /// What the perceived-tie regression says, in one or two sentences: the enacted-tie coefficient read against the
    /// model's intent (or why it is undefined), then the declared-tie coefficient.
    /// </summary>
    internal static string PerceivedSentence(MrqapResult mrqap)
    {
        string P(MrqapTerm term) => double.IsNaN(term.PAbsGreaterOrEqual) ? Words.Get("NoPermutationTest") : Words.Get("PermutationP", Words.Number(term.PAbsGreaterOrEqual));
        string Points(MrqapTerm term) => Math.Abs(term.Coefficient * 100).ToString("0.#", Words.Numbers);
        string Direction(MrqapTerm term) => Words.Get(term.Coefficient >= 0 ? "More" : "Less");
        var sentences = new List<string>();
        if (mrqap.Terms.FirstOrDefault(t => t.Name == "enacted") is { } enacted)
        {
            string reading = !double.IsNaN(enacted.PAbsGreaterOrEqual) && enacted.PAbsGreaterOrEqual < 0.05
                ? Words.Get(enacted.Coefficient > 0 ? "PerceivedReadingPositive" : "PerceivedReadingNegative")
                : Words.Get("PerceivedReadingUnclear");
            sentences.Add(double.IsNaN(enacted.Coefficient)
                ? Words.Get("PerceivedTermUndefined", Term("enacted"))
                : Words.Get("PerceivedEnactedSentence", Points(enacted), Direction(enacted), P(enacted), reading));
        }

        if (mrqap.Terms.FirstOrDefault(t => t.Name == "declared") is { } declared)
        {
            sentences.Add(double.IsNaN(declared.Coefficient)
                ? Words.Get("PerceivedTermUndefined", Term("declared"))
                : Words.Get("PerceivedDeclaredSentence", Points(declared), Direction(declared), P(declared)));
        }

        return string.Join(" ", sentences);
    }

    /// <summary>Durability after the project, indicators over time and tie dynamics, when the analysis has them; lists and
    /// the table of windows cut as <paramref name="options"/> says.</summary>
    public static void AppendOverTime(StringBuilder html, AnalysisResult result, ReportOptions options)
    {
        var durability = result.Durability;
        var overTime = result.OverTime;
        if (durability is null && overTime is null)
        {
            return;
        }

        html.Append("<section id=\"over-time\"><h2>").Append(E(Words.Get("OverTimeHeading"))).Append("</h2>\n");
        if (durability is not null)
        {
            html.Append("<dl class=\"summary\">");
            GapSummary.Item(html, "TiesLasted", Words.Get("OfCount", Words.Number(durability.TieShare), durability.TiesKept, durability.TiesDuring), InvariantText.Day(durability.ProjectEnd));
            GapSummary.Item(html, "LinksLasted", Words.Get("OfCount", Words.Number(durability.RequiredLinkShare), durability.RequiredLinksKept.Count, durability.RequiredLinksDuring.Count));
            GapSummary.Item(html, "KeptActing", Words.List(durability.KeptActing, options.MaxListItems));
            GapSummary.Item(html, "StoppedActing", Words.List(durability.StoppedActing, options.MaxListItems));
            GapSummary.Item(html, "StartedAfter", Words.List(durability.StartedAfter, options.MaxListItems));
            html.Append("</dl>\n");
        }

        if (overTime is not null && overTime.Windows.Count > 0)
        {
            html.Append("<figure>").Append(Charts.IndicatorsOverTime(overTime, result.Dataset.Declarations, durability?.ProjectEnd).ToDiv("cg-time-1"))
                .Append("<figcaption>").Append(E(Words.Get("IndicatorsOverTimeCaption"))).Append("</figcaption></figure>\n");
            if (Charts.SurveyOverTime(overTime) is { } survey)
            {
                html.Append("<figure>").Append(survey.ToDiv("cg-time-survey")).Append("<figcaption>").Append(E(Words.Get("SurveyOverTimeCaption"))).Append("</figcaption></figure>\n");
            }

            html.Append("<figure>").Append(Charts.TieDynamics(overTime).ToDiv("cg-time-2"))
                .Append("<figcaption>").Append(E(Words.Get("TieDynamicsCaption"))).Append("</figcaption></figure>\n");
            StatisticsSection.AppendChangeIndices(html, overTime);
            ReportTable.Append(html, overTime.ToDataFrame(), Words.Get("OverTimeCaption"), options.MaxTableRows, null, "OrderEarliest", "over_time.csv");
        }

        html.Append("</section>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);

    private static DoubleDataFrameColumn Column(string name, IEnumerable<double> values) =>
        new(name, values.Select(v => double.IsNaN(v) ? (double?)null : v));
}
