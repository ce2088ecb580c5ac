using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using CooperationGraph.Tests.Cli;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Plotting;

/// <summary>
/// The network map of the report, drawn by Chromium at the report's size: every label's and marker's SVG box
/// (<c>MapOverlaps.js</c>, injected after the report's own scripts) is read back, and no two labels overlap, no label
/// covers a marker, no two markers overlap: on Łoniów (English and Polish) and on two generated gminas; and the small
/// maps of a two-gmina comparison dashboard fill their boxes with no two markers overlapping.
/// </summary>
public sealed class MapLabelBrowserTests : IDisposable
{
    /// <summary>A window in which the report's column (75rem) is wider than the map's design width.</summary>
    private const string Window = "1280,900";

    private readonly string folder = Path.Combine(Path.GetTempPath(), "cg-map-labels-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("pl")]
    public void The_loniow_map_has_no_overlapping_labels_or_markers(string language)
    {
        HeadlessChromium.SkipUnlessAvailable();
        string sample = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        var drawn = Measure(Analyze(sample, "loniow-" + language, "--lang", language));
        Assert.Equal(20, drawn.Markers);
        Assert.True(drawn.Labels >= 15, $"only {drawn.Labels} of 20 institutions are labelled");
        AssertClear(drawn);
    }

    [SkippableTheory]
    [InlineData(3)]
    [InlineData(2019)]
    public void A_generated_gmina_map_has_no_overlapping_labels_or_markers(int seed)
    {
        HeadlessChromium.SkipUnlessAvailable();
        string data = Path.Combine(folder, "gmina-" + seed);
        var (code, _, stderr) = CliRunner.Run("generate", "--gminas", "1", "--seed", seed.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", data);
        Assert.True(code == 0, stderr);
        var drawn = Measure(Analyze(data, "report-" + seed));
        int institutions = File.ReadAllLines(Path.Combine(data, "institutions.csv")).Length - 1;
        Assert.Equal(institutions, drawn.Markers);
        Assert.True(drawn.Labels > 0);
        AssertClear(drawn);
    }

    [SkippableTheory]
    [InlineData("en")]
    [InlineData("pl")]
    public void The_small_maps_of_a_two_gmina_dashboard_fill_their_boxes_without_overlaps(string language)
    {
        HeadlessChromium.SkipUnlessAvailable();
        string data = Path.Combine(folder, "two-" + language);
        var (code, _, stderr) = CliRunner.Run("generate", "--gminas", "2", "--out", data);
        Assert.True(code == 0, stderr);
        string output = Path.Combine(folder, "compare-" + language);
        (code, _, stderr) = CliRunner.Run("compare", data, "--by", "unit", "--out", output, "--lang", language, "--reports", "none");
        Assert.True(code == 0, stderr);
        foreach (string map in new[] { "cg-map-1", "cg-map-2" })
        {
            var drawn = Measure(Path.Combine(output, "dashboard.html"), map);
            Assert.True(drawn.Markers >= 10, $"{map}: {drawn.Markers} markers");
            Assert.Equal(0, drawn.Labels);
            AssertClear(drawn);

            // The map is 320 px high: laid out for the report's 1 100 px and shrunk into its box, its markers spanned
            // about 50 px; laid out for the box, over 200.
            Assert.True(drawn.MarkerSpan >= 160, $"{map}: the markers span {drawn.MarkerSpan:F0} px of the map's 320");
        }
    }

    private static void AssertClear(Drawn drawn)
    {
        Assert.True(drawn.LabelOverLabel.Count == 0, "labels overlap: " + string.Join("; ", drawn.LabelOverLabel));
        Assert.True(drawn.LabelOverMarker.Count == 0, "labels cover markers: " + string.Join("; ", drawn.LabelOverMarker));
        Assert.Equal(0, drawn.MarkerOverMarker);
    }

    private string Analyze(string dataset, string name, params string[] more)
    {
        string output = Path.Combine(folder, name);
        var (code, _, stderr) = CliRunner.Run(["analyze", dataset, "--out", output, "--permutations", "0", .. more]);
        Assert.True(code == 0, stderr);
        return Path.Combine(output, "report.html");
    }

    /// <summary>Draws the report with the measuring script after its own, and reads what the script wrote.</summary>
    private Drawn Measure(string report, string figure = "cg-figure-1")
    {
        string script = File.ReadAllText(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "tests", "CooperationGraph.EndToEnd", "Plotting", "MapOverlaps.js"));
        string html = File.ReadAllText(report);
        int end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        // Beside the page, which may load plotly.js from its folder (the dashboard does).
        string page = Path.Combine(Path.GetDirectoryName(report)!, "measured-" + figure + ".html");
        File.WriteAllText(page, html[..end] + "<script data-map=\"" + figure + "\">" + script + "</script>" + html[end..]);
        string dom = HeadlessChromium.DumpDom(page, Window);
        var match = Regex.Match(dom, "<pre id=\"cg-map-overlaps\">([^<]*)</pre>");
        Assert.True(match.Success, "the measuring script wrote nothing");
        using var json = JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value));
        var root = json.RootElement;
        var markerBoxes = root.GetProperty("boxes").GetProperty("markers").EnumerateArray().ToList();
        double span = markerBoxes.Count == 0 ? 0
            : markerBoxes.Max(b => b.GetProperty("bottom").GetDouble()) - markerBoxes.Min(b => b.GetProperty("top").GetDouble());
        return new Drawn(
            root.GetProperty("markers").GetInt32(),
            root.GetProperty("labels").GetInt32(),
            [.. root.GetProperty("labelLabel").EnumerateArray().Select(p => p.ToString())],
            [.. root.GetProperty("labelMarker").EnumerateArray().Select(p => p.ToString())],
            root.GetProperty("markerMarker").GetInt32(),
            span);
    }

    private sealed record Drawn(int Markers, int Labels, IReadOnlyList<string> LabelOverLabel, IReadOnlyList<string> LabelOverMarker, int MarkerOverMarker, double MarkerSpan);
}
