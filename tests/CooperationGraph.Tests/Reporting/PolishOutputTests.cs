using System.Globalization;
using System.Net;
using System.Resources;
using System.Text.Json;
using System.Text.RegularExpressions;
using CooperationGraph.Analysis;
using CooperationGraph.IO;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Reporting;

/// <summary>
/// What people read — report, dashboard, charts, notebook summary, workbooks — comes from <c>Words.resx</c> and its
/// Polish twin: every text has both languages with the same placeholders, and a page made under a Polish UI culture
/// holds none of the English sentences (each text's English words are looked for in the page's visible text, its
/// chart titles, legends, axes and hover texts).
/// </summary>
public sealed partial class PolishOutputTests
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    private static readonly CultureInfo PolishResources = CultureInfo.GetCultureInfo("pl");

    /// <summary>Łoniów with everything a report can show: families, a second window, windows over time and the project's end.</summary>
    private static readonly CooperationDataset Sample = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));

    private static AnalysisResult Analyse() => CooperationAnalysis.Run(Sample, new AnalysisOptions
    {
        Permutations = 20,
        ProjectEnd = new DateOnly(2020, 6, 30),
        ComparisonWindow = new AnalysisWindow(new DateOnly(2020, 1, 1), null),
        OverTime = new OverTimeOptions { Every = WindowPeriod.Year },
        Pseudonymizer = new("a key of sixteen characters"),
    });

    private static Dictionary<string, string> Set(CultureInfo culture)
    {
        var manager = new ResourceManager("CooperationGraph.Text.Words", typeof(DatasetReader).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for '{culture.Name}'");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    private static T In<T>(CultureInfo culture, Func<T> make) => UiCulture.In(culture, make);

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"[|,;:.()?<>=≥≤—]")]
    private static partial Regex Clause();

    [GeneratedRegex(@"<script\b[^>]*>(.*?)</script>", RegexOptions.Singleline)]
    private static partial Regex Script();

    [GeneratedRegex(@"""((?:[^""\\]|\\.)*)""")]
    private static partial Regex JsonString();

    [GeneratedRegex(@"<[^>]+>")]
    private static partial Regex Tag();

    /// <summary>What a reader can see: the page's text outside scripts and styles, and every string of its figures.</summary>
    private static string Visible(string html)
    {
        var strings = new List<string>();
        foreach (Match script in Script().Matches(html))
        {
            if (script.Groups[1].Length > 1_000_000)
            {
                continue; // plotly.js itself
            }

            strings.AddRange(JsonString().Matches(script.Groups[1].Value).Select(m => JsonSerializer.Deserialize<string>(m.Value) ?? string.Empty));
        }

        string page = Regex.Replace(html, @"<(script|style)\b.*?</\1>", " ", RegexOptions.Singleline);
        return WebUtility.HtmlDecode(Tag().Replace(page, "\n")) + "\n" + string.Join("\n", strings).Replace("<br>", "\n", StringComparison.Ordinal);
    }

    /// <summary>The English texts worth looking for, cut at placeholders and punctuation into phrases of two words or
    /// more ("the least number of institutions"), from every text that differs in Polish: a half-translated text shows.</summary>
    private static List<string> EnglishPhrases()
    {
        var english = Set(CultureInfo.InvariantCulture);
        var polish = Set(PolishResources);
        return [.. english.Where(e => e.Value != polish[e.Key])
            .SelectMany(e => Clause().Split(Placeholder().Replace(e.Value, "|")))
            .Select(part => part.Trim())
            .Where(part => part.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => w.Count(char.IsLetter) >= 2) >= 2)
            .Distinct(StringComparer.Ordinal)];
    }

    private static void NoneShown(List<string> phrases, string text)
    {
        var shown = phrases.Where(p => text.Contains(p, StringComparison.Ordinal)).ToList();
        Assert.True(shown.Count == 0, "English in the Polish page: " + string.Join(" | ", shown));
    }

    [Fact]
    public void Every_text_has_both_languages_with_the_same_placeholders()
    {
        var english = Set(CultureInfo.InvariantCulture);
        var polish = Set(PolishResources);

        Assert.True(english.Count > 250, $"only {english.Count} texts");
        MessagesTests.AssertTwins(english, polish);

        // A text left the same in both languages escapes the no-English check below: only these are the same words in Polish.
        Assert.Equal(
            ["Column_adamic_adar", "Column_gmina", "Column_id", "Column_katz", "Column_pagerank", "Column_partner", "Head_adamic_adar", "Head_t", "Nav_mrqap", "Nav_ranking", "Row_model"],
            english.Keys.Where(k => english[k] == polish[k]).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_polish_report_has_lang_pl_and_no_english_sentence()
    {
        var result = Analyse();
        string polish = In(Polish, () => HtmlReport.Render(result, new ReportOptions { Plotly = PlotlyScript.Cdn }));
        string english = In(CultureInfo.InvariantCulture, () => HtmlReport.Render(result, new ReportOptions { Plotly = PlotlyScript.Cdn }));
        string polishText = Visible(polish), englishText = Visible(english);
        var phrases = EnglishPhrases();

        Assert.Contains("<html lang=\"pl\">", polish, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", english, StringComparison.Ordinal);
        Assert.True(phrases.Count(p => englishText.Contains(p, StringComparison.Ordinal)) >= 80, "the English report shows too few of the texts for the check to mean anything");
        NoneShown(phrases, polishText);
        Assert.Contains("Wskaźnik aktywizacji", polishText, StringComparison.Ordinal);
        Assert.Contains("0,867", polishText, StringComparison.Ordinal);
        Assert.DoesNotContain("0.867", polishText, StringComparison.Ordinal);
        Assert.Contains("COURT (sąd, kuratorzy sądowi)", polishText, StringComparison.Ordinal);
        Assert.Contains("\"separators\":\", \"", polish, StringComparison.Ordinal);
        Assert.DoesNotContain("\"separators\"", english, StringComparison.Ordinal);
    }

    [Fact]
    public void A_polish_report_sorts_its_polish_numbers_by_their_invariant_values()
    {
        string polish = In(Polish, () => HtmlReport.Render(Analyse(), new ReportOptions { Plotly = PlotlyScript.Cdn }));

        Assert.Contains("<td class=\"num\" data-value=\"0.226817\">0,226817</td>", polish, StringComparison.Ordinal);
    }

    [Fact]
    public void A_polish_dashboard_has_lang_pl_and_no_english_sentence()
    {
        var comparison = GminaComparer.Compare([("Łoniów", Sample), ("Łoniów 2", Sample)], new AnalysisOptions { Permutations = 10 });
        string polish = In(Polish, () => Dashboard.Render(comparison, new DashboardOptions { Plotly = PlotlyScript.Cdn }));
        string english = In(CultureInfo.InvariantCulture, () => Dashboard.Render(comparison, new DashboardOptions { Plotly = PlotlyScript.Cdn }));
        var phrases = EnglishPhrases();

        Assert.Contains("<html lang=\"pl\">", polish, StringComparison.Ordinal);
        Assert.True(phrases.Count(p => Visible(english).Contains(p, StringComparison.Ordinal)) >= 10);
        NoneShown(phrases, Visible(polish));
        Assert.Contains("<th scope=\"col\">wskaźnik_aktywizacji</th>", polish, StringComparison.Ordinal);
    }

    [Fact]
    public void The_notebook_summary_speaks_polish_under_a_polish_culture()
    {
        var result = CooperationAnalysis.Run(Sample, new AnalysisOptions { Permutations = 10 });
        string html = WebUtility.HtmlDecode(In(Polish, () => AnalysisSummary.Html(result)));

        Assert.Contains("<dt>Wskaźnik aktywizacji</dt><dd>0,867</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Okno</dt><dd>cały zbiór danych</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Wymagane powiązania</caption>", html, StringComparison.Ordinal);
        NoneShown(EnglishPhrases(), Visible(html));
    }

    [Fact]
    public void A_polish_results_workbook_names_sheets_and_columns_in_polish_and_holds_the_same_cells()
    {
        var result = CooperationAnalysis.Run(Sample, new AnalysisOptions { Permutations = 10, Pseudonymizer = new("a key of sixteen characters") });
        string folder = Path.Combine(Path.GetTempPath(), "cg-polish-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            string pl = Path.Combine(folder, "pl.xlsx"), en = Path.Combine(folder, "en.xlsx");
            In(Polish, () => { ResultFolder.SaveWorkbook(result, pl); return 0; });
            In(CultureInfo.InvariantCulture, () => { ResultFolder.SaveWorkbook(result, en); return 0; });
            var polish = XlsxTableReader.Read(pl);
            var english = XlsxTableReader.Read(en);

            Assert.Equal(["miary", "luki", "wymagane_powiązania", "mieszanie", "rodziny", "pary_rodzin", "propozycje", "ankieta", "centralność_postrzegana"], polish.Select(t => t.Sheet));
            Assert.Equal(["metrics", "gaps", "links", "mixing", "families", "family_pairs", "suggestions", "survey", "perceived_centrality"], english.Select(t => t.Sheet));
            // The survey sheets hold survey.csv's and perceived_centrality.csv's columns and one row per institution of each.
            Assert.Equal(SurveyFrames.Columns, english[7].Table.Header);
            Assert.Equal(result.Dataset.Institutions.Count, english[7].Table.Rows.Count);
            Assert.Equal(result.PerceivedCentrality!.ToDataFrame().Columns.Select(c => c.Name), english[8].Table.Header);
            Assert.Equal(result.PerceivedCentrality!.Rows.Count, english[8].Table.Rows.Count);
            Assert.Equal(["poziom_otrzymany", "zaufanie"], new[] { polish[7].Table.Header[5], polish[7].Table.Header[7] });
            Assert.Equal(["id", "nazwa", "sektor", "stopień", "siła", "pośrednictwo"], polish[0].Table.Header.Take(6));
            Assert.Equal(["miara", "wartość"], polish[1].Table.Header);
            Assert.Equal(["wskaźnik aktywizacji", "0.8666666666666667"], polish[1].Table.Rows[2].Fields);
            for (int t = 0; t < polish.Count; t++)
            {
                var (p, e) = (polish[t].Table, english[t].Table);
                Assert.Equal(e.Header.Length, p.Header.Length);
                if (t == 1)
                {
                    // The gaps sheet names its measures, and says its window, in the language: the numbers are the same.
                    Assert.Equal(e.Rows.Where((_, r) => r != 1).Select(r => r.Fields[1]), p.Rows.Where((_, r) => r != 1).Select(r => r.Fields[1]));
                    Assert.Equal(["okno", "cały zbiór danych"], p.Rows[1].Fields);
                }
                else
                {
                    Assert.Equal(e.Rows.Select(r => r.Fields), p.Rows.Select(r => r.Fields));
                }
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
