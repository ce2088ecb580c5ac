using System.Net;
using System.Text;
using CooperationGraph.Tables;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Reporting;

/// <summary>
/// The report's statistics (issue 24): change indices between consecutive windows, drawn in the over-time section, and
/// the logistic network regression beside MRQAP; each test says in one line what it assumes.
/// </summary>
internal static class StatisticsSection
{
    /// <summary>The change-index chart (Jaccard, formation and dissolution rates) with its caption, when there are at least two windows.</summary>
    public static void AppendChangeIndices(StringBuilder html, OverTimeResult overTime)
    {
        if (overTime.Windows.Count < 2)
        {
            return;
        }

        html.Append("<figure>").Append(Charts.ChangeIndices(overTime).ToDiv("cg-time-3"))
            .Append("<figcaption>").Append(E(Words.Get("ChangeIndicesCaption"))).Append("</figcaption></figure>\n");
    }

    /// <summary>What the bootstrap intervals in brackets assume, one line under the list that first shows them; nothing without intervals.</summary>
    public static void AppendIntervalsNote(StringBuilder html, AnalysisResult result)
    {
        if (result.Statistics?.Intervals is { } intervals)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("IntervalsAssume", intervals.Replicates, intervals.Seed))).Append("</p>\n");
        }
    }

    /// <summary>The E-I test under the structure table, with what it assumes; nothing when the analysis has no tests.</summary>
    public static void AppendTests(StringBuilder html, AnalysisResult result)
    {
        if (result.Statistics?.EITest is not { } ei)
        {
            return;
        }

        string P(double p) => double.IsNaN(p) ? "–" : Words.Number(p);
        html.Append("<p>").Append(E(Words.Get("EITestSentence", P(ei.Observed), P(ei.Expected), ei.Permutations, ei.Seed, P(ei.PGreaterOrEqual), P(ei.PLessOrEqual)))).Append("</p>\n");
        html.Append("<p class=\"note\">").Append(E(Words.Get("EITestAssumes"))).Append("</p>\n");
    }

    /// <summary>
    /// The logistic network regression beside MRQAP: the declared-tie odds ratio in a sentence, the terms, what the test
    /// assumes; of the perceived ties (<paramref name="perceived"/>) under its own heading and caption, reading the
    /// enacted-tie odds ratio (the declared one when that is undefined), the assumption said once above.
    /// </summary>
    public static void AppendNetlogit(StringBuilder html, NetlogitResult? netlogit, bool perceived = false)
    {
        if (netlogit is null)
        {
            return;
        }

        html.Append(perceived ? "<h4>" : "<h3>").Append(E(Words.Get(perceived ? "PerceivedNetlogitHeading" : "NetlogitHeading"))).Append(perceived ? "</h4>\n" : "</h3>\n");
        html.Append("<p>").Append(E(perceived ? PerceivedOddsSentence(netlogit) : OddsSentence(netlogit))).Append("</p>\n");
        if (netlogit.IsFitted)
        {
            var terms = new DataFrame(
                new StringDataFrameColumn(Words.Get("Head_term"), netlogit.Terms.Select(t => EvaluationSection.Term(t.Name))),
                Column(Words.Get("Head_coefficient"), netlogit.Terms.Select(t => t.Coefficient)),
                Column(Words.Get("Head_standard_error"), netlogit.Terms.Select(t => t.StandardError)),
                Column(Words.Get("Head_z"), netlogit.Terms.Select(t => t.ZValue)),
                Column(Words.Get("Head_p_two_sided"), netlogit.Terms.Select(t => t.PAbsGreaterOrEqual)),
                Column(Words.Get("Head_odds_ratio"), netlogit.Terms.Select(t => t.OddsRatio)));
            html.Append(FrameHtml.ToHtml(terms, Words.Get(perceived ? "PerceivedNetlogitCaption" : "NetlogitCaption", netlogit.Pairs, Words.Number(netlogit.LogLikelihood), Words.Number(netlogit.Aic), netlogit.Permutations, netlogit.Seed))).Append('\n');
        }

        if (!perceived)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("QapAssumes"))).Append("</p>\n");
        }
    }

    /// <summary>Why the logistic regression is missing beside MRQAP: the network is above <see cref="MrqapOptions.MaxLogisticInstitutions"/>.</summary>
    public static void AppendNetlogitLeftOut(StringBuilder html, AnalysisResult result)
    {
        if (result.LayerAgreement.Logistic is null && result.Dataset.Institutions.Count > result.Options.Regression.MaxLogisticInstitutions)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("NetlogitLeftOut", result.Options.Regression.MaxLogisticInstitutions))).Append("</p>\n");
        }
    }

    /// <summary>What the declared-tie odds ratio says, in one sentence; or why there is none (separation, no term).</summary>
    internal static string OddsSentence(NetlogitResult netlogit)
    {
        if (netlogit.Separated.Count > 0)
        {
            return Words.Get("NetlogitSeparated", string.Join(", ", netlogit.Separated.Select(EvaluationSection.Term)));
        }

        if (netlogit.Boundary)
        {
            return Words.Get("NetlogitBoundary");
        }

        var declared = netlogit.Terms.FirstOrDefault(t => t.Name == "declared");
        if (declared is null || double.IsNaN(declared.Coefficient))
        {
            return Words.Get("DeclaredUndefined");
        }

        string p = double.IsNaN(declared.PAbsGreaterOrEqual) ? Words.Get("NoPermutationTest") : Words.Get("PermutationP", Words.Number(declared.PAbsGreaterOrEqual));
        return Words.Get("NetlogitSentence", declared.OddsRatio.ToString("0.##", Words.Numbers), p);
    }

    /// <summary>What the perceived-tie odds ratio of acting together (or, when that is undefined, of signing together) says; or why there is none.</summary>
    internal static string PerceivedOddsSentence(NetlogitResult netlogit)
    {
        if (netlogit.Separated.Count > 0)
        {
            return Words.Get("NetlogitSeparatedPerceived", string.Join(", ", netlogit.Separated.Select(EvaluationSection.Term)));
        }

        if (netlogit.Boundary)
        {
            return Words.Get("NetlogitBoundary");
        }

        var term = netlogit.Terms.FirstOrDefault(t => t.Name == "enacted" && !double.IsNaN(t.Coefficient))
            ?? netlogit.Terms.FirstOrDefault(t => t.Name == "declared" && !double.IsNaN(t.Coefficient));
        if (term is null)
        {
            return Words.Get("PerceivedTermUndefined", EvaluationSection.Term("enacted"));
        }

        string p = double.IsNaN(term.PAbsGreaterOrEqual) ? Words.Get("NoPermutationTest") : Words.Get("PermutationP", Words.Number(term.PAbsGreaterOrEqual));
        return Words.Get("PerceivedNetlogitSentence", EvaluationSection.Term(term.Name), term.OddsRatio.ToString("0.##", Words.Numbers), p);
    }

    private static DoubleDataFrameColumn Column(string name, IEnumerable<double> values) =>
        new(name, values.Select(v => double.IsFinite(v) ? (double?)v : null));

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
