using System.Globalization;
using CooperationGraph.Tests.IO;
using CooperationGraph.Tests.Metrics.Survey;

namespace CooperationGraph.Tests.Reporting;

/// <summary>The report's "Perceived cooperation" section (issue 23): present with a survey, in both languages, hostile names inert, suppressed scores absent.</summary>
public class SurveySectionTests
{
    private static string Page(CultureInfo culture, string institutions, int minRaters = 3)
    {
        using var data = SurveyByHandTests.Case();
        File.WriteAllText(data["institutions.csv"], institutions);
        var result = CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = 20, Survey = new SurveyOptions { MinRaters = minRaters } });
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return HtmlReport.Render(result, new ReportOptions { Plotly = PlotlyScript.Cdn });
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private const string Hostile = "id,name,sector\na,GOPS A,OPS\nb,\"</script><script>alert(1)</script>\",PCPR\nc,=HYPERLINK(\"x\"),SCHOOL\nd,Policja D,POLICE\ne,Fundacja E,NGO\nf,GOK F,CULTURE\n";

    [Theory]
    [InlineData("en", "Perceived cooperation: the partner survey", "4 of 5 invited institutions answered the partner survey (response rate 0.8)")]
    [InlineData("pl-PL", "Postrzegana współpraca: ankieta partnerów", "Na ankietę partnerów odpowiedziało 4 z 5 zaproszonych instytucji (odsetek odpowiedzi 0,8)")]
    public void The_section_is_there_in_both_languages_with_hostile_names_inert(string culture, string heading, string line)
    {
        string page = Page(CultureInfo.GetCultureInfo(culture), Hostile);
        Assert.Contains(heading, System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains(line, System.Net.WebUtility.HtmlDecode(page), StringComparison.Ordinal);
        Assert.Contains("<section id=\"survey\">", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;script&gt;alert(1)", page, StringComparison.Ordinal);
        Assert.Contains("cg-survey-2", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_survey_there_is_no_section_and_no_link_to_it()
    {
        using var data = TempDataset.With();
        string page = HtmlReport.Render(CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = 0 }), new ReportOptions { Plotly = PlotlyScript.Cdn });
        Assert.DoesNotContain("id=\"survey\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"#survey\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Below_the_threshold_for_everyone_the_trust_value_chart_is_left_out_and_said_so()
    {
        string page = Page(CultureInfo.InvariantCulture, Hostile, minRaters: 4);
        Assert.DoesNotContain("cg-survey-1", page, StringComparison.Ordinal);
        Assert.Contains("No institution was rated on all trust and value items by 4 or more partners", page, StringComparison.Ordinal);
        Assert.Contains("cg-survey-2", page, StringComparison.Ordinal);
    }
}
