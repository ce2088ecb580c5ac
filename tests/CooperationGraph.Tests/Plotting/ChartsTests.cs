using System.Text.Json;
using CooperationGraph.Plotting;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Plotting;

/// <summary>Each chart on the Łoniów sample: the numbers drawn are the numbers measured, counted independently here.</summary>
public class ChartsTests
{
    private static readonly CooperationDataset Loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
    private static readonly AnalysisResult Result = CooperationAnalysis.Run(Loniow, new AnalysisOptions { Permutations = 50 });

    private static JsonElement Json(Figure figure) => JsonDocument.Parse(figure.ToJson()).RootElement;

    [Fact]
    public void Gap_heatmap_shows_each_required_link_by_its_realising_pairs()
    {
        var json = Json(Charts.GapHeatmap(Result.Gaps));
        var trace = json.GetProperty("data")[0];
        var labels = trace.GetProperty("x").EnumerateArray().Select(e => e.GetString()!).ToList();
        Assert.Equal(CooperationModel.RuralGmina.RequiredSectors.Select(s => s.Code), labels);
        var z = trace.GetProperty("z");
        var text = trace.GetProperty("text");
        int ops = labels.IndexOf("OPS");
        foreach (var link in Result.Gaps.Links)
        {
            int a = labels.IndexOf(link.Link.First.Code), b = labels.IndexOf(link.Link.Second.Code);
            Assert.Equal(link.InstitutionPairs, z[a][b].GetDouble());
            Assert.Equal(link.InstitutionPairs, z[b][a].GetDouble());
            Assert.Equal(link.IsMissing ? "missing" : link.InstitutionPairs.ToString(System.Globalization.CultureInfo.InvariantCulture), text[a][b].GetString());
        }

        int court = labels.IndexOf("COURT");
        Assert.Equal("missing", text[ops][court].GetString());
        Assert.Equal(0, z[ops][court].GetDouble());
        int school = labels.IndexOf("SCHOOL"), police = labels.IndexOf("POLICE");
        Assert.Equal(JsonValueKind.Null, z[school][police].ValueKind);
        Assert.Equal("Required sector links: 8 of 9 realised (Model kooperacji dla gminy wiejskiej (OPS w centrum))", json.GetProperty("layout").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Mixing_heatmap_holds_the_mixing_matrix()
    {
        var trace = Json(Charts.MixingHeatmap(Result.Mixing)).GetProperty("data")[0];
        var sectors = Result.Mixing.Sectors;
        var z = trace.GetProperty("z");
        for (int i = 0; i < sectors.Count; i++)
        {
            for (int j = 0; j < sectors.Count; j++)
            {
                Assert.Equal(Result.Mixing[sectors[i], sectors[j]], z[i][j].GetInt64());
            }
        }

        Assert.Equal(sectors.Select(s => s.Code), trace.GetProperty("y").EnumerateArray().Select(e => e.GetString()));
    }

    [Fact]
    public void Centrality_bar_ranks_by_the_measure_and_leaves_out_nothing_else()
    {
        var trace = Json(Charts.CentralityBar(Result, CentralityMeasure.Betweenness, top: 5)).GetProperty("data")[0];
        var values = trace.GetProperty("x").EnumerateArray().Select(e => e.GetDouble()).ToList();
        var expected = Result.Centrality.Column(CentralityMeasure.Betweenness).Order().Reverse().Take(5).ToList();
        Assert.Equal(expected, values);
        Assert.Equal("Ośrodek Pomocy Społecznej w Łoniowie", trace.GetProperty("y")[0].GetString());
        Assert.Equal(5, trace.GetProperty("marker").GetProperty("color").GetArrayLength());
        var all = Json(Charts.CentralityBar(Result, CentralityMeasure.Closeness, top: 1000)).GetProperty("data")[0];
        Assert.Equal(Loniow.Institutions.Count, all.GetProperty("x").GetArrayLength());
    }

    [Fact]
    public void Centrality_bar_refuses_an_unknown_measure_and_a_foreign_table()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => Charts.CentralityBar(Result, CentralityMeasure.Katz));
        Assert.Contains("katz", error.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Charts.CentralityBar(Result, top: 0));
        var other = CooperationNetwork.FromEdgeList([("a", "b", 1.0)]);
        Assert.Throws<ArgumentException>(() => Charts.CentralityBar(other, Result.Centrality));
    }

    [Fact]
    public void Timeline_has_every_action_and_declaration_once()
    {
        var json = Json(Charts.Timeline(Loniow));
        var markers = json.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("mode").GetString() == "markers").ToList();
        var declarations = markers.Single(t => t.GetProperty("name").GetString() == "declaration signed");
        Assert.Equal(Loniow.Declarations.Select(d => d.SignedOn.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)), declarations.GetProperty("x").EnumerateArray().Select(e => e.GetString()));
        var actions = markers.Where(t => t.GetProperty("name").GetString() != "declaration signed").ToList();
        Assert.Equal(Loniow.JointActions.Count, actions.Sum(t => t.GetProperty("x").GetArrayLength()));
        foreach (var kind in Loniow.JointActions.GroupBy(a => a.Kind))
        {
            var trace = actions.Single(t => t.GetProperty("y")[0].GetString() == (kind.Key == JointActionKind.StudyVisit ? "study visit" : kind.Key.ToString().ToLowerInvariant()));
            Assert.Equal(kind.Count(), trace.GetProperty("x").GetArrayLength());
        }

        var window = new AnalysisWindow(new DateOnly(2019, 7, 1), null);
        var later = Json(Charts.Timeline(CooperationAnalysis.Run(Loniow, new AnalysisOptions { Window = window, Permutations = 0 }))).GetProperty("data").EnumerateArray().Where(t => t.GetProperty("mode").GetString() == "markers" && t.GetProperty("name").GetString() != "declaration signed");
        Assert.Equal(Loniow.JointActions.Count(window.Includes), later.Sum(t => t.GetProperty("x").GetArrayLength()));
    }

    [Fact]
    public void Network_map_draws_every_institution_each_enacted_tie_and_the_declared_only_pairs()
    {
        var json = Json(Charts.NetworkMap(Result));
        var data = json.GetProperty("data").EnumerateArray().ToList();
        var nodes = data.Where(t => !t.TryGetProperty("legendgroup", out _) && t.GetProperty("name").GetString() != "tie" && t.GetProperty("mode").GetString()!.StartsWith("markers", StringComparison.Ordinal)).ToList();
        Assert.Equal(Loniow.Institutions.Count, nodes.Sum(t => t.GetProperty("x").GetArrayLength()));
        Assert.Equal(Loniow.Institutions.Select(i => i.Sector).Distinct().Count(), nodes.Count);
        var layout = json.GetProperty("layout");
        double[] xRange = [.. layout.GetProperty("xaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble())];
        double[] yRange = [.. layout.GetProperty("yaxis").GetProperty("range").EnumerateArray().Select(v => v.GetDouble())];
        Assert.Equal(NetworkMapOptions.DesignWidth - 20, xRange[1] - xRange[0], 9); // one axis unit is one pixel of the plot area
        Assert.All(nodes.SelectMany(t => t.GetProperty("x").EnumerateArray()), v => Assert.InRange(v.GetDouble(), xRange[0], xRange[1]));
        Assert.All(nodes.SelectMany(t => t.GetProperty("y").EnumerateArray()), v => Assert.InRange(v.GetDouble(), yRange[0], yRange[1]));

        var ties = data.Where(t => t.TryGetProperty("legendgroup", out var g) && g.GetString() == "ties").ToList();
        Assert.Equal(Result.Network.Ties.Count * 3, ties.Sum(t => t.GetProperty("x").GetArrayLength()));

        // Declared-only pairs counted from the raw records: co-signatories with no shared action.
        var acted = Loniow.JointActions.SelectMany(a => Pairs(a.Participants.Select(p => p.InstitutionId))).ToHashSet();
        var declaredOnly = Loniow.Declarations.SelectMany(d => Pairs(d.Signatories)).Where(p => !acted.Contains(p)).ToHashSet();
        Assert.NotEmpty(declaredOnly);
        var dashed = data.Single(t => t.GetProperty("name").GetString() == "declared only (signed, no joint action)");
        Assert.Equal("dash", dashed.GetProperty("line").GetProperty("dash").GetString());
        Assert.Equal(declaredOnly.Count * 3, dashed.GetProperty("x").GetArrayLength());
    }

    [Fact]
    public void Network_map_coloured_by_community_has_one_trace_per_community_holding_its_members()
    {
        var json = Json(Charts.NetworkMap(Result, new NetworkMapOptions { Communities = Result.Communities }));
        var nodes = json.GetProperty("data").EnumerateArray()
            .Where(t => !t.TryGetProperty("legendgroup", out _) && t.GetProperty("name").GetString() != "tie" && t.GetProperty("mode").GetString()!.StartsWith("markers", StringComparison.Ordinal)).ToList();

        Assert.Equal(Result.Communities.Groups.Select(g => $"community {g.Community}"), nodes.Select(t => t.GetProperty("name").GetString()));
        Assert.Equal(Result.Communities.Groups.Select(g => g.Size), nodes.Select(t => t.GetProperty("x").GetArrayLength()));
        Assert.Equal(5, nodes.Count);
        Assert.Equal("Community", json.GetProperty("layout").GetProperty("legend").GetProperty("title").GetProperty("text").GetString());
    }

    [Fact]
    public void Network_map_labels_short_names_or_ids_most_central_first_and_says_how_many_it_left_out()
    {
        var json = Json(Charts.NetworkMap(Result));
        var nodes = json.GetProperty("data").EnumerateArray().Where(t => t.TryGetProperty("text", out _)).ToList();
        var labels = nodes.SelectMany(t => t.GetProperty("text").EnumerateArray().Select(e => e.GetString()!)).Where(l => l.Length > 0).ToList();
        var expected = Loniow.Institutions.Select(i => i.ShortName!).ToHashSet(); // the sample gives every institution a short name
        Assert.All(labels, label => Assert.Contains(label, expected));
        Assert.Contains("OPS Łoniów", labels); // the most central (betweenness) is labelled first

        // Without short names: a name of up to 20 characters, else the id.
        var plain = CooperationDataset.Create(Loniow.Institutions.Select(i => i with { ShortName = null }), Loniow.Declarations, Loniow.JointActions, Loniow.Ties, Loniow.Sectors);
        var unnamed = Json(Charts.NetworkMap(plain)).GetProperty("data").EnumerateArray().Where(t => t.TryGetProperty("text", out _))
            .SelectMany(t => t.GetProperty("text").EnumerateArray().Select(e => e.GetString()!)).Where(l => l.Length > 0).ToList();
        Assert.All(unnamed, label => Assert.Contains(label, Loniow.Institutions.Select(i => i.Name.Length <= 20 ? i.Name : i.Id)));
        Assert.Contains("OPS_LONIOW", unnamed); // its name has 36 characters
        Assert.Contains("Urząd Gminy Łoniów", unnamed); // 18 characters
        int hidden = Loniow.Institutions.Count - labels.Count;
        var title = json.GetProperty("layout").GetProperty("title");
        if (hidden > 0)
        {
            Assert.Equal($"labels left out so that none overlaps: {hidden} (hover a marker for its name)", title.GetProperty("subtitle").GetProperty("text").GetString());
        }
        else
        {
            Assert.False(title.TryGetProperty("subtitle", out _));
        }

        // Every written label sits where LabelPlacement put it, clear of every other label and every other marker.
        var boxes = new List<(LabelPlacement.Box Box, int Marker)>();
        var markers = new List<LabelPlacement.Box>();
        var layout = json.GetProperty("layout");
        double left = layout.GetProperty("xaxis").GetProperty("range")[0].GetDouble(), top = layout.GetProperty("yaxis").GetProperty("range")[1].GetDouble();
        foreach (var trace in nodes)
        {
            for (int k = 0; k < trace.GetProperty("x").GetArrayLength(); k++)
            {
                double x = trace.GetProperty("x")[k].GetDouble() - left, y = top - trace.GetProperty("y")[k].GetDouble(), d = trace.GetProperty("marker").GetProperty("size")[k].GetDouble();
                markers.Add(new LabelPlacement.Box(x - (d / 2) - 0.5, y - (d / 2) - 0.5, x + (d / 2) + 0.5, y + (d / 2) + 0.5));
                string text = trace.GetProperty("text")[k].GetString()!;
                if (text.Length > 0)
                {
                    int position = Array.IndexOf(LabelPlacement.Positions, trace.GetProperty("textposition")[k].GetString());
                    boxes.Add((LabelPlacement.LabelBox(x, y, d, TextWidths.Of(text, 12), 12, position), markers.Count - 1));
                }
            }
        }

        Assert.All(boxes, b => Assert.Single(boxes, other => other.Box.Overlaps(b.Box)));
        Assert.All(boxes, b => Assert.DoesNotContain(markers.Where((_, k) => k != b.Marker), m => m.Overlaps(b.Box)));

        var none = Json(Charts.NetworkMap(Result, new NetworkMapOptions { ShowNames = false }));
        Assert.DoesNotContain(none.GetProperty("data").EnumerateArray(), t => t.TryGetProperty("text", out _));
        Assert.False(none.GetProperty("layout").GetProperty("title").TryGetProperty("subtitle", out _));
        var longer = Json(Charts.NetworkMap(plain, new NetworkMapOptions { MaxLabelLength = 100 })).GetProperty("data").EnumerateArray()
            .Where(t => t.TryGetProperty("text", out _)).SelectMany(t => t.GetProperty("text").EnumerateArray().Select(e => e.GetString()!));
        Assert.Contains("Ośrodek Pomocy Społecznej w Łoniowie", longer);
    }

    [Fact]
    public void Network_map_legends_sit_under_the_plot_with_one_entry_for_ties_and_one_for_declared_only_pairs()
    {
        var json = Json(Charts.NetworkMap(Result));
        var layout = json.GetProperty("layout");
        Assert.Equal("h", layout.GetProperty("legend").GetProperty("orientation").GetString());
        Assert.True(layout.GetProperty("legend").GetProperty("y").GetDouble() < 0);
        Assert.True(layout.GetProperty("legend2").GetProperty("y").GetDouble() > layout.GetProperty("legend").GetProperty("y").GetDouble());
        var data = json.GetProperty("data").EnumerateArray().ToList();
        var second = data.Where(t => t.TryGetProperty("legend", out var l) && l.GetString() == "legend2").ToList();
        var shown = second.Where(t => !t.TryGetProperty("showlegend", out var s) || s.GetBoolean()).Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(["declared only (signed, no joint action)", "ties: line width grows with weight (1 to 16)"], shown);
        Assert.Equal(16, Result.Network.Ties.Max(t => t.Weight));
        Assert.Equal(1 + data.Count(t => t.TryGetProperty("legendgroup", out _)), second.Count);
    }

    [Fact]
    public void Network_map_is_the_same_for_the_same_seed_and_differs_for_another()
    {
        string first = Charts.NetworkMap(Loniow).ToJson();
        Assert.Equal(first, Charts.NetworkMap(Loniow).ToJson());
        Assert.NotEqual(first, Charts.NetworkMap(Loniow, new NetworkMapOptions { Layout = new LayoutOptions { Seed = 2 } }).ToJson());
        string grouped = Charts.NetworkMap(Loniow, new NetworkMapOptions { Layout = new LayoutOptions { Grouping = LayoutGrouping.Sector } }).ToJson();
        Assert.NotEqual(first, grouped);
    }

    [Fact]
    public void A_custom_sector_gets_the_same_colour_in_every_process()
    {
        // TRAINING_PROVIDER is the sample's own sector (sectors.csv). FNV-1a("TRAINING_PROVIDER") = 4267549429, which is
        // 13 mod 24; after the 20 built-in sectors that is palette entry (20 + 13) mod 24 = 9, "#17becf".
        var custom = Loniow.Sectors["TRAINING_PROVIDER"];
        Assert.DoesNotContain(custom, SectorCatalog.Default.Sectors);
        Assert.Equal(20, SectorCatalog.Default.Sectors.Count);
        Assert.Equal("#17becf", SectorPalette.Of(custom));
    }

    [Fact]
    public void Network_map_sizes_by_the_chosen_measure()
    {
        var sized = Json(Charts.NetworkMap(Loniow, new NetworkMapOptions { SizeBy = CentralityMeasure.Degree, ShowDeclaredOnly = false }));
        var ops = sized.GetProperty("data").EnumerateArray().Single(t => t.GetProperty("name").GetString() == "OPS (municipal social assistance centre)");
        var degrees = ops.GetProperty("hovertext").EnumerateArray().Select(h => h.GetString()!).ToList();
        var sizes = ops.GetProperty("marker").GetProperty("size").EnumerateArray().Select(s => s.GetDouble()).ToList();
        Assert.Equal(2, sizes.Count);
        Assert.True(sizes[0] > sizes[1], "OPS Łoniów (many partners) is drawn larger than GOPS Narewka");
        Assert.Equal(34.0, sizes[0], 12); // the largest degree gets the largest marker: 8 + 26
        Assert.StartsWith("Ośrodek Pomocy Społecznej w Łoniowie", degrees[0], StringComparison.Ordinal);
        // Katz is not among the analysis's columns, and a chart of an analysis measures nothing again: refused, naming those there are.
        Assert.Contains("did not compute katz; size the map by one it did (degree, strength, betweenness", Assert.Throws<ArgumentException>(() => Charts.NetworkMap(Result, new NetworkMapOptions { SizeBy = CentralityMeasure.Katz })).Message, StringComparison.Ordinal);
        var katz = Json(Charts.NetworkMap(CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 3.0)]), new NetworkMapOptions { SizeBy = CentralityMeasure.Katz }));
        Assert.Contains("size: katz", katz.GetProperty("layout").GetProperty("title").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => Charts.NetworkMap(Result, new NetworkMapOptions { SizeBy = (CentralityMeasure)99 }));
        var plain = Json(Charts.NetworkMap(CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 3.0)]), new NetworkMapOptions { SizeBy = null }));
        Assert.All(plain.GetProperty("data").EnumerateArray().Where(t => t.GetProperty("mode").GetString()!.StartsWith("markers", StringComparison.Ordinal) && t.GetProperty("name").GetString() != "tie"),
            t => Assert.All(t.GetProperty("marker").GetProperty("size").EnumerateArray(), s => Assert.Equal(12, s.GetDouble())));
    }

    [Fact]
    public void Comparisons_show_the_indicators_of_each_report()
    {
        var comparison = CooperationAnalysis.Run(Loniow, new AnalysisOptions { Window = new(new DateOnly(2019, 7, 1), null), Permutations = 0, ComparisonWindow = new(null, new DateOnly(2019, 6, 30)) }).WindowComparison!;
        var bars = Json(Charts.WindowComparison(comparison)).GetProperty("data");
        Assert.Equal(2, bars.GetArrayLength());
        Assert.Equal(["until 2019-06-30", "from 2019-07-01"], bars.EnumerateArray().Select(b => b.GetProperty("name").GetString()));
        Assert.Equal("the whole dataset", AnalysisWindow.All.Describe());
        Assert.Equal("2018-01-01 to 2018-12-31", new AnalysisWindow(new DateOnly(2018, 1, 1), new DateOnly(2018, 12, 31)).Describe());
        Assert.Equal(comparison.First.Gaps.ActivationRate, bars[0].GetProperty("y")[0].GetDouble(), 15);
        Assert.Equal(comparison.Second.Structure.Density, bars[1].GetProperty("y")[3].GetDouble(), 15);
        Assert.Equal(1 - (1.0 / 9), bars[1].GetProperty("y")[2].GetDouble(), 15);

        var compared = GminaComparer.Compare([("Łoniów", Loniow), ("Łoniów again", Loniow)], new AnalysisOptions { Permutations = 0 });
        var gminas = Json(Charts.GminaComparison(compared)).GetProperty("data");
        Assert.Equal(6, gminas.GetArrayLength());
        Assert.Equal(Result.Mixing.EIIndex, gminas[5].GetProperty("y")[0].GetDouble(), 15);
        Assert.Equal(CooperationIndicators.From(Result).RequiredSectorsPresent, gminas[1].GetProperty("y")[1].GetDouble(), 15);
    }

    [Fact]
    public void Hostile_names_and_titles_are_text_in_every_chart()
    {
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector\nops,\"<img src=x onerror=alert(1)>\",OPS\npcpr,PCPR,PCPR\nsp,</script><b>x</b>,SCHOOL\n"),
            ("actions.csv", "id,title,kind,date\na1,<svg onload=alert(2)>,meeting,2018-10-01\n"));
        var dataset = DatasetReader.Load(data.Folder);
        var result = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
        foreach (var figure in new[] { Charts.NetworkMap(result), Charts.Timeline(dataset), Charts.CentralityBar(result), Charts.GapHeatmap(result.Gaps), Charts.MixingHeatmap(result.Mixing) })
        {
            string json = figure.ToJson();
            Assert.DoesNotContain('<', json);
            string decoded = Strings(JsonDocument.Parse(json).RootElement);
            Assert.DoesNotContain("<img", decoded, StringComparison.Ordinal);
            Assert.DoesNotContain("<svg", decoded, StringComparison.Ordinal);
            Assert.DoesNotContain("<b>", decoded, StringComparison.Ordinal);
        }

        string map = Strings(JsonDocument.Parse(Charts.NetworkMap(result).ToJson()).RootElement);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", map, StringComparison.Ordinal);
        Assert.Contains("&lt;/script&gt;&lt;b&gt;x&lt;/b&gt;", map, StringComparison.Ordinal);
        Assert.Contains("&lt;svg onload=alert(2)&gt;", Strings(JsonDocument.Parse(Charts.Timeline(dataset).ToJson()).RootElement), StringComparison.Ordinal);
    }

    /// <summary>Every string value of a JSON document, decoded, one per line.</summary>
    internal static string Strings(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString()! + "\n",
        JsonValueKind.Array => string.Concat(element.EnumerateArray().Select(Strings)),
        JsonValueKind.Object => string.Concat(element.EnumerateObject().Select(p => Strings(p.Value))),
        _ => string.Empty,
    };

    private static IEnumerable<(string, string)> Pairs(IEnumerable<string> ids)
    {
        var list = ids.Distinct().Order(StringComparer.Ordinal).ToList();
        for (int i = 0; i < list.Count; i++)
        {
            for (int j = i + 1; j < list.Count; j++)
            {
                yield return (list[i], list[j]);
            }
        }
    }
}
