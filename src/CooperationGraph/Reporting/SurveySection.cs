using System.Net;
using System.Text;
using CooperationGraph.Tables;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Reporting;

/// <summary>
/// The report's section "Perceived cooperation" (issue 23): the response rate, the network figures of the partner
/// survey, the table of <c>survey.csv</c> (scores below the raters threshold left empty, as in the file), the trust ×
/// value chart, the level matrix, the two lists that set the survey against the declared and enacted layers, and
/// centrality of the perceived network under both tie rules (<see cref="PerceivedCentralitySection"/>).
/// </summary>
internal static class SurveySection
{
    public static void Append(StringBuilder html, AnalysisResult result, ReportOptions options)
    {
        if (result.PerceivedCooperation is not { } survey)
        {
            if (result.Dataset.Survey.IsDated)
            {
                html.Append("<section id=\"survey\"><h2>").Append(E(Words.Get("SurveyHeading"))).Append("</h2>\n<p class=\"note\">")
                    .Append(E(Words.Get("SurveyNoWave", Words.List(result.Dataset.Survey.Waves.Select(InvariantText.Day)), result.Options.Window.Describe(Words.Numbers))))
                    .Append("</p>\n</section>\n");
            }

            return;
        }

        html.Append("<section id=\"survey\"><h2>").Append(E(Words.Get("SurveyHeading"))).Append("</h2>\n<p>")
            .Append(E(Words.Get("SurveyResponseLine", survey.Respondents, survey.InvitedCount, N(survey.ResponseRate), survey.Ratings, N(survey.MeanLevel))))
            .Append("</p>\n");
        if (survey.Waves.Count > 0)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("SurveyWavesLine", Words.List(survey.Waves.Select(InvariantText.Day))))).Append("</p>\n");
        }

        html.Append(FrameHtml.ToHtml(Figures(survey), Words.Get("SurveyFiguresCaption"))).Append('\n');
        html.Append("<p class=\"note\">").Append(E(Words.Get("SurveyRuleNote", Words.Get(survey.Options.Rule == PerceivedTieRule.Weak ? "SurveyRuleWeak" : "SurveyRuleStrong")))).Append("</p>\n");
        html.Append("<p class=\"note\">").Append(E(Words.Get("SurveyPrivacyNote", survey.Options.MinRaters))).Append("</p>\n");
        ReportTable.Append(html, survey.ToDataFrame(), Words.Get("SurveyTableCaption"), options.MaxTableRows, null, "OrderDataset", "survey.csv");
        if (Charts.TrustValue(result) is { } scatter)
        {
            html.Append("<figure>").Append(scatter.ToDiv("cg-survey-1")).Append("<figcaption>").Append(E(Words.Get("SurveyScatterCaption"))).Append("</figcaption></figure>\n");
        }
        else
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("SurveyScatterEmpty", survey.Options.MinRaters))).Append("</p>\n");
        }

        if (Charts.LevelMatrix(result) is { } matrix)
        {
            html.Append("<figure>").Append(matrix.ToDiv("cg-survey-2")).Append("<figcaption>").Append(E(Words.Get("SurveyLevelCaption"))).Append("</figcaption></figure>\n");
        }

        Pairs(html, result, survey.SignedWithoutPerceivedTie, "SurveySignedUnseenCaption");
        Pairs(html, result, survey.CollaborationWithoutAction, "SurveyReportedUnenactedCaption");
        PerceivedCentralitySection.Append(html, result, options);
        html.Append("</section>\n");
    }

    /// <summary>The network figures as a two-column table: what, and how much.</summary>
    private static DataFrame Figures(PerceivedCooperation survey)
    {
        var qap = survey.EnactedQap;
        (string Key, string Value)[] rows =
        [
            ("SurveyFigureReciprocity", N(survey.Reciprocity)),
            ("SurveyFigureDiscrepancy", N(survey.MeanDiscrepancy)),
            ("SurveyFigureDiscordant", survey.DiscordantPairs.ToString(Words.Numbers)),
            ("SurveyFigureTrust", N(survey.Trust)),
            ("SurveyFigureValue", N(survey.Value)),
            ("SurveyFigureWeak", N(survey.WeakDensity)),
            ("SurveyFigureStrong", N(survey.StrongDensity)),
            ("SurveyFigureMultiplexity", N(survey.Multiplexity)),
            ("SurveyFigureQap", N(qap.Correlation)),
            ("SurveyFigureQapP", double.IsNaN(qap.PGreaterOrEqual) ? Words.Get("NoPermutationTest") : N(qap.PGreaterOrEqual)),
        ];
        return new DataFrame(
            new StringDataFrameColumn(Words.Get("SurveyFigureHead"), rows.Select(r => Words.Get(r.Key, qap.Permutations, qap.Seed))),
            new StringDataFrameColumn(Words.Get("SurveyValueHead"), rows.Select(r => r.Value)));
    }

    /// <summary>A list of pairs with each side's report (names, then levels; "did not answer" for a non-respondent), or a line saying there are none.</summary>
    private static void Pairs(StringBuilder html, AnalysisResult result, IReadOnlyList<SurveyPair> pairs, string captionKey)
    {
        if (pairs.Count == 0)
        {
            html.Append("<p><b>").Append(E(Words.Get(captionKey))).Append("</b>: ").Append(E(Words.Get("SurveyNoPairs"))).Append("</p>\n");
            return;
        }

        string Name(string id) => result.Dataset.GetInstitution(id).Name;
        string Report(CollaborationLevel? level) => level is { } l
            ? $"{(int)l} ({Messages.Get(Model.SurveyValidator.LevelKey(l))})"
            : Words.Get("SurveyNotAnswered");
        var frame = new DataFrame(
            new StringDataFrameColumn(Words.Column("institution"), pairs.Select(p => Name(p.FirstId))),
            new StringDataFrameColumn(Words.Column("partner"), pairs.Select(p => Name(p.SecondId))),
            new StringDataFrameColumn(Words.Column("institution_reports"), pairs.Select(p => Report(p.FirstReports))),
            new StringDataFrameColumn(Words.Column("partner_reports"), pairs.Select(p => Report(p.SecondReports))));
        html.Append(FrameHtml.ToHtml(frame, Words.Get(captionKey))).Append('\n');
    }

    private static string N(double value) => double.IsNaN(value) ? "–" : Words.Number(value);

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
