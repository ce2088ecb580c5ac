using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Cli;

public sealed class CompareCommandTests : IDisposable
{
    private readonly string root = Path.Combine(Path.GetTempPath(), "cg-compare-" + Guid.NewGuid().ToString("N"));

    private string Output => Path.Combine(root, "out");

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private string Generate(int gminas)
    {
        string folder = Path.Combine(root, "national");
        var (code, _, stderr) = CliRunner.Run("generate", "--gminas", gminas.ToString(CultureInfo.InvariantCulture), "--out", folder);
        Assert.True(code == 0, stderr);
        return folder;
    }

    [Fact]
    public void Hundred_generated_gminas_by_unit_within_the_speed_floor_and_every_dashboard_number_equals_the_csv()
    {
        string national = Generate(100);
        var clock = Stopwatch.StartNew();
        var (code, stdout, stderr) = CliRunner.Run("compare", national, "--by", "unit", "--out", Output);
        clock.Stop();
        Assert.True(code == 0, stderr);
        Assert.Contains("100 gminas compared", stdout, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");

        var csv = File.ReadAllLines(Path.Combine(Output, "comparison.csv"));
        Assert.Equal(101, csv.Length);
        Assert.Equal("gmina,institutions,declared,active,activation_rate,required_sectors_present,required_links_realised,density,components,fragmentation,ei_index,degree_centralization,betweenness_centralization,ops_betweenness_rank,ops_brokerage,weakest_link_institutions,fragile_links", csv[0]);
        Assert.True(File.Exists(Path.Combine(Output, "comparison.xlsx")));
        var dashboard = new FileInfo(Path.Combine(Output, "dashboard.html"));
        Assert.True(dashboard.Length < 10_000_000, $"dashboard is {dashboard.Length} bytes");
        Assert.Equal(100, Directory.GetDirectories(Path.Combine(Output, "gminas")).Length);
        Assert.Empty(Directory.GetDirectories(root, ".out.tmp-*"));

        string html = File.ReadAllText(dashboard.FullName);
        AssertTableEqualsCsv(html, csv);
        AssertBarsEqualCsv(html, csv);
        Assert.Equal(24, Regex.Count(html, "<div id=\"cg-map-\\d+\""));
        Assert.Equal(76, Regex.Count(Regex.Match(html, "<ul class=\"more\">.*?</ul>", RegexOptions.Singleline).Value, "<li>"));

        string first = csv[1].Split(',')[0];
        Assert.Contains($"<a href=\"gminas/{first}/report.html\">{first}</a>", html, StringComparison.Ordinal);
        string report = File.ReadAllText(Path.Combine(Output, "gminas", first, "report.html"));
        Assert.Contains("<script src=\"../../plotly-4.1.2.min.js\" charset=\"utf-8\"></script>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Output, "plotly-4.1.2.min.js")));
    }

    [Fact]
    public void Two_dataset_folders_are_two_gminas_named_after_them()
    {
        string loniow = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        string book = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow.xlsx");
        string copy = Path.Combine(root, "kopia.xlsx");
        Directory.CreateDirectory(root);
        File.Copy(book, copy);
        var (code, _, stderr) = CliRunner.Run("compare", loniow, copy, "--out", Output, "--permutations", "20");
        Assert.True(code == 0, stderr);
        var csv = File.ReadAllLines(Path.Combine(Output, "comparison.csv"));
        Assert.StartsWith("loniow,20,15,", csv[1], StringComparison.Ordinal);
        Assert.Equal(csv[1]["loniow".Length..], csv[2]["kopia".Length..]);
        using var gaps = JsonDocument.Parse(File.ReadAllText(Path.Combine(Output, "gminas", "kopia", "gaps.json")));
        Assert.Equal(13.0 / 15.0, gaps.RootElement.GetProperty("activationRate").GetDouble(), 15);

        // The robustness columns summarise gaps.json's linkRobustness: on Łoniów every realised link but HEALTH–OPS
        // (2 institutions) breaks with one loss, and COURT–OPS is missing (0).
        var realised = gaps.RootElement.GetProperty("linkRobustness").EnumerateArray()
            .Select(r => (Institutions: r.GetProperty("institutions").GetInt32(), Ties: r.GetProperty("ties").GetInt32()))
            .Where(r => r.Institutions > 0).ToList();
        var cells = csv[2].Split(',');
        Assert.Equal(1, realised.Min(r => r.Institutions));
        Assert.Equal("1", cells[^2]);
        Assert.Equal(realised.Count(r => r.Institutions == 1 || r.Ties == 1).ToString(CultureInfo.InvariantCulture), cells[^1]);
        Assert.Contains(realised, r => r.Institutions == 2);
    }

    [Fact]
    public void Bad_arguments_fail_in_one_line_with_a_non_zero_exit_and_write_nothing()
    {
        string empty = Path.Combine(root, "empty");
        Directory.CreateDirectory(empty);
        string noInstitutions = Path.Combine(root, "none");
        Directory.CreateDirectory(noInstitutions);
        File.WriteAllText(Path.Combine(noInstitutions, "institutions.csv"), "id,name,sector\n");
        string loniow = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        foreach (var (args, message) in new (string[], string)[]
        {
            ([empty], "institutions.csv is missing"),
            ([noInstitutions], "lists no institutions"),
            ([loniow, "--by", "district"], "error: institutions have no values in column 'district'; columns: id, name, sector, unit, level, note."),
            ([loniow, loniow], $"error: two datasets would both be the gmina 'loniow' ({loniow} and {loniow}): a gmina is named after its folder or file, so rename one of them"),
            ([loniow, loniow + ".xlsx"], $"error: two datasets would both be the gmina 'loniow' ({loniow} and {loniow}.xlsx)"),
        })
        {
            var (code, _, stderr) = CliRunner.Run(["compare", .. args, "--out", Output]);
            Assert.NotEqual(0, code);
            Assert.Contains(message, stderr.Split('\n')[0], StringComparison.Ordinal);
            Assert.False(Directory.Exists(Output), string.Join(' ', args));
            Assert.Empty(Directory.GetDirectories(root, ".out.tmp-*"));
        }
    }

    private static void AssertTableEqualsCsv(string html, string[] csv)
    {
        var rows = Regex.Matches(Regex.Match(html, "<table class=\"cg-table\" id=\"cg-ranking\">.*?</table>", RegexOptions.Singleline).Value, "<tr>(.*?)</tr>", RegexOptions.Singleline).Skip(1).ToList();
        Assert.Equal(csv.Length - 1, rows.Count);
        for (int r = 0; r < rows.Count; r++)
        {
            var values = Regex.Matches(rows[r].Groups[1].Value, "data-value=\"([^\"]*)\"").Select(m => System.Net.WebUtility.HtmlDecode(m.Groups[1].Value));
            Assert.Equal(csv[r + 1].Split(','), values);
        }
    }

    private static void AssertBarsEqualCsv(string html, string[] csv)
    {
        string json = Regex.Match(html, "var f=(\\{.*?\\});Plotly\\.newPlot\\(\"cg-bars\"").Groups[1].Value;
        using var figure = JsonDocument.Parse(json);
        var header = csv[0].Split(',');
        foreach (var (trace, column) in new[] { ("activation rate", "activation_rate"), ("required sectors present", "required_sectors_present"), ("required links realised", "required_links_realised"), ("density", "density"), ("fragmentation", "fragmentation"), ("E-I index", "ei_index") })
        {
            var bars = figure.RootElement.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("name").GetString() == trace);
            var y = bars.GetProperty("y").EnumerateArray().Select(v => v.ValueKind == JsonValueKind.Null ? "" : v.GetDouble().ToString("R", CultureInfo.InvariantCulture));
            Assert.Equal(csv.Skip(1).Select(l => l.Split(',')[Array.IndexOf(header, column)]), y);
            Assert.Equal(csv.Skip(1).Select(l => l.Split(',')[0]), bars.GetProperty("x").EnumerateArray().Select(v => v.GetString()));
        }
    }
}
