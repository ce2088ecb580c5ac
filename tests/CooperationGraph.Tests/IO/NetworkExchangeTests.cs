using System.Globalization;
using System.Xml.Linq;
using CooperationGraph.IO;
using CooperationGraph.Tests.Cli;

namespace CooperationGraph.Tests.IO;

public class NetworkExchangeTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Exchange");
    private static readonly CooperationDataset Loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
    private static readonly CooperationNetwork Network = CooperationNetwork.Build(Loniow);
    private static readonly CentralityTable Measures = CentralityAnalysis.Compute(Network, new CentralityOptions { Measures = CentralityMeasureNames.Basic });

    [Fact]
    public void The_exports_networkx_read_back_are_what_the_writers_write_today()
    {
        Assert.Equal(File.ReadAllText(Path.Combine(FixtureFolder, "loniow.gexf")), NetworkWriter.ToGexf(Network, Measures, Loniow));
        Assert.Equal(File.ReadAllText(Path.Combine(FixtureFolder, "loniow.graphml")), NetworkWriter.ToGraphML(Network, Measures));
        Assert.Equal(File.ReadAllText(Path.Combine(FixtureFolder, "loniow.pajek")), NetworkWriter.ToPajek(Network));
    }

    [Theory]
    [InlineData("gexf")]
    [InlineData("graphml")]
    [InlineData("pajek")]
    public void NetworkX_reads_back_the_same_nodes_edges_and_weights(string format)
    {
        var rows = File.ReadLines(Path.Combine(FixtureFolder, "loniow.readback.csv")).Skip(1).Select(l => l.Split(',')).Where(r => r[0] == format).ToList();
        var edges = rows.Where(r => r[2].Length > 0).ToDictionary(r => (r[1], r[2]), r => double.Parse(r[3], CultureInfo.InvariantCulture));
        var nodes = rows.Where(r => r[2].Length == 0).ToList();
        Assert.Equal(Network.Institutions.Select(i => i.Id).Order(StringComparer.Ordinal), nodes.Select(r => r[1]).Order(StringComparer.Ordinal));
        Assert.Equal(Network.Ties.Count, edges.Count);
        foreach (var tie in Network.Ties)
        {
            var key = string.CompareOrdinal(tie.SourceId, tie.TargetId) < 0 ? (tie.SourceId, tie.TargetId) : (tie.TargetId, tie.SourceId);
            Assert.Equal(tie.Weight, edges[key]);
        }

        if (format != "pajek")
        {
            Assert.All(nodes, r => Assert.Equal(Loniow.GetInstitution(r[1]).Sector.Code, r[3]));
        }
    }

    /// <summary>Every node attribute NetworkX 3.6.1 reads from our GEXF and GraphML (<c>loniow.readback.nodes.csv</c>,
    /// made by <c>generate.py</c>): the name, sector, level, unit and each centrality measure equal to ours (a measure
    /// undefined for an institution, such as an isolate's constraint, is left out of the file and so not read).</summary>
    [Theory]
    [InlineData("gexf")]
    [InlineData("graphml")]
    public void NetworkX_reads_back_every_node_attribute(string format)
    {
        string fixture = Path.Combine(FixtureFolder, "loniow.readback.nodes.csv");
        var rows = CsvTableReader.Read(fixture, fixture, []).Rows.Select(r => r.Fields).Where(r => r[0] == format).ToList();
        Assert.Equal(Network.Institutions.Count * (3 + Measures.Measures.Count + 1) - Measures.Measures.Sum(m => Measures.Column(m).Count(double.IsNaN)), rows.Count);
        foreach (var row in rows)
        {
            var institution = Loniow.GetInstitution(row[1]);
            string expected = row[2] switch
            {
                "label" or "name" => institution.Name,
                "sector" => institution.Sector.Code,
                "level" => DatasetText.Word(institution.Level!.Value),
                "unit" => institution.Unit!,
                _ => string.Empty,
            };
            if (expected.Length > 0)
            {
                Assert.Equal(expected, row[3]);
            }
            else
            {
                Assert.Equal(Measures[row[1], CentralityMeasureNames.Parse(row[2])], double.Parse(row[3], CultureInfo.InvariantCulture), 15);
            }
        }
    }

    [Fact]
    public void Gexf_ties_start_at_their_first_event_and_markup_in_names_stays_text()
    {
        var c = SectorCatalog.Default;
        var dataset = CooperationDataset.Create(
            [new("a", "<img src=x onerror=alert(1)>", c["OPS"]), new("b", "B & \"C\"", c["NGO"])],
            actions: [new("late", "t", JointActionKind.Meeting, new DateOnly(2020, 5, 1), [new("a"), new("b")]), new("early", "t", JointActionKind.Meeting, new DateOnly(2019, 1, 2), [new("a"), new("b")])]);
        var network = CooperationNetwork.Build(dataset);
        var gexf = XDocument.Parse(NetworkWriter.ToGexf(network, dataset: dataset));
        XNamespace ns = "http://gexf.net/1.3";
        Assert.Equal("<img src=x onerror=alert(1)>", gexf.Descendants(ns + "node").First().Attribute("label")!.Value);
        var edge = Assert.Single(gexf.Descendants(ns + "edge"));
        Assert.Equal(("2019-01-02", "2"), (edge.Attribute("start")!.Value, edge.Attribute("weight")!.Value));
        var graphml = XDocument.Parse(NetworkWriter.ToGraphML(network));
        Assert.Contains(graphml.Descendants(), e => e.Value == "B & \"C\"");
    }

    [Fact]
    public void Dataset_json_round_trips_and_bad_json_is_a_dataset_problem()
    {
        Assert.Equal(Loniow.WithoutBeneficiaries(), DatasetJson.FromJson(DatasetJson.ToJson(Loniow)));
        Assert.NotEmpty(Loniow.Beneficiaries);
        var exception = Assert.Throws<DatasetException>(() => DatasetJson.FromJson("{\"sectors\": [", "x.json"));
        Assert.Equal("x.json", exception.Problems[0].File);
        Assert.Throws<DatasetException>(() => DatasetJson.FromJson("""{"sectors": [], "institutions": [{"id": "a", "name": "A", "sector": "OPS", "attributes": {}}], "declarations": [], "actions": [], "ties": [{"source": "a", "target": "zz", "weight": 1, "layer": "direct"}]}"""));
    }

    [Theory]
    [InlineData("\"level\": \"kingdom\", ", true)]
    [InlineData("\"level\": \"powiat\", ", false)]
    [InlineData("\"level\": null, ", false)]
    [InlineData("", false)]
    public void An_invalid_level_in_dataset_json_is_refused_with_the_institution_named(string level, bool refused)
    {
        string json = "{\"sectors\": [], \"institutions\": [{\"id\": \"a\", \"name\": \"A\", \"sector\": \"OPS\", " + level + "\"attributes\": {}}], \"declarations\": [], \"actions\": [], \"ties\": []}";
        if (!refused)
        {
            Assert.Equal(level.Contains("powiat", StringComparison.Ordinal) ? TerritorialLevel.Powiat : null, DatasetJson.FromJson(json).Institutions[0].Level);
            return;
        }

        var problem = Assert.Single(Assert.Throws<DatasetException>(() => DatasetJson.FromJson(json, "x.json")).Problems);
        Assert.Equal("x.json", problem.File);
        Assert.Contains("institution 'a'", problem.Message, StringComparison.Ordinal);
        Assert.Contains("kingdom", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Export_command_writes_each_format_byte_for_byte_as_the_fixtures_networkx_reads()
    {
        using var target = TempDataset.Empty();
        string sample = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");
        foreach (var format in new[] { "gexf", "graphml", "pajek", "json" })
        {
            var (code, _, stderr) = CliRunner.Run("export", sample, "--format", format, "--out", target[$"x.{format}"]);
            Assert.True(code == 0, stderr);
        }

        Assert.Equal(Loniow.WithoutBeneficiaries(), DatasetJson.FromJson(File.ReadAllText(target["x.json"])));
        foreach (var format in new[] { "gexf", "graphml", "pajek" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(FixtureFolder, "loniow." + format)), File.ReadAllBytes(target[$"x.{format}"]));
        }

        var (badCode, _, badError) = CliRunner.Run("export", sample, "--format", "dot", "--out", target["x.dot"]);
        Assert.NotEqual(0, badCode);
        Assert.Contains("dot", badError, StringComparison.Ordinal);
        var (layerCode, _, _) = CliRunner.Run("export", sample, "--format", "pajek", "--layers", "declared", "--out", target["d.net"]);
        Assert.Equal(0, layerCode);
        // The declared layer is the co-signatory pairs, each weighted by the declarations both signed, counted here
        // from signatures.csv: 69 pairs, 53 of them once and 16 twice.
        var signed = File.ReadLines(Path.Combine(sample, "signatures.csv")).Skip(1).Select(l => l.Split(','))
            .GroupBy(c => c[0], c => c[1]);
        var expected = signed.SelectMany(g => g.SelectMany(a => g.Where(b => string.CompareOrdinal(a, b) < 0), (a, b) => $"{a} {b}"))
            .GroupBy(p => p).Select(p => $"{p.Key} {p.Count()}").Order(StringComparer.Ordinal).ToList();
        var pajek = File.ReadAllLines(target["d.net"]);
        int edgesAt = Array.IndexOf(pajek, "*Edges");
        var ids = pajek[1..edgesAt].Select(l => l.Split(' ', 2)).ToDictionary(c => c[0], c => c[1].Trim('"'));
        var written = pajek[(edgesAt + 1)..].Where(l => l.Length > 0).Select(l => l.Split(' '))
            .Select(c => string.CompareOrdinal(ids[c[0]], ids[c[1]]) < 0 ? $"{ids[c[0]]} {ids[c[1]]} {c[2]}" : $"{ids[c[1]]} {ids[c[0]]} {c[2]}")
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(69, expected.Count);
        Assert.Equal(expected, written);
    }
}
