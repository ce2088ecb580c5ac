using System.Globalization;

namespace CooperationGraph.Tests.Reporting;

/// <summary>The profile pages in Polish (issue 25), checked as the report is: lang pl and none of the English texts.</summary>
public sealed partial class PolishOutputTests
{
    [Fact]
    public void A_polish_profile_page_and_index_have_lang_pl_and_no_english_sentence()
    {
        var result = Analyse();
        var options = new ReportOptions { Plotly = PlotlyScript.Cdn };
        string folder = Path.Combine(Path.GetTempPath(), "cg-profiles-pl-" + Guid.NewGuid().ToString("N"));
        try
        {
            In(Polish, () => ProfilePages.Save(result, folder, options));
            string polish = File.ReadAllText(Path.Combine(folder, "OPS_LONIOW.html"));
            string index = File.ReadAllText(Path.Combine(folder, "index.html"));
            string english = In(CultureInfo.InvariantCulture, () => ProfilePages.Render(result, "OPS_LONIOW", options));
            var phrases = EnglishPhrases();

            Assert.Contains("<html lang=\"pl\">", polish, StringComparison.Ordinal);
            Assert.Contains("<html lang=\"pl\">", index, StringComparison.Ordinal);
            Assert.True(phrases.Count(p => Visible(english).Contains(p, StringComparison.Ordinal)) >= 30, "the English page shows too few of the texts for the check to mean anything");
            NoneShown(phrases, Visible(polish));
            NoneShown(phrases, Visible(index));
            Assert.Contains("<td class=\"num\" data-value=\"1\">1 z 20</td>", polish, StringComparison.Ordinal);
            Assert.Contains("Wymagane powiązania", polish, StringComparison.Ordinal);
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
