using System.Globalization;
using CooperationGraph.Metrics.Centrality;
using CooperationGraph.Networks;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>Every measure against NetworkX values kept in Fixtures/Centrality (see generate.py there).</summary>
public class CentralityNetworkXTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Centrality");

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var name in new[] { "path5", "star6", "k5", "two_components_isolate", "karate", "florentine", "lesmis", "davis_women" })
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
        var table = CentralityMeasures.Compute(Load(name), new CentralityOptions { Weighted = weighted });
        var lines = File.ReadLines(Path.Combine(FixtureFolder, $"{name}.{(weighted ? "weighted" : "unweighted")}.csv")).Where(l => !l.StartsWith('#')).ToList();
        var header = lines[0].Split(',');
        foreach (var line in lines.Skip(1))
        {
            var cells = line.Split(',');
            for (int c = 1; c < header.Length; c++)
            {
                if (cells[c].Length == 0)
                {
                    continue; // eigenvector_centrality_numpy is not defined on a disconnected graph
                }

                double expected = double.Parse(cells[c], CultureInfo.InvariantCulture);
                double actual = table[cells[0], header[c]];
                double tolerance = header[c] switch
                {
                    "pagerank" => 1e-12,
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
}
