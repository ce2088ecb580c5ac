using System.Text.Json;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Cli;

public sealed class AnalyzeCommandTests : IDisposable
{
    private readonly string output = Path.Combine(Path.GetTempPath(), "cg-analyze-" + Guid.NewGuid().ToString("N"));

    private static string Sample => Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");

    public void Dispose()
    {
        if (Directory.Exists(output))
        {
            Directory.Delete(output, recursive: true);
        }

        File.Delete(output + "-model.json");
    }

    private static (int Code, string Out, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void Loniow_end_to_end_writes_the_three_outputs_with_the_contract_keys()
    {
        var (code, stdout, stderr) = Run("analyze", Sample, "--out", output);
        Assert.True(code == 0, stderr);
        Assert.Contains("missing links: COURT–OPS", stdout, StringComparison.Ordinal);

        using var gaps = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "gaps.json")));
        var root = gaps.RootElement;
        Assert.Equal(["COURT"], root.GetProperty("missingSectors").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal([["COURT", "OPS"]], root.GetProperty("missingLinks").EnumerateArray().Select(p => p.EnumerateArray().Select(e => e.GetString()).ToArray()));
        Assert.Equal(["STAROSTWO_SANDOMIERZ", "UM_SWIETOKRZYSKIE"], root.GetProperty("declaredInactive").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        // Took part in an action but signed nothing (from participations.csv and signatures.csv).
        Assert.Equal(["DIETITIAN", "GOPS_NAREWKA", "REHAB_PROVIDER", "ROPS_KIELCE", "TRAINING_PROVIDER"], root.GetProperty("activeUndeclared").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(13.0 / 15.0, root.GetProperty("activationRate").GetDouble(), 15);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("structure").ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("brokerage").ValueKind);
        Assert.Equal(JsonValueKind.Object, root.GetProperty("qap").GetProperty("declaredVersusEnacted").ValueKind);
        var robustness = root.GetProperty("linkRobustness").EnumerateArray()
            .Select(r => (string.Join("–", r.GetProperty("sectors").EnumerateArray().Select(e => e.GetString())), r.GetProperty("institutions").GetInt32(), r.GetProperty("ties").GetInt32()))
            .ToList();
        Assert.Equal(root.GetProperty("links").GetArrayLength(), robustness.Count);
        Assert.Equal(("OPS–PUP", 1, 10), robustness[1]);
        Assert.Equal(("HEALTH–OPS", 2, 3), robustness[4]);
        Assert.Equal(("COURT–OPS", 0, 0), robustness[5]);

        var metrics = File.ReadAllLines(Path.Combine(output, "metrics.csv"));
        Assert.StartsWith("id,name,sector,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,clustering,constraint,effective_size,core,declared,active,", metrics[0], StringComparison.Ordinal);
        Assert.Equal(21, metrics.Length);
        // OPS Łoniów took part with 17 other institutions; the two Urząd Marszałkowski/Starostwo rows are isolated.
        var ops = metrics.Single(l => l.StartsWith("OPS_LONIOW,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("OPS", "17"), (ops[2], ops[3]));
        Assert.Equal(("true", "true", "true"), (ops[14], ops[15], ops[16]));
        var starostwo = metrics.Single(l => l.StartsWith("STAROSTWO_SANDOMIERZ,", StringComparison.Ordinal)).Split(',');
        Assert.Equal(("0", "", "false"), (starostwo[3], starostwo[11], starostwo[15]));
        // Freeman centralization from the NetworkX values in Fixtures/Frames/loniow.networkx.csv: degrees 17 (OPS) down to
        // 0 on 20 nodes give Σ(17 − d_v)/(19·18) = 91/171; normalised betweenness Σ(b_max − b_v)/19; Wasserman–Faust
        // closeness Σ(c_max − c_v)/(19·18/37).
        var centralization = root.GetProperty("centralization");
        Assert.Equal(91.0 / 171.0, centralization.GetProperty("degree").GetDouble(), 1e-15);
        Assert.Equal(0.2159785428483489, centralization.GetProperty("betweenness").GetDouble(), 1e-12);
        Assert.Equal(0.722084081202849, centralization.GetProperty("closeness").GetDouble(), 1e-12);

        string html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("Ośrodek Pomocy Społecznej w Łoniowie", html, StringComparison.Ordinal);
        Assert.Contains("institutions to break it", html, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "comparison.json")));
    }

    [Fact]
    public void A_comparison_window_writes_comparison_json()
    {
        var (code, _, stderr) = Run("analyze", Sample, "--out", output, "--from", "01.07.2019", "--compare", "..2019-06-30");
        Assert.True(code == 0, stderr);
        using var comparison = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "comparison.json")));
        var changes = comparison.RootElement.GetProperty("changes");
        Assert.Equal(["POLICE", "HEALTH", "INTERDISCIPLINARY_TEAM"], changes.GetProperty("sectorsJoined").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2019-06-30", comparison.RootElement.GetProperty("first").GetProperty("window").GetProperty("to").GetString());
    }

    [Fact]
    public void Comparison_json_density_test_is_the_density_change_with_its_normal_p_and_qap_correlation_is_the_phi_of_nested_windows()
    {
        var (code, _, stderr) = Run("analyze", Sample, "--out", output, "--compare", "..2019-06-30", "--permutations", "50");
        Assert.True(code == 0, stderr);
        using var comparison = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "comparison.json")));
        var root = comparison.RootElement;
        var test = root.GetProperty("densityTest");
        double difference = test.GetProperty("difference").GetDouble();
        Assert.Equal(root.GetProperty("changes").GetProperty("density").GetDouble(), difference, 15);
        Assert.Equal(difference / test.GetProperty("standardError").GetDouble(), test.GetProperty("z").GetDouble(), 12);
        // Two-sided normal p, here by the complementary error function: erfc(|z|/√2) = 2(1 − Φ(|z|)); z = 2.363, p = 0.018.
        Assert.Equal(MathNet.Numerics.SpecialFunctions.Erfc(Math.Abs(test.GetProperty("z").GetDouble()) / Math.Sqrt(2)), test.GetProperty("p").GetDouble(), 1e-12);
        var qap = root.GetProperty("qapCorrelation");
        Assert.Equal(50, qap.GetProperty("permutations").GetInt32());
        // The later window (everything) holds every tie of the earlier one (..2019-06-30), so the correlation of the two
        // 0/1 tie vectors over N = 190 pairs is the phi coefficient (N·a − a·b) / √(a(N − a)·b(N − b)) with a = 48 and
        // b = 79 ties (the two densities × 190): 0.68917. No permutation of 48 ties among 190 pairs comes near it: p = 0.
        const int pairs = 190;
        double a = Math.Round(root.GetProperty("first").GetProperty("structure").GetProperty("density").GetDouble() * pairs);
        double b = Math.Round(root.GetProperty("second").GetProperty("structure").GetProperty("density").GetDouble() * pairs);
        Assert.Equal((48.0, 79.0), (a, b));
        Assert.Equal(((pairs * a) - (a * b)) / Math.Sqrt(a * (pairs - a) * b * (pairs - b)), qap.GetProperty("correlation").GetDouble(), 1e-12);
        Assert.Equal(0, qap.GetProperty("p").GetDouble());
    }

    [Fact]
    public void Hostile_names_stay_text_in_every_output()
    {
        string data = Path.Combine(output, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "institutions.csv"),
            "id,name,sector\nops,\"<img src=x onerror=alert(1)>\",OPS\nngo,\"=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",NGO\n");
        File.WriteAllText(Path.Combine(data, "actions.csv"), "id,title,kind,date\na,<script>alert(2)</script>,meeting,2020-01-01\n");
        File.WriteAllText(Path.Combine(data, "participations.csv"), "action_id,institution_id,role\na,ops,lead\na,ngo,participant\n");
        string target = Path.Combine(output, "out");
        var (code, _, stderr) = Run("analyze", data, "--out", target);
        Assert.True(code == 0, stderr);

        string html = File.ReadAllText(Path.Combine(target, "report.html"));
        Assert.DoesNotContain("<img src=x", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        var csv = File.ReadAllLines(Path.Combine(target, "metrics.csv"));
        Assert.StartsWith("ngo,\"'=HYPERLINK(", csv.Single(l => l.StartsWith("ngo,", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.DoesNotContain("<img", File.ReadAllText(Path.Combine(target, "gaps.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_inlines_plotly_by_default_or_links_the_cdn()
    {
        var (code, _, stderr) = Run("analyze", Sample, "--out", output, "--permutations", "0");
        Assert.True(code == 0, stderr);
        string inline = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("plotly.js v4.1.2", inline, StringComparison.Ordinal);
        Assert.True(inline.Length > 4_000_000, $"{inline.Length} characters");
        Assert.DoesNotContain("<script src=", inline, StringComparison.Ordinal);

        (code, _, stderr) = Run("analyze", Sample, "--out", output, "--permutations", "0", "--plotly", "cdn");
        Assert.True(code == 0, stderr);
        string cdn = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("<script src=\"https://cdn.plot.ly/plotly-4.1.2.min.js\"", cdn, StringComparison.Ordinal);
        Assert.True(cdn.Length < 300_000, $"{cdn.Length} characters");
        Assert.Equal(inline[inline.IndexOf("<section id=\"gaps\"", StringComparison.Ordinal)..], cdn[cdn.IndexOf("<section id=\"gaps\"", StringComparison.Ordinal)..]);
    }

    [Fact]
    public void A_network_above_the_map_limit_is_left_out_and_said_so()
    {
        var (code, _, stderr) = Run("analyze", Sample, "--out", output, "--permutations", "0", "--map-limit", "5", "--plotly", "cdn");
        Assert.True(code == 0, stderr);
        string html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("The network map is left out: 20 institutions are more than 5", html, StringComparison.Ordinal);
        // Four charts, and the illustrative partner survey's trust × value chart and level matrix.
        Assert.Equal(6, html.Split("class=\"cg-figure\"").Length - 1);
    }

    [Fact]
    public void Map_colour_community_colours_the_map_by_community_and_says_so_in_the_caption()
    {
        var (code, _, stderr) = Run("analyze", Sample, "--out", output, "--permutations", "0", "--plotly", "cdn", "--map-colour", "community");
        Assert.True(code == 0, stderr);
        string html = File.ReadAllText(Path.Combine(output, "report.html"));
        Assert.Contains("Institutions coloured by Leiden community (1 = the largest)", html, StringComparison.Ordinal);
        Assert.Contains("\"name\":\"community 5\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Institutions coloured by sector", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Xlsx_results_hold_every_sheet_with_text_as_text()
    {
        string data = Path.Combine(output, "data");
        Directory.CreateDirectory(data);
        File.WriteAllText(Path.Combine(data, "institutions.csv"), "id,name,sector\nops,\"=1+1\",OPS\nngo,NGO,NGO\n");
        File.WriteAllText(Path.Combine(data, "actions.csv"), "id,title,kind,date\na,A,meeting,2020-01-01\n");
        File.WriteAllText(Path.Combine(data, "participations.csv"), "action_id,institution_id\na,ops\na,ngo\n");
        string target = Path.Combine(output, "out");
        var (code, stdout, stderr) = Run("analyze", data, "--out", target, "--xlsx");
        Assert.True(code == 0, stderr);
        Assert.Contains("results.xlsx", stdout, StringComparison.Ordinal);
        var sheets = CooperationGraph.IO.XlsxTableReader.Read(Path.Combine(target, "results.xlsx"));
        Assert.Equal(["metrics", "gaps", "links", "mixing", "suggestions"], sheets.Select(s => s.Sheet));
        var metrics = sheets[0].Table;
        Assert.Equal("=1+1", metrics.Rows[0].Fields[1]);
        Assert.Equal("1", metrics.Rows[0].Fields[3]);
        using var zip = System.IO.Compression.ZipFile.OpenRead(Path.Combine(target, "results.xlsx"));
        Assert.All(zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)),
            e => Assert.DoesNotContain("<x:f>", new StreamReader(e.Open()).ReadToEnd(), StringComparison.Ordinal));
        var gaps = sheets[1].Table.Rows.ToDictionary(r => r.Fields[0], r => r.Fields[1]);
        Assert.Equal(string.Empty, gaps["activation rate"]);
        Assert.Equal("COURT, HEALTH, INTERDISCIPLINARY_TEAM, PCPR, POLICE, PUP, SCHOOL, CULTURE".Split(", ").Order(StringComparer.Ordinal), gaps["missing sectors"].Split(", ").Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("--from", "2019-02-30", "impossible date")]
    [InlineData("--compare", "2019-01-01", "must be FROM..TO")]
    [InlineData("--permutations", "-1", "must not be negative")]
    [InlineData("--plotly", "svg", "'svg' not recognized")]
    [InlineData("--map-limit", "-1", "--map-limit must not be negative")]
    public void Bad_options_fail_with_a_message_and_no_stack_trace(string option, string value, string expected)
    {
        var (code, _, stderr) = Run("analyze", Sample, "--out", output, option, value);
        Assert.NotEqual(0, code);
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void An_invalid_model_file_is_reported_at_its_line()
    {
        string model = output + "-model.json";
        File.WriteAllText(model, "{\n  \"name\": \"m\",\n  \"requiredSectors\": [\"OPS\", \"SZKOLA_X\"]\n}");
        var (code, _, stderr) = Run("analyze", Sample, "--out", output, "--model", model);
        Assert.Equal(1, code);
        Assert.Contains($"{model}:3: unknown sector 'SZKOLA_X'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_custom_model_using_the_datasets_own_sector_is_accepted()
    {
        Directory.CreateDirectory(output);
        string model = Path.Combine(output, "model.json");
        File.WriteAllText(model, """{"name": "z instytucją szkoleniową", "requiredLinks": [["OPS", "TRAINING_PROVIDER"], ["OPS", "SĄD"]]}""");
        var (code, stdout, stderr) = Run("analyze", Sample, "--out", Path.Combine(output, "r"), "--model", model);
        Assert.True(code == 0, stderr);
        Assert.Contains("missing sectors: COURT; missing links: COURT–OPS", stdout, StringComparison.Ordinal);
    }
}

public class HtmlReportTests
{
    [Fact]
    public void A_report_with_suggested_ties_renders_them()
    {
        var c = SectorCatalog.Default;
        var dataset = CooperationDataset.Create(
            [new("ops", "OPS", c["OPS"]), new("sp", "SP", c["SCHOOL"]), new("kp", "<b>KP</b>", c["POLICE"])],
            actions: [new("a", "a", JointActionKind.Meeting, new DateOnly(2020, 1, 1), [new("ops"), new("sp")]), new("b", "b", JointActionKind.Meeting, new DateOnly(2020, 2, 1), [new("sp"), new("kp")])]);
        var result = CooperationAnalysis.Run(dataset);
        Assert.Contains(result.Gaps.SuggestedTies, t => t.SourceId == "ops" && t.TargetId == "kp");
        string html = HtmlReport.Render(result);
        Assert.Contains("Suggested ties for missing links", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;KP&lt;/b&gt;", html, StringComparison.Ordinal);
    }
}
