using CooperationGraph.Tests.Cli;

namespace CooperationGraph.Tests.IO;

public class NetworkReaderTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Exchange");

    [Theory]
    [InlineData("loniow.gexf")]
    [InlineData("loniow.graphml")]
    public void Our_exports_read_back_with_the_same_ties(string file)
    {
        var original = CooperationNetwork.Build(DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")));
        var read = NetworkReader.Load(Path.Combine(FixtureFolder, file));
        Assert.Equal(original.Institutions.Select(i => i.Id), read.Institutions.Select(i => i.Id));
        Assert.Equal(original.Ties.Select(t => (t.SourceId, t.TargetId, t.Weight)), read.Ties.Select(t => (t.SourceId, t.TargetId, t.Weight)));
    }

    [Fact]
    public void External_entities_are_refused_and_never_read()
    {
        using var data = TempDataset.Empty();
        File.WriteAllText(data["secret.txt"], "TOP-SECRET");
        File.WriteAllText(data["x.graphml"], $"""
            <?xml version="1.0"?>
            <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file://{data["secret.txt"]}">]>
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns"><graph edgedefault="undirected"><node id="&xxe;"/></graph></graphml>
            """);
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => NetworkReader.Load(data["x.graphml"])).Problems);
        Assert.Contains("DTDs and entities are not allowed", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("TOP-SECRET", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Entity_expansion_bombs_are_refused()
    {
        using var data = TempDataset.Empty();
        File.WriteAllText(data["bomb.gexf"], """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
            <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes><node id="&lol2;"/></nodes></graph></gexf>
            """);
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => NetworkReader.Load(data["bomb.gexf"])).Problems);
        Assert.Equal($"{data["bomb.gexf"]}: DTDs and entities are not allowed (they could read other files or expand without bound)", problem.ToString());
    }

    [Theory]
    [InlineData("<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes><node id=\"a\"/>\n<node id=\"b\"/></nodes><edges>\n<edge source=\"a\" target=\"b\" weight=\"-1\"/></edges></graph></gexf>", 3, "not a positive number")]
    [InlineData("<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes><node id=\"a\"/>\n<node id=\"b\">\n</nodes></graph></gexf>", 3, "not well-formed")]
    [InlineData("<gexf xmlns=\"http://gexf.net/1.3\"><graph><edges>\n<edge source=\"a\" target=\"a\"/></edges></graph></gexf>", 2, "to itself")]
    [InlineData("<gexf xmlns=\"http://gexf.net/1.3\"><graph><edges>\n\n<edge source=\"a\"/></edges></graph></gexf>", 3, "needs a source and a target")]
    public void Bad_documents_are_located(string xml, int line, string message)
    {
        using var data = TempDataset.Empty();
        File.WriteAllText(data["x.gexf"], xml);
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => NetworkReader.Load(data["x.gexf"])).Problems);
        Assert.Equal((data["x.gexf"], line), (problem.File, problem.Line));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void GraphML_weights_come_from_the_key_named_weight_and_centrality_reads_graph_files()
    {
        using var data = TempDataset.Empty();
        File.WriteAllText(data["w.graphml"], """
            <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
              <key id="d7" for="edge" attr.name="weight" attr.type="double"/>
              <graph edgedefault="undirected"><node id="a"/><node id="b"/><node id="c"/>
                <edge source="a" target="b"><data key="d7">2.5</data></edge><edge source="b" target="c"/>
              </graph>
            </graphml>
            """);
        var network = NetworkReader.Load(data["w.graphml"]);
        Assert.Equal(2.5, network.Weight("a", "b"));
        Assert.Equal(1.0, network.Weight("b", "c"));
        var (code, stdout, stderr) = CliRunner.Run("centrality", data["w.graphml"], "--metrics", "degree");
        Assert.True(code == 0, stderr);
        Assert.Equal("id,degree\na,1\nb,2\nc,1\n", stdout);
    }
}
