using System.Globalization;
using System.Resources;
using System.Text.RegularExpressions;
using CooperationGraph.Tests.Cli;

namespace CooperationGraph.Tests.IO;

/// <summary>Messages live in resource files, every one in English and in Polish, and <c>--lang pl</c> prints the Polish ones.</summary>
public partial class MessagesTests
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl");

    private static Dictionary<string, string> Set(CultureInfo culture)
    {
        var manager = new ResourceManager("CooperationGraph.Text.Messages", typeof(DatasetReader).Assembly);
        var set = manager.GetResourceSet(culture, createIfNotExists: true, tryParents: false)
            ?? throw new InvalidOperationException($"no resources for '{culture.Name}'");
        return set.Cast<System.Collections.DictionaryEntry>().ToDictionary(e => (string)e.Key, e => (string)e.Value!);
    }

    [GeneratedRegex(@"\{\d+\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"Messages\.(?:Get|In)\((?:culture, |[a-z]+, )?""([A-Za-z_0-9]+)""")]
    private static partial Regex Use();

    /// <summary>The same keys in both languages, none empty, each pair with the same placeholders (also for <c>Words.resx</c>).</summary>
    internal static void AssertTwins(Dictionary<string, string> english, Dictionary<string, string> polish)
    {
        Assert.Equal(english.Keys.Order(StringComparer.Ordinal), polish.Keys.Order(StringComparer.Ordinal));
        foreach (var (key, text) in english)
        {
            Assert.False(string.IsNullOrWhiteSpace(polish[key]), key);
            Assert.True(
                Placeholder().Matches(text).Select(m => m.Value).Order().SequenceEqual(Placeholder().Matches(polish[key]).Select(m => m.Value).Order()),
                $"{key}: '{text}' and '{polish[key]}' differ in placeholders");
        }
    }

    [Fact]
    public void Every_message_has_both_languages_with_the_same_placeholders()
    {
        var english = Set(CultureInfo.InvariantCulture);
        var polish = Set(Polish);
        Assert.True(english.Count > 100, $"only {english.Count} messages");
        AssertTwins(english, polish);

        int translated = english.Count(e => e.Value != polish[e.Key]);
        Assert.True(translated >= english.Count - 2, $"{english.Count - translated} messages are the same in both languages");
    }

    [Fact]
    public void Every_message_the_code_asks_for_exists()
    {
        var english = Set(CultureInfo.InvariantCulture);
        string root = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "src");
        var used = Directory.GetFiles(root, "*.cs", SearchOption.AllDirectories)
            .SelectMany(f => Use().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups[1].Value)))
            .ToList();
        Assert.True(used.Count > 80, $"only {used.Count} uses found");
        Assert.All(used, u => Assert.True(english.ContainsKey(u.Key), $"{u.File} asks for missing message '{u.Key}'"));
        foreach (var name in new[] { "institutions", "sectors", "declarations", "signatures", "actions", "participations", "ties", "beneficiaries" })
        {
            Assert.All(Enumerable.Range(1, 3), line => Assert.True(english.ContainsKey($"Sheet_{name}_{line}"), $"Sheet_{name}_{line}"));
        }
    }

    [Fact]
    public void Quotes_are_cut_to_80_characters_with_the_length_in_the_language_of_the_message()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = Polish;
            Assert.Equal($"'{new string('A', 80)}…' (2 000 znaków)", Messages.Quote(new string('A', 2000)));
            CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            Assert.Equal($"'{new string('A', 80)}…' (2 000 characters)", Messages.Quote(new string('A', 2000)));
            Assert.Equal($"'{new string('A', 80)}'", Messages.Quote(new string('A', 80)));
            Assert.Equal("1 048 576", Messages.Count(1 << 20));
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }

    [Fact]
    public void Validate_with_lang_pl_prints_problems_and_the_summary_in_polish()
    {
        var before = CultureInfo.CurrentUICulture;
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector\nops,OPS,OPS\npcpr,PCPR,PCPRR\nsp,SP,SCHOOL\n"),
            ("participations.csv", "action_id,institution_id\na1,ops\na1,nikt\n"));
        var (code, stdout, stderr) = CliRunner.Run("validate", data.Folder, "--lang", "pl");
        Assert.Equal((1, ""), (code, stdout));
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"{data["institutions.csv"]}:3: nieznany sektor 'PCPRR'; czy chodziło o 'PCPR'?", lines[0].TrimEnd());
        Assert.Equal($"{data["participations.csv"]}:3: nieznana instytucja 'nikt'; dodaj dla niej wiersz do tabeli institutions.csv", lines[1].TrimEnd());
        Assert.Equal("Znaleziono problemy, liczba: 2.", lines[^1].TrimEnd());

        var english = CliRunner.Run("validate", data.Folder, "--lang", "en");
        Assert.Contains("unknown sector 'PCPRR'; did you mean 'PCPR'?", english.Error, StringComparison.Ordinal);
        Assert.Equal(before, CultureInfo.CurrentUICulture);

        var sample = CliRunner.Run("validate", Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"), "--lang", "pl");
        Assert.Equal(0, sample.Code);
        Assert.Contains("poprawny zbiór danych", sample.Out, StringComparison.Ordinal);
        Assert.Matches(@"instytucje\s+20\b", sample.Out);
        Assert.Matches(@"spotkanie\s+11\b", sample.Out);
    }

    [Fact]
    public void A_polish_ui_culture_gives_polish_messages_without_the_option()
    {
        var culture = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl-PL");
            var (code, _, stderr) = CliRunner.Run("validate", "/no/such/place");
            Assert.Equal(1, code);
            Assert.Contains("/no/such/place: nie ma takiego folderu ani skoroszytu .xlsx", stderr, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = culture;
        }
    }
}
