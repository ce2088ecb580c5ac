using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Tables;
using CooperationGraph.Text;

namespace CooperationGraph.Reporting;

/// <summary>
/// The body of one institution's profile page (<see cref="ProfilePages"/>): its ego map, its measures ranked in the
/// gmina, the required links it realises and carries alone, its brokerage roles, its joint actions on a timeline and,
/// when the dataset holds a partner survey, the place of its partners' ratings. Every text from the input is escaped.
/// </summary>
internal static class ProfilePage
{
    /// <summary>The sections of a page, in order, as their anchors.</summary>
    private static readonly string[] Sections = ["map", "measures", "links", "brokerage", "actions"];

    /// <summary>The page's body, from the link back to the index to the last section.</summary>
    public static StringBuilder Body(AnalysisResult result, InstitutionProfile profile, ReportOptions options, CancellationToken cancellationToken)
    {
        var institution = profile.Institution;
        bool survey = !result.Dataset.Survey.IsEmpty;
        var html = new StringBuilder();
        html.Append("<p class=\"note\"><a href=\"").Append(ProfilePages.IndexFile).Append("\">").Append(E(Words.Get("ProfileBack"))).Append("</a></p>\n");
        html.Append("<h1>").Append(E(institution.Name)).Append("</h1>\n<p class=\"lead\">")
            .Append(E(Words.Get("ProfileLead", institution.Sector.Labelled, institution.Id, profile.Partners.Count, profile.JointActions.Count, profile.Community)));
        if (institution.Unit is { } unit)
        {
            html.Append(" · ").Append(E(unit));
        }

        html.Append("</p>\n<nav>").Append(string.Join(" · ", Sections.Concat(survey ? ["survey"] : []).Select(id => $"<a href=\"#{id}\">{E(Words.Get("ProfileNav_" + id))}</a>"))).Append("</nav>\n");
        AppendMap(html, result, profile, options, cancellationToken);
        AppendMeasures(html, profile);
        AppendLinks(html, profile);
        AppendBrokerage(html, profile);
        AppendActions(html, result, profile, options);
        if (survey)
        {
            AppendSurvey(html, result, profile);
        }

        return html;
    }

    private static void AppendMap(StringBuilder html, AnalysisResult result, InstitutionProfile profile, ReportOptions options, CancellationToken cancellationToken)
    {
        html.Append("<section id=\"map\"><h2>").Append(E(Words.Get("ProfileNav_map"))).Append("</h2>\n");
        if (profile.Partners.Count == 0)
        {
            html.Append("<p>").Append(E(Words.Get("ProfileNoPartners"))).Append("</p>\n</section>\n");
            return;
        }

        var ego = result.Network.Ego(profile.Institution.Id);
        var map = Charts.NetworkMap(ego, new NetworkMapOptions
        {
            SizeBy = CentralityMeasure.Degree,
            Layout = options.Layout,
            Height = 600,
            Highlight = profile.Institution.Id,
            Title = Words.Get("ProfileMapTitle", profile.Institution.ShortName ?? profile.Institution.Name, profile.Partners.Count, ego.Ties.Count - profile.Partners.Count),
        }, cancellationToken);
        html.Append("<figure>").Append(map.ToDiv("cg-profile-map")).Append("<figcaption>").Append(E(Words.Get("ProfileMapCaption"))).Append("</figcaption></figure>\n</section>\n");
    }

    private static void AppendMeasures(StringBuilder html, InstitutionProfile profile)
    {
        html.Append("<section id=\"measures\"><h2>").Append(E(Words.Get("ProfileNav_measures"))).Append("</h2>\n<p>").Append(E(Words.Get("ProfileMeasuresNote"))).Append("</p>\n");
        html.Append("<table class=\"cg-table\"><caption>").Append(E(Words.Get("ProfileMeasuresCaption"))).Append("</caption><thead><tr>");
        foreach (var head in new[] { "ProfileHead_measure", "ProfileHead_column", "ProfileHead_value", "ProfileHead_rank", "ProfileHead_percentile" })
        {
            html.Append("<th scope=\"col\">").Append(E(Words.Get(head))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var measure in profile.Measures)
        {
            html.Append("<tr><td>").Append(E(Words.Get("ProfileMeasure_" + measure.Name))).Append("</td><td>").Append(E(Words.Column(measure.Name))).Append("</td>")
                .Append(NumberCell(measure.Value))
                .Append(measure.Rank is { } rank
                    ? $"<td class=\"num\" data-value=\"{rank.ToString(CultureInfo.InvariantCulture)}\">{E(Words.Get("ProfileRankOf", rank, measure.Count))}</td>"
                    : "<td class=\"num\"></td>")
                .Append(NumberCell(measure.Percentile, "0.#")).Append("</tr>");
        }

        html.Append("</tbody></table>\n</section>\n");
    }

    private static void AppendLinks(StringBuilder html, InstitutionProfile profile)
    {
        html.Append("<section id=\"links\"><h2>").Append(E(Words.Get("ProfileNav_links"))).Append("</h2>\n<ul>\n");
        html.Append("<li>").Append(E(Words.Get("ProfileRealised", Words.List(profile.RealisedLinks.Select(l => l.ToString()))))).Append("</li>\n");
        html.Append("<li>").Append(E(Words.Get("ProfileCarried", Words.List(profile.CarriedLinks.Select(l => l.ToString()))))).Append("</li>\n");
        html.Append("<li>").Append(E(profile.IsArticulationPoint
            ? Words.Get("ProfileCutPoint", Words.Number(profile.FragmentationWithout))
            : Words.Get("ProfileNotCutPoint"))).Append("</li>\n</ul>\n<p class=\"note\">").Append(E(Words.Get("ProfileLinksNote"))).Append("</p>\n</section>\n");
    }

    private static void AppendBrokerage(StringBuilder html, InstitutionProfile profile)
    {
        html.Append("<section id=\"brokerage\"><h2>").Append(E(Words.Get("ProfileNav_brokerage"))).Append("</h2>\n");
        html.Append("<table class=\"cg-table\"><caption>").Append(E(Words.Get("ProfileBrokerageCaption"))).Append("</caption><thead><tr>");
        foreach (var head in new[] { "ProfileHead_role", "ProfileHead_count", "ProfileHead_z" })
        {
            html.Append("<th scope=\"col\">").Append(E(Words.Get(head))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (int role = 0; role < BrokerageRoles.Names.Count; role++)
        {
            html.Append("<tr><td>").Append(E(Words.Get("ProfileRole_" + BrokerageRoles.Names[role]))).Append("</td>")
                .Append(NumberCell(profile.Brokerage[role])).Append(NumberCell(profile.BrokerageZ[role])).Append("</tr>");
        }

        html.Append("</tbody></table>\n<p class=\"note\">").Append(E(Words.Get("ProfileBrokerageNote"))).Append("</p>\n</section>\n");
    }

    private static void AppendActions(StringBuilder html, AnalysisResult result, InstitutionProfile profile, ReportOptions options)
    {
        html.Append("<section id=\"actions\"><h2>").Append(E(Words.Get("ProfileNav_actions"))).Append("</h2>\n");
        var actions = profile.JointActions;
        if (actions.Count == 0)
        {
            html.Append("<p>").Append(E(Words.Get("ProfileNoActions"))).Append("</p>\n</section>\n");
            return;
        }

        if (actions.Count <= options.MaxTimelineActions)
        {
            html.Append("<figure>").Append(Charts.Timeline(result, profile.Institution.Id).ToDiv("cg-profile-timeline")).Append("</figure>\n");
        }

        html.Append("<table class=\"cg-table\"><caption>").Append(E(Words.Get("ProfileActionsCaption"))).Append("</caption><thead><tr>");
        foreach (var head in new[] { "ProfileHead_date", "ProfileHead_end", "ProfileHead_kind", "ProfileHead_title", "ProfileHead_participants" })
        {
            html.Append("<th scope=\"col\">").Append(E(Words.Get(head))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var action in actions.Take(options.MaxTableRows))
        {
            html.Append("<tr><td>").Append(InvariantText.Day(action.Date)).Append("</td><td>")
                .Append(action.EndDate is { } end && end > action.Date ? InvariantText.Day(end) : string.Empty).Append("</td><td>")
                .Append(E(Charts.KindLabel(action.Kind))).Append("</td><td>").Append(E(action.Title)).Append("</td>")
                .Append(NumberCell(action.Participants.Count)).Append("</tr>");
        }

        html.Append("</tbody></table>\n");
        if (actions.Count > options.MaxTableRows)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("ProfileActionsMore", options.MaxTableRows, actions.Count))).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>
    /// The seam for the partner survey: how the institution's partners rate it, under the survey layer's privacy rule.
    /// The ratings per institution are computed by the survey layer, not here; until it gives them, the section says
    /// that the dataset holds a survey and that its ratings are not summarised on this page.
    /// </summary>
    /// <summary>
    /// How the partners rate the institution in the survey: its row of <c>survey.csv</c> under the same privacy rule
    /// (a received score is empty below <see cref="SurveyOptions.MinRaters"/> raters; counts always shown).
    /// </summary>
    private static void AppendSurvey(StringBuilder html, AnalysisResult result, InstitutionProfile profile)
    {
        html.Append("<section id=\"survey\"><h2>").Append(E(Words.Get("ProfileNav_survey"))).Append("</h2>\n");
        var survey = result.PerceivedCooperation;
        var score = survey?.Scores.FirstOrDefault(s => s.InstitutionId == profile.Institution.Id);
        if (survey is null || score is null)
        {
            html.Append("<p class=\"note\">").Append(E(Words.Get("ProfileSurveyPending"))).Append("</p>\n</section>\n");
            return;
        }

        string responded = score.Responded is { } answered ? Words.YesNo(answered) : Words.Get("ProfileSurveyNotInvited");
        html.Append("<p>").Append(E(Words.Get("ProfileSurveyLead", score.RatingsReceived, responded))).Append("</p>\n");
        html.Append("<table class=\"cg-table\"><caption>").Append(E(Words.Get("ProfileSurveyCaption"))).Append("</caption><thead><tr>");
        foreach (var head in new[] { "ProfileHead_measure", "ProfileHead_column", "ProfileHead_value" })
        {
            html.Append("<th scope=\"col\">").Append(E(Words.Get(head))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        (string Column, double Value)[] rows =
        [
            ("level_received", score.LevelReceived),
            ("trust", score.Trust),
            ("value", score.Value),
            ("reliability", score.Items[0]),
            ("mission", score.Items[1]),
            ("openness", score.Items[2]),
            ("power", score.Items[3]),
            ("involvement", score.Items[4]),
            ("resources", score.Items[5]),
            ("level_given", score.LevelGiven),
        ];
        foreach (var (column, value) in rows)
        {
            html.Append("<tr><td>").Append(E(Words.Get("ProfileSurveyMeasure_" + column))).Append("</td><td>").Append(E(Words.Column(column))).Append("</td>")
                .Append(NumberCell(value, "0.00")).Append("</tr>\n");
        }

        html.Append("</tbody></table>\n<p class=\"note\">").Append(E(Words.Get("SurveyPrivacyNote", survey.Options.MinRaters))).Append("</p>\n</section>\n");
    }

    /// <summary>A right-aligned number cell in the reader's language that sorts by its exact invariant value.</summary>
    /// <param name="value">The value; NaN gives an empty cell.</param>
    /// <param name="format">A .NET number format for the text shown; six significant digits when null.</param>
    internal static string NumberCell(double value, string? format = null)
    {
        if (double.IsNaN(value))
        {
            return "<td class=\"num\"></td>";
        }

        string text = format is null ? FrameHtml.Text(value, Words.Numbers) : value.ToString(format, Words.Numbers);
        return $"<td class=\"num\" data-value=\"{InvariantText.Number(value)}\">{E(text)}</td>";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
