using System.Globalization;
using System.Xml.Linq;
using CooperationGraph.Tests.Cli;
using CooperationGraph.Tests.IO;
using CooperationGraph.Tests.Metrics.Survey;

namespace CooperationGraph.Tests.Networks;

/// <summary>
/// The perceived layer (issue 23) on the six-institution survey of <see cref="SurveyByHandTests"/>: a, b, c, d answered,
/// e was invited and did not, f was not invited (c→f is outside the survey's pairs).
/// </summary>
public class PerceivedLayerTests
{
    // Reported levels: a→b 4, a→c 1, a→e 3, b→a 5, b→c 2, b→e 2, c→a 1, c→b 4, d→a 0, d→b 2 (a respondent without a
    // row for a partner reported 0). Weak (either ≥ 1, over a–e): ab (4, 5) 4.5, ac (1, 1) 1, ae (3, e silent) 3,
    // bc (2, 4) 3, bd (2, 0) 1, be (2, e silent) 2. Strong (both ≥ 1): ab 4.5, ac 1, bc 3.
    private static readonly string[] Weak = ["a b 4.5", "a c 1", "a e 3", "b c 3", "b d 1", "b e 2"];
    private static readonly string[] Strong = ["a b 4.5", "a c 1", "b c 3"];

    private static string[] Ties(CooperationNetwork network) =>
        [.. network.Ties.Select(t => string.Join(' ', new[] { t.SourceId, t.TargetId }.Order(StringComparer.Ordinal)) + " " + t.Weight.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];

    [Fact]
    public void The_layer_holds_the_hand_computed_ties_under_each_rule()
    {
        using var data = SurveyByHandTests.Case();
        var dataset = data.Load();
        Assert.Equal(Weak, Ties(CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Perceived })));
        Assert.Equal(Strong, Ties(CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Perceived, PerceivedRule = PerceivedTieRule.Strong })));
        // The default layers leave the survey out.
        Assert.DoesNotContain(CooperationNetwork.Build(dataset).Ties, t => t.Events.Contains("survey"));
    }

    [Fact]
    public void Export_writes_the_perceived_edge_list_weak_by_default_and_strong_on_request()
    {
        using var data = SurveyByHandTests.Case();
        using var target = TempDataset.Empty();
        foreach (var (rule, expected) in new[] { ((string?)null, Weak), ("strong", Strong) })
        {
            string output = target["perceived.graphml"];
            string[] args = rule is null
                ? ["export", data.Folder, "--format", "graphml", "--layers", "perceived", "--out", output]
                : ["export", data.Folder, "--format", "graphml", "--layers", "perceived", "--perceived-rule", rule, "--out", output];
            var (code, _, stderr) = CliRunner.Run(args);
            Assert.True(code == 0, stderr);
            XNamespace g = "http://graphml.graphdrawing.org/xmlns";
            var edges = XDocument.Load(output).Descendants(g + "edge")
                .Select(e => string.Join(' ', new[] { (string)e.Attribute("source")!, (string)e.Attribute("target")! }.Order(StringComparer.Ordinal))
                    + " " + e.Elements(g + "data").Single(d => (string?)d.Attribute("key") == "weight").Value)
                .Order(StringComparer.Ordinal);
            Assert.Equal(expected, edges);
            File.Delete(output);
        }
    }

    [Fact]
    public void Export_of_the_perceived_layer_without_a_survey_fails_and_writes_nothing()
    {
        using var data = TempDataset.With(); // the base dataset: declarations and actions, no survey
        using var target = TempDataset.Empty();
        string output = target["perceived.net"];
        var (code, _, stderr) = CliRunner.Run("export", data.Folder, "--format", "pajek", "--layers", "perceived", "--out", output);
        Assert.NotEqual(0, code);
        Assert.Contains(data.Folder, stderr, StringComparison.Ordinal);
        Assert.Contains("survey.csv", stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(output));
    }
}
