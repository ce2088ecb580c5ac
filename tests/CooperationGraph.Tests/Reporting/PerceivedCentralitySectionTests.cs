using System.Globalization;
using System.Net;
using CooperationGraph.Tests.Metrics.Survey;

namespace CooperationGraph.Tests.Reporting;

/// <summary>The report's table and figures of perceived centrality under both rules (issue 23), in both languages.</summary>
public class PerceivedCentralitySectionTests
{
    private static string Page(CultureInfo culture, int maxTableRows = 200)
    {
        using var data = SurveyByHandTests.Case();
        var result = CooperationAnalysis.Run(data.Load(), new AnalysisOptions { Permutations = 0 });
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return HtmlReport.Render(result, new ReportOptions { Plotly = PlotlyScript.Cdn, MaxTableRows = maxTableRows });
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    private static string Part(string page)
    {
        int start = page.IndexOf("<h3 id=\"survey-centrality\">", StringComparison.Ordinal);
        Assert.True(start > page.IndexOf("<section id=\"survey\">", StringComparison.Ordinal), "the part is inside the survey section");
        return page[start..page.IndexOf("</section>", start, StringComparison.Ordinal)];
    }

    [Theory]
    [InlineData("en", "Centrality under both rules: how much the non-respondents move it",
        "The weak rule keeps all 5 invited institutions (1 of them did not answer; their ties come from the others' reports) and 6 ties; the strong rule keeps the 4 respondents and the 3 ties both sides report.",
        "Over the 4 respondents, the order under the strong rule against the weak one: Spearman's rank correlation 0.775 for degree and – for betweenness (1 = the same order); degree centralization 0.667 under the weak rule, 0.333 under the strong one;",
        "A rank correlation shown as – is undefined")]
    [InlineData("pl-PL", "Centralność przy obu regułach: na ile zmieniają ją instytucje bez odpowiedzi",
        "Reguła słaba: zaproszone instytucje – 5 (w tym bez odpowiedzi – 1; ich więzi pochodzą z ocen innych), więzi – 6. Reguła silna: respondenci – 4, więzi zgłoszone przez obie strony – 3.",
        "Wśród respondentów (4) kolejność według reguły silnej w porównaniu ze słabą: korelacja rang Spearmana 0,775 dla stopnia i – dla pośrednictwa (1 = ta sama kolejność); centralizacja stopnia 0,667 według reguły słabej, 0,333 według silnej;",
        "Korelacja rang pokazana jako – jest nieokreślona")]
    public void The_figures_and_the_reading_are_there_in_both_languages(string culture, string heading, string lead, string reading, string undefined)
    {
        string part = WebUtility.HtmlDecode(Part(Page(CultureInfo.GetCultureInfo(culture))));
        Assert.Contains(heading, part, StringComparison.Ordinal);
        Assert.Contains(lead, part, StringComparison.Ordinal);
        Assert.Contains(reading, part, StringComparison.Ordinal);
        Assert.Contains(undefined, part, StringComparison.Ordinal);
    }

    [Fact]
    public void The_table_puts_the_highest_weak_betweenness_first_and_leaves_the_non_respondents_strong_cells_empty()
    {
        string part = Part(Page(CultureInfo.InvariantCulture));
        Assert.Contains("<th scope=\"col\">name</th><th scope=\"col\">degree_weak</th><th scope=\"col\">degree_strong</th><th scope=\"col\">betweenness_weak</th><th scope=\"col\">betweenness_strong</th><th scope=\"col\">rank_change</th>", part, StringComparison.Ordinal);
        // b (7/12) then a (1/12), then c, d, e (0) in dataset order; e did not answer.
        int b = part.IndexOf("<td>PCPR B</td>", StringComparison.Ordinal), a = part.IndexOf("<td>GOPS A</td>", StringComparison.Ordinal);
        int e = part.IndexOf("<td>Fundacja E</td>", StringComparison.Ordinal);
        Assert.True(b > 0 && b < a && a < e);
        Assert.Contains("<td>Fundacja E</td><td class=\"num\">2</td><td></td><td class=\"num\">0</td><td></td><td></td></tr>", part, StringComparison.Ordinal);
        Assert.Contains("<td>PCPR B</td><td class=\"num\">4</td><td class=\"num\">2</td><td class=\"num\">0.583333</td><td class=\"num\">0</td><td class=\"num\">0</td></tr>", part, StringComparison.Ordinal);
    }

    [Fact]
    public void Polish_column_names_and_a_capped_table_links_the_csv()
    {
        string part = WebUtility.HtmlDecode(Part(Page(CultureInfo.GetCultureInfo("pl-PL"), maxTableRows: 2)));
        Assert.Contains("stopień_reguła_słaba", part, StringComparison.Ordinal);
        Assert.Contains("pośrednictwo_reguła_silna", part, StringComparison.Ordinal);
        Assert.Contains("zmiana_rangi", part, StringComparison.Ordinal);
        Assert.Contains("Pokazano 2 z 5 wierszy, od najwyższego pośrednictwa według reguły słabej; pełna tabela jest w pliku <a href=\"perceived_centrality.csv\">perceived_centrality.csv</a>.", part, StringComparison.Ordinal);
        Assert.DoesNotContain("Fundacja E", part, StringComparison.Ordinal);
    }
}
