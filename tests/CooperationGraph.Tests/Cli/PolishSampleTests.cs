using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Cli;

/// <summary>The Polish Windows-1250 sample (<c>samples/loniow-pl</c>) holds the English sample's data and gives the same analysis.</summary>
public sealed class PolishSampleTests : IDisposable
{
    private readonly TempDataset folder = TempDataset.Empty();

    private static string Samples => Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples");

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_cp1250_polish_sample_is_what_a_polish_excel_saves()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Samples, "loniow-pl", "instytucje.csv"));
        var header = "id;nazwa;sektor;jednostka;poziom"u8.ToArray();
        Assert.Equal(header, bytes[..header.Length]);
        Assert.Contains((byte)0xA3, bytes);
        Assert.Throws<System.Text.DecoderFallbackException>(() => new System.Text.UTF8Encoding(false, true).GetString(bytes));
        Assert.Equal(DatasetReader.Load(Path.Combine(Samples, "loniow")), DatasetReader.Load(Path.Combine(Samples, "loniow-pl"), out var language));
        Assert.Equal(DatasetLanguage.Polish, language);
    }

    [Fact]
    public void The_polish_sample_gives_gaps_json_equal_byte_for_byte_to_the_english_one()
    {
        var english = CliRunner.Run("analyze", Path.Combine(Samples, "loniow"), "--out", folder["en"]);
        var polish = CliRunner.Run("analyze", Path.Combine(Samples, "loniow-pl"), "--out", folder["pl"]);
        Assert.True(english.Code == 0 && polish.Code == 0, english.Error + polish.Error);
        var gaps = File.ReadAllBytes(Path.Combine(folder["en"], "gaps.json"));
        Assert.True(gaps.Length > 1000);
        Assert.Equal(gaps, File.ReadAllBytes(Path.Combine(folder["pl"], "gaps.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder["en"], "metrics.csv")), File.ReadAllBytes(Path.Combine(folder["pl"], "metrics.csv")));
    }

    [Fact]
    public void Convert_keeps_the_language_it_read_unless_told()
    {
        Assert.Equal(0, CliRunner.Run("convert", Path.Combine(Samples, "loniow-pl"), "--out", folder["kept"]).Code);
        Assert.True(File.Exists(folder["kept/instytucje.csv"]));
        Assert.Equal(0, CliRunner.Run("convert", Path.Combine(Samples, "loniow-pl"), "--out", folder["en"], "--lang", "en").Code);
        Assert.StartsWith("id,name,sector,unit,level", File.ReadAllText(folder["en/institutions.csv"]), StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("convert", Path.Combine(Samples, "loniow"), "--out", folder["book.xlsx"], "--lang", "pl").Code);
        Assert.Contains("działania", DatasetTemplateTests.Open(folder["book.xlsx"]).Keys);
    }

    [Fact]
    public void Analyze_and_compare_with_lang_pl_write_polish_pages_and_workbooks_and_the_same_csv_and_json()
    {
        string pl = folder["report-pl"], en = folder["report-en"];
        var polish = CliRunner.Run("analyze", Path.Combine(Samples, "loniow-pl"), "--out", pl, "--xlsx", "--lang", "pl", "--permutations", "20", "--pseudonym-key", "a key of sixteen characters");
        var english = CliRunner.Run("analyze", Path.Combine(Samples, "loniow-pl"), "--out", en, "--xlsx", "--lang", "en", "--permutations", "20", "--pseudonym-key", "a key of sixteen characters");
        Assert.True(polish.Code == 0 && english.Code == 0, polish.Error + english.Error);

        string page = System.Net.WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(pl, "report.html")));
        Assert.Contains("<html lang=\"pl\">", page, StringComparison.Ordinal);
        Assert.Contains("<h1>Analiza współpracy</h1>", page, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\">", File.ReadAllText(Path.Combine(en, "report.html")), StringComparison.Ordinal);
        Assert.Equal(["miary", "luki", "wymagane_powiązania", "mieszanie", "rodziny", "pary_rodzin", "propozycje", "ankieta", "centralność_postrzegana"], DatasetTemplateTests.Open(Path.Combine(pl, "results.xlsx")).Keys);
        foreach (var file in new[] { "gaps.json", "metrics.csv", "profiles.csv", "families.csv" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(en, file)), File.ReadAllBytes(Path.Combine(pl, file)));
        }

        string compared = folder["compared-pl"];
        var compare = CliRunner.Run("compare", Path.Combine(Samples, "loniow"), Path.Combine(Samples, "loniow-pl"), "--out", compared, "--lang", "pl", "--permutations", "10", "--maps", "0");
        Assert.True(compare.Code == 0, compare.Error);
        Assert.Contains("<html lang=\"pl\">", File.ReadAllText(Path.Combine(compared, "dashboard.html")), StringComparison.Ordinal);
        Assert.Equal(["porównanie"], DatasetTemplateTests.Open(Path.Combine(compared, "comparison.xlsx")).Keys);
        Assert.StartsWith("gmina,institutions,declared,active,activation_rate", File.ReadAllText(Path.Combine(compared, "comparison.csv")), StringComparison.Ordinal);
        Assert.Contains("<html lang=\"pl\">", File.ReadAllText(Path.Combine(compared, "gminas", "loniow", "report.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void An_office_workbook_with_three_kinds_of_mistake_gets_every_problem_in_one_polish_run_and_nothing_is_written()
    {
        string book = folder["gmina.xlsx"];
        DatasetWriter.SaveWorkbook(
        [
            new("instytucje", ["id", "nazwa", "sektor"], [["OPS_LIPNO", "GOPS Lipno", "OPS"], ["PUP_LIPNO", "PUP Lipno", "PUP"]]),
            new("deklaracje", ["id", "tytuł", "data_podpisnia"], [["D1", "Deklaracja", "2020-01-15"]]),
            new("podpisy", ["id_deklaracji", "id_instytucji"], [["D1", "OPS_LIPNO"]]),
            new("działania", ["id", "tytuł", "rodzaj", "data", "uwagi"], [["A1", "Spotkanie", "spotkanie", "2020-02-01", "pierwsze"]]),
            new("udziały", ["id_działania", "id_instytucji"], [["A1", "OPS_LIPNO"], ["A1", "PPP_LIPNO"]]),
        ], book);
        string output = folder["wyniki"];

        var (code, _, stderr) = CliRunner.Run("analyze", book, "--out", output, "--lang", "pl");

        Assert.Equal(1, code);
        Assert.Contains("ostrzeżenie: nieznana kolumna 'uwagi' zostaje pominięta", stderr, StringComparison.Ordinal);
        Assert.Contains("brak wymaganej kolumny 'data_podpisania'", stderr, StringComparison.Ordinal);
        Assert.Contains("nieznana instytucja 'PPP_LIPNO'; dodaj dla niej wiersz do tabeli instytucje", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("czy chodziło o", stderr, StringComparison.Ordinal);
        Assert.EndsWith("Znaleziono problemy, liczba: 3.", stderr.TrimEnd(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
