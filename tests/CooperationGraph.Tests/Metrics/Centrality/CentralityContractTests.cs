using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// One per-institution contract: the batch call on a network and the batch call on any QuikGraph graph both return a
/// read-only dictionary from the measure enum to per-vertex values, equal value for value.
/// </summary>
public class CentralityContractTests
{
    private static readonly CooperationNetwork Loniow = CooperationNetwork.Build(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new NetworkOptions { Layers = NetworkLayers.Enacted });

    [Fact]
    public void Both_batch_calls_return_measure_to_vertex_values_with_equal_values()
    {
        CentralityMeasure[] measures = [CentralityMeasure.Degree, CentralityMeasure.Betweenness, CentralityMeasure.Clustering];
        IReadOnlyDictionary<CentralityMeasure, VertexValues<string>> table = CentralityAnalysis.Compute(Loniow, new CentralityOptions { Measures = measures });
        IReadOnlyDictionary<CentralityMeasure, VertexValues<Institution>> graph = CentralityAnalysis.Compute<Institution, NetworkEdge>(Loniow, null, new CentralityOptions { Measures = measures });

        Assert.Equal(measures, table.Keys);
        Assert.Equal(measures, graph.Keys.Order());
        foreach (var measure in measures)
        {
            Assert.Equal(graph[measure].Values, table[measure].Values);
            Assert.Equal(Loniow.Institutions.Select(i => i.Id), table[measure].Keys);
        }

        var ops = Loniow.Institutions.First(i => i.Id == "OPS_LONIOW");
        Assert.Equal(graph[CentralityMeasure.Betweenness][ops], table[CentralityMeasure.Betweenness]["OPS_LONIOW"]);
        Assert.Equal(17, table[CentralityMeasure.Degree]["OPS_LONIOW"]);
        Assert.Throws<KeyNotFoundException>(() => table[CentralityMeasure.Katz]);
    }
}
