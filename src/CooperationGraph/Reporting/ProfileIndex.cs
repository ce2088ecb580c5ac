using System.Net;
using System.Text;
using CooperationGraph.Text;

namespace CooperationGraph.Reporting;

/// <summary>
/// The index of the profile pages (<see cref="ProfilePages"/>): one sortable row per institution linking its page
/// (its id beneath the name), with its sector, partners, betweenness, ego density, brokerage total, whether it is a cut point and the required
/// links it carries alone. Every text from the input is escaped.
/// </summary>
internal static class ProfileIndex
{
    private static readonly string[] Heads =
        ["ProfileHead_institution", "ProfileHead_sector", "ProfileHead_partners", "ProfileHead_betweenness", "ProfileHead_ego_density", "ProfileHead_brokerage", "ProfileHead_cut_point", "ProfileHead_carried"];

    /// <summary>The index's body.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="profiles">The profiles, in dataset order.</param>
    /// <param name="files">Each profile's page file name.</param>
    /// <param name="reportBeside">Whether <c>report.html</c> sits one folder up.</param>
    public static StringBuilder Body(AnalysisResult result, IReadOnlyList<InstitutionProfile> profiles, IReadOnlyList<string> files, bool reportBeside)
    {
        var html = new StringBuilder();
        if (reportBeside)
        {
            html.Append("<p class=\"note\"><a href=\"../report.html\">").Append(E(Words.Get("ProfileToReport"))).Append("</a></p>\n");
        }

        html.Append("<h1>").Append(E(Words.Get("ProfileIndexHeading"))).Append("</h1>\n<p class=\"lead\">")
            .Append(E(Words.Get("ProfileIndexLead", HtmlReport.DatasetLine(result.Dataset), result.Gaps.Model.Name, result.Options.Window.Describe(Words.Numbers)))).Append("</p>\n<p>")
            .Append(E(Words.Get("SortHint"))).Append("</p>\n");
        html.Append("<table class=\"cg-table\"><caption>").Append(E(Words.Get("ProfileIndexCaption", profiles.Count))).Append("</caption><thead><tr>");
        foreach (var head in Heads)
        {
            html.Append("<th scope=\"col\">").Append(E(Words.Get(head))).Append("</th>");
        }

        html.Append("</tr></thead><tbody>\n");
        for (int k = 0; k < profiles.Count; k++)
        {
            var profile = profiles[k];
            var institution = profile.Institution;
            html.Append("<tr><td><a href=\"").Append(E(Uri.EscapeDataString(files[k]))).Append("\">").Append(E(institution.Name)).Append("</a><br><span class=\"note\">")
                .Append(E(institution.Id)).Append("</span></td><td>").Append(E(institution.Sector.Code)).Append("</td>")
                .Append(ProfilePage.NumberCell(profile.Partners.Count))
                .Append(ProfilePage.NumberCell(profile.Measure(CentralityMeasure.Betweenness.ColumnName())?.Value ?? double.NaN))
                .Append(ProfilePage.NumberCell(profile.Measure("ego_density")?.Value ?? double.NaN))
                .Append(ProfilePage.NumberCell(profile.Brokerage.Total))
                .Append("<td>").Append(E(Words.YesNo(profile.IsArticulationPoint))).Append("</td><td>")
                .Append(E(string.Join(", ", profile.CarriedLinks.Select(l => l.ToString())))).Append("</td></tr>\n");
        }

        return html.Append("</tbody></table>\n");
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
