using System.Globalization;
using Xunit.Abstractions;

namespace CooperationGraph.Tests.Layout;

/// <summary>
/// The kernel, fed NetworkX's initial positions, against <c>nx.spring_layout(method="force")</c> of NetworkX 3.6.1, kept
/// in Fixtures/Layout (see generate.py there; graphs from Fixtures/Centrality).
/// </summary>
public class LayoutNetworkXTests(ITestOutputHelper output)
{
    private static readonly string Fixtures = Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string, string, bool, int> Cases()
    {
        var data = new TheoryData<string, string, bool, int>();
        foreach (var cells in File.ReadLines(Path.Combine(Fixtures, "Layout", "cases.csv")).Skip(1).Select(l => l.Split(',')))
        {
            data.Add(cells[0], cells[1], bool.Parse(cells[2]), int.Parse(cells[3], CultureInfo.InvariantCulture));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Equals_networkx_spring_layout_from_the_same_start(string name, string graph, bool weighted, int iterations)
    {
        var network = Load(graph);
        var rows = File.ReadLines(Path.Combine(Fixtures, "Layout", name + ".csv")).Where(l => !l.StartsWith('#')).Skip(1)
            .Select(l => l.Split(',')).ToList();
        Assert.Equal(rows.Select(r => r[0]), network.Institutions.Select(i => i.Id));
        double[] Column(int c) => [.. rows.Select(r => double.Parse(r[c], CultureInfo.InvariantCulture))];

        var (x, y) = NetworkLayout.ForceDirected(network.Graph, Column(1), Column(2), null,
            new LayoutOptions { Iterations = iterations, Weighted = weighted });

        double[] expectedX = Column(3), expectedY = Column(4);
        double worst = 0;
        for (int i = 0; i < rows.Count; i++)
        {
            worst = Math.Max(worst, Math.Max(Math.Abs(x[i] - expectedX[i]), Math.Abs(y[i] - expectedY[i])));
        }

        // Measured: 0 in every case, bit for bit (the kernel sums in NumPy's order). 1e-9 leaves room for another
        // NumPy build whose einsum or sqrt rounds differently, not for a different algorithm: the NetworkX 2.8.8 rule for
        // short steps already moves these layouts by up to 0.03.
        output.WriteLine($"{name}: largest deviation from NetworkX {worst:R}");
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.True(Math.Abs(x[i] - expectedX[i]) <= 1e-9 && Math.Abs(y[i] - expectedY[i]) <= 1e-9,
                $"{name} {rows[i][0]}: NetworkX ({expectedX[i]:R}, {expectedY[i]:R}), ours ({x[i]:R}, {y[i]:R})");
        }
    }

    /// <summary>The graph of a fixture, its nodes in the fixture's order (isolated ones included).</summary>
    internal static CooperationNetwork Load(string graph)
    {
        string folder = Path.Combine(Fixtures, graph == "pair" ? "Layout" : "Centrality");
        var nodes = File.ReadLines(Path.Combine(folder, graph + ".nodes.csv")).Skip(1).ToList();
        var edges = File.ReadLines(Path.Combine(folder, graph + ".edges.csv")).Skip(1).Select(l => l.Split(','))
            .Select(p => (p[0], p[1], double.Parse(p[2], CultureInfo.InvariantCulture)));
        // A throwaway self-pair per node gives the network every node, isolated ones too, in the fixture's order.
        var network = CooperationNetwork.FromEdgeList(nodes.Select(n => (n, n, 1.0)).Concat(edges));
        Assert.Equal(nodes, network.Institutions.Select(i => i.Id));
        return network;
    }
}
