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
    public void The_polish_column_name_jednostka_splits_and_groups_as_unit_does()
    {
        string national = Generate(4);
        string english = Path.Combine(root, "en"), polish = Path.Combine(root, "pl");
        var (code, _, stderr) = CliRunner.Run("compare", national, "--by", "unit", "--group-by", "unit", "--reports", "none", "--permutations", "0", "--out", english);
        Assert.True(code == 0, stderr);
        (code, _, stderr) = CliRunner.Run("compare", national, "--by", "jednostka", "--group-by", "Jednostka", "--reports", "none", "--permutations", "0", "--out", polish);
        Assert.True(code == 0, stderr);
        foreach (string file in new[] { "comparison.csv", "comparison_groups.csv" })
        {
            Assert.Equal(File.ReadAllText(Path.Combine(english, file)), File.ReadAllText(Path.Combine(polish, file)));
        }

        Assert.Equal(5, File.ReadAllLines(Path.Combine(polish, "comparison.csv")).Length);
    }

    [Fact]
    public void Intervals_add_low_and_high_columns_equal_to_each_gminas_bootstrap_those_analysed_for_indicators_only_too()
    {
        string national = Generate(2);
        var (code, _, stderr) = CliRunner.Run("compare", national, "--by", "unit", "--reports", "1", "--permutations", "10", "--maps", "0", "--intervals", "--out", Output);
        Assert.True(code == 0, stderr);
        var csv = File.ReadAllLines(Path.Combine(Output, "comparison.csv"));
        var header = csv[0].Split(',');
        Assert.Equal([.. GminaComparison.Columns, .. GminaComparison.IntervalColumns], header);
        Assert.Equal(["density_low", "density_high", "degree_centralization_low", "degree_centralization_high", "betweenness_centralization_low",
            "betweenness_centralization_high", "ei_index_low", "ei_index_high", "activation_rate_low", "activation_rate_high"], GminaComparison.IntervalColumns);

        var gminas = GminaComparer.SplitBy(DatasetReader.Load(national), "unit");
        for (int g = 0; g < 2; g++)
        {
            var (name, dataset) = gminas[g];
            var result = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
            var expected = BootstrapIntervals.Compute(result.Network, result.Gaps, 1000, new AnalysisOptions().Seed);
            var row = csv.Single(line => line.StartsWith(name + ",", StringComparison.Ordinal)).Split(',');
            Assert.Equal(expected.Density.Low, double.Parse(row[Array.IndexOf(header, "density_low")], CultureInfo.InvariantCulture));
            Assert.Equal(expected.ActivationRate.High, double.Parse(row[Array.IndexOf(header, "activation_rate_high")], CultureInfo.InvariantCulture));
            Assert.True(expected.Density.Contains(double.Parse(row[Array.IndexOf(header, "density")], CultureInfo.InvariantCulture)));
        }

        (code, _, stderr) = CliRunner.Run("compare", national, "--by", "unit", "--reports", "none", "--permutations", "0", "--maps", "0", "--out", Path.Combine(root, "plain"));
        Assert.True(code == 0, stderr);
        Assert.Equal(string.Join(',', GminaComparison.Columns), File.ReadLines(Path.Combine(root, "plain", "comparison.csv")).First());
    }

    [Fact]
    public void A_hundred_and_one_generated_gminas_get_no_reports_by_default_distributions_instead_of_bars_and_every_number_equals_the_csv()
    {
        string national = Generate(101);
        var clock = Stopwatch.StartNew();
        var (code, stdout, stderr) = CliRunner.Run("compare", national, "--by", "unit", "--out", Output);
        clock.Stop();
        Assert.True(code == 0, stderr);
        Assert.Contains("101 gminas compared", stdout, StringComparison.Ordinal);
        Assert.Contains("no report per gmina above 100 gminas", stdout, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");

        var csv = File.ReadAllLines(Path.Combine(Output, "comparison.csv"));
        Assert.Equal(102, csv.Length);
        Assert.Equal("gmina,institutions,declared,active,activation_rate,required_sectors_present,required_links_realised,density,components,fragmentation,ei_index,degree_centralization,betweenness_centralization,ops_betweenness_rank,ops_brokerage,weakest_link_institutions,fragile_links", csv[0]);
        Assert.True(File.Exists(Path.Combine(Output, "comparison.xlsx")));
        Assert.False(Directory.Exists(Path.Combine(Output, "gminas")));
        Assert.False(File.Exists(Path.Combine(Output, "report.css")));
        Assert.Empty(Directory.GetDirectories(root, ".out.tmp-*"));

        // plotly.js once beside the dashboard, not inside it.
        string html = File.ReadAllText(Path.Combine(Output, "dashboard.html"));
        Assert.Contains("<script src=\"plotly-4.1.2.min.js\" charset=\"utf-8\"></script>", html, StringComparison.Ordinal);
        Assert.True(html.Length < 2_000_000, $"dashboard is {html.Length} characters"); // plotly.js alone is 4.8 MB
        Assert.True(File.Exists(Path.Combine(Output, "plotly-4.1.2.min.js")));
        AssertTableEqualsCsv(html, csv);

        // Above 30 gminas: no bars (606 of them), a histogram per indicator, the extremes, a scatter with a point per gmina.
        Assert.DoesNotContain("cg-bars", html, StringComparison.Ordinal);
        Assert.Equal(6, Regex.Count(html, "<div id=\"cg-distribution-\\d\""));
        Assert.DoesNotContain("\"type\":\"bar\",\"name\":\"activation rate\",\"hovertext\":[\"G0001", html, StringComparison.Ordinal);
        AssertScatterEqualsCsv(html, csv, "activation_rate", "required_links_realised");
        AssertHistogramCountsEveryGmina(html, csv);
        Assert.Equal(12, Regex.Count(Regex.Match(html, "<section id=\"extremes\">.*?</section>", RegexOptions.Singleline).Value, "<table class=\"cg-table\">"));
        Assert.Equal(24, Regex.Count(html, "<div id=\"cg-map-\\d+\""));
        Assert.DoesNotContain("<a href=\"gminas/", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Twelve_gminas_with_reports_for_the_first_three_grouped_by_powiat_keep_the_bars_and_share_the_report_assets()
    {
        string national = Generate(12);
        var (code, stdout, stderr) = CliRunner.Run("compare", national, "--by", "unit", "--out", Output, "--reports", "3", "--group-by", "powiat", "--permutations", "0");
        Assert.True(code == 0, stderr);
        Assert.Contains("a full report for the first 3 in gminas/", stdout, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(Output, "comparison.csv"));
        Assert.Equal(["G0001", "G0002", "G0003"], Directory.GetDirectories(Path.Combine(Output, "gminas")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // The generator puts 6 gminas in a powiat: two powiats, each the mean of its six rows.
        var groups = File.ReadAllLines(Path.Combine(Output, "comparison_groups.csv"));
        Assert.Equal(string.Join(',', GminaComparison.GroupColumns), groups[0]);
        Assert.Equal(["P001,6", "P002,6"], groups.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))));
        int rate = Array.IndexOf(csv[0].Split(','), "activation_rate");
        double mean = csv.Skip(1).Take(6).Average(l => double.Parse(l.Split(',')[rate], CultureInfo.InvariantCulture));
        Assert.Equal(mean, double.Parse(groups[1].Split(',')[Array.IndexOf(groups[0].Split(','), "mean_activation_rate")], CultureInfo.InvariantCulture), 15);

        string html = File.ReadAllText(Path.Combine(Output, "dashboard.html"));
        AssertTableEqualsCsv(html, csv);
        AssertBarsEqualCsv(html, csv);
        Assert.Contains("<a href=\"gminas/G0003/report.html\">G0003</a>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<a href=\"gminas/G0004/", html, StringComparison.Ordinal);

        // Each report loads the one copy of plotly.js, the style sheet and the table script beside the dashboard.
        string report = File.ReadAllText(Path.Combine(Output, "gminas", "G0001", "report.html"));
        Assert.Contains("<script src=\"../../plotly-4.1.2.min.js\" charset=\"utf-8\"></script>", report, StringComparison.Ordinal);
        Assert.Contains("<link rel=\"stylesheet\" href=\"../../report.css\">", report, StringComparison.Ordinal);
        Assert.Contains("<script src=\"../../report.js\"></script>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", report, StringComparison.Ordinal);
        Assert.DoesNotContain("src=\"http", report, StringComparison.Ordinal);
        Assert.Contains(".cg-table", File.ReadAllText(Path.Combine(Output, "report.css")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 100, 100)]
    [InlineData(null, 101, 0)]
    [InlineData(null, 2477, 0)]
    [InlineData("all", 2477, 2477)]
    [InlineData("ALL", 5, 5)]
    [InlineData("none", 5, 0)]
    [InlineData("3", 12, 3)]
    [InlineData("50", 12, 12)]
    [InlineData("0", 12, 0)]
    public void Reports_are_all_none_or_the_first_n_and_by_default_all_up_to_a_hundred_gminas(string? reports, int gminas, int expected) =>
        Assert.Equal(expected, CooperationGraph.Cli.Commands.CompareCommand.ReportCount(reports, gminas));

    [Fact]
    public void Bad_reports_and_scatter_values_are_refused_in_one_line_before_anything_is_written()
    {
        string loniow = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        foreach (var (args, message) in new (string[], string)[]
        {
            (["--reports", "-1"], "--reports takes all, none or a number of gminas; got '-1'."),
            (["--reports", "some"], "--reports takes all, none or a number of gminas; got 'some'."),
            (["--scatter", "density"], "--scatter takes two indicators as X,Y; got 'density'."),
            (["--scatter", "density,beauty"], "--scatter: 'beauty' is not an indicator"),
            (["--group-by", "district"], "--group-by: institutions have no column 'district'."),
        })
        {
            var (code, _, stderr) = CliRunner.Run(["compare", loniow, "--out", Output, .. args]);
            Assert.NotEqual(0, code);
            Assert.Contains(message, stderr.Split('\n')[0], StringComparison.Ordinal);
            Assert.False(Directory.Exists(Output), string.Join(' ', args));
        }
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
        int fragile = GminaComparison.Columns.Count - 1; // Łoniów has a survey: its four columns follow
        Assert.Equal("1", cells[fragile - 1]);
        Assert.Equal(realised.Count(r => r.Institutions == 1 || r.Ties == 1).ToString(CultureInfo.InvariantCulture), cells[fragile]);
        Assert.Contains(realised, r => r.Institutions == 2);

        // The survey columns are gaps.json's survey figures (the whole sample is one gmina).
        Assert.Equal([.. GminaComparison.Columns, .. GminaComparison.SurveyColumns], csv[0].Split(','));
        var survey = gaps.RootElement.GetProperty("survey");
        Assert.Equal(new[] { "responseRate", "meanLevel", "trust", "value" }.Select(k => survey.GetProperty(k).GetDouble()), cells[^4..].Select(c => double.Parse(c, CultureInfo.InvariantCulture)));
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

    private static JsonDocument FigureOf(string html, string id) =>
        JsonDocument.Parse(Regex.Match(html, "var f=(\\{.*?\\});Plotly\\.newPlot\\(\"" + id + "\"").Groups[1].Value);

    private static void AssertScatterEqualsCsv(string html, string[] csv, string x, string y)
    {
        using var figure = FigureOf(html, "cg-scatter");
        var header = csv[0].Split(',');
        var points = figure.RootElement.GetProperty("data")[0];
        var rows = csv.Skip(1).Select(l => l.Split(',')).Where(r => r[Array.IndexOf(header, x)] != "" && r[Array.IndexOf(header, y)] != "").ToList();
        double Value(string[] row, string column) => Math.Round(double.Parse(row[Array.IndexOf(header, column)], CultureInfo.InvariantCulture), 4);
        Assert.Equal(rows.Select(r => Value(r, x)), points.GetProperty("x").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(rows.Select(r => Value(r, y)), points.GetProperty("y").EnumerateArray().Select(v => v.GetDouble()));
        Assert.Equal(rows.Select(r => r[0]), points.GetProperty("hovertext").EnumerateArray().Select(v => v.GetString()!.Split("<br>")[0]));
    }

    private static void AssertHistogramCountsEveryGmina(string html, string[] csv)
    {
        var header = csv[0].Split(',');
        foreach (var (column, figure) in new[] { ("activation_rate", 1), ("density", 4), ("ei_index", 6) })
        {
            using var json = FigureOf(html, "cg-distribution-" + figure.ToString(CultureInfo.InvariantCulture));
            int defined = csv.Skip(1).Count(l => l.Split(',')[Array.IndexOf(header, column)] != "");
            Assert.Equal(defined, json.RootElement.GetProperty("data")[0].GetProperty("y").EnumerateArray().Sum(v => v.GetInt32()));
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
