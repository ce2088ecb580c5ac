using System.Globalization;
using CooperationGraph.Metrics.Centrality;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// Every measure against NetworkX values kept in Fixtures/Centrality (see generate.py and README.md there); weighted path
/// measures against NetworkX on exact rational distances, and betweenness also against igraph. Weighted clustering
/// against weighted_clustering.csv (the clustering column of NAME.weighted.csv is NetworkX's unweighted one).
/// </summary>
public class CentralityNetworkXTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Centrality");

    private static readonly string[] Names = ["path5", "star6", "k5", "two_components_isolate", "karate", "florentine", "lesmis", "davis_women", "triangle_path", "gminas12"];

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in Names)
        {
            data.Add(name, false);
            data.Add(name, true);
        }

        return data;
    }

    internal static CooperationNetwork Load(string name)
    {
        var edges = File.ReadLines(Path.Combine(FixtureFolder, name + ".edges.csv")).Skip(1).Select(l => l.Split(','))
            .Select(p => (p[0], p[1], double.Parse(p[2], CultureInfo.InvariantCulture))).ToList();
        var nodes = File.ReadLines(Path.Combine(FixtureFolder, name + ".nodes.csv")).Skip(1).ToList();
        // Isolated nodes have no edge: give the network every node, in the fixture's order, by a throwaway self-pair.
        var network = CooperationNetwork.FromEdgeList(nodes.Select(n => (n, n, 1.0)).Concat(edges));
        Assert.Equal(nodes, network.Institutions.Select(i => i.Id));
        return network;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Every_measure_equals_networkx(string name, bool weighted)
    {
        var lines = File.ReadLines(Path.Combine(FixtureFolder, $"{name}.{(weighted ? "weighted" : "unweighted")}.csv")).Where(l => !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        bool diverges = lines.Skip(1).Any(l => l.EndsWith(",diverges", StringComparison.Ordinal));
        var network = Load(name);
        var measures = diverges ? CentralityMeasureNames.Basic : CentralityMeasureNames.All;
        var table = CentralityAnalysis.Compute(network, new CentralityOptions { Weighted = weighted, Measures = measures });
        var weightedClustering = WeightedClusteringTests.Fixture();
        if (diverges)
        {
            var error = Assert.Throws<InvalidOperationException>(() => SpectralKernels.Katz(network.Graph, weighted, 0.1, 1.0, CancellationToken.None));
            Assert.Contains("alpha = 0.1 is not below 1/λ_max", error.Message, StringComparison.Ordinal);
        }

        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            for (int c = 1; c < header.Length; c++)
            {
                if (cells[c].Length == 0 || cells[c] == "diverges")
                {
                    continue; // eigenvector_centrality_numpy is not defined on a disconnected graph; Katz checked above
                }

                double expected = weighted && header[c] == "clustering" ? weightedClustering[(name, cells[0])] : double.Parse(cells[c], CultureInfo.InvariantCulture);
                double actual = table[cells[0], CentralityMeasureNames.Parse(header[c])];
                double tolerance = header[c] switch
                {
                    "pagerank" or "betweenness" or "closeness" or "harmonic" => 1e-12,
                    "eigenvector" or "katz" => 1e-10,
                    _ => 1e-9,
                };
                if (double.IsNaN(expected))
                {
                    Assert.True(double.IsNaN(actual), $"{name} {cells[0]} {header[c]}: NetworkX undefined, ours {actual}");
                }
                else
                {
                    Assert.True(Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected)), $"{name} {(weighted ? "weighted" : "unweighted")} {cells[0]} {header[c]}: NetworkX {expected:R}, ours {actual:R}");
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Betweenness_equals_igraph(string name, bool weighted)
    {
        var table = CentralityAnalysis.Compute(Load(name), new CentralityOptions { Weighted = weighted, Measures = [CentralityMeasure.Betweenness] });
        var lines = File.ReadLines(Path.Combine(FixtureFolder, $"{name}.igraph.csv")).Where(l => !l.StartsWith('#')).Skip(1);
        foreach (var cells in lines.Select(l => l.Split(',')))
        {
            double expected = double.Parse(cells[weighted ? 2 : 1], CultureInfo.InvariantCulture);
            double actual = table[cells[0], CentralityMeasure.Betweenness];
            Assert.True(Math.Abs(expected - actual) <= 1e-9 * Math.Max(1, expected), $"{name} {cells[0]}: igraph {expected:R}, ours {actual:R}");
        }
    }
}
