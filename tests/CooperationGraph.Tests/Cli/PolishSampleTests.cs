using CooperationGraph.IO;
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
}
