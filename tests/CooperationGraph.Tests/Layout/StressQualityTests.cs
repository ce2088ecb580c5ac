using System.Globalization;
using CooperationGraph.Layout;
using Xunit.Abstractions;

namespace CooperationGraph.Tests.Layout;

/// <summary>
/// Our stress layout against Graphviz <c>neato -Gmode=major</c> and NetworkX <c>kamada_kawai_layout</c>: normalised stress
/// per connected component, kept in Fixtures/Layout/Stress (make_stress_fixtures.py there, with the tools' versions).
/// </summary>
public class StressQualityTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Layout", "Stress");

    /// <summary>How much worse than the better reference our stress may be.</summary>
    private const double Bound = 1.05;

    public static TheoryData<string, int> Components()
    {
        var data = new TheoryData<string, int>();
        foreach (var row in Rows())
        {
            data.Add(row.Graph, row.Component);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Our_stress_is_within_five_percent_of_the_better_of_neato_and_kamada_kawai(string graph, int component)
    {
        var row = Rows().Single(r => r.Graph == graph && r.Component == component);
        var network = Load(graph);
        var positions = NetworkLayout.Compute(network);
        var members = ComponentPacking.Components(network.Graph)[component];
        Assert.Equal(row.Nodes, members.Length);
        double ours = Normalised(network, members, id => positions[id]);
        double best = Math.Min(row.Neato, row.KamadaKawai);
        output.WriteLine($"{graph} #{component} ({row.Nodes} nodes): ours {ours:F5}, neato {row.Neato:F5}, kk {row.KamadaKawai:F5}, ours/best {ours / best:F4}");
        Assert.True(ours <= Bound * best, $"{graph} #{component}: stress {ours:R} above {Bound} × {best:R}");
    }

    [Theory]
    [MemberData(nameof(Components))]
    public void Our_stress_measure_gives_the_scripts_value_on_the_reference_layouts(string graph, int component)
    {
        var row = Rows().Single(r => r.Graph == graph && r.Component == component);
        var network = Load(graph);
        var members = ComponentPacking.Components(network.Graph)[component];
        var positions = File.ReadLines(Path.Combine(Folder, graph + ".positions.csv")).Skip(1).Select(l => l.Split(','))
            .ToLookup(c => c[0], c => (Id: c[1], X: Parse(c[2]), Y: Parse(c[3])));
        foreach (var (tool, expected) in new[] { ("neato", row.Neato), ("kk", row.KamadaKawai) })
        {
            var at = positions[tool].ToDictionary(p => p.Id, p => (p.X, p.Y));
            Assert.Equal(expected, Normalised(network, members, id => at[id]), 1e-12);
        }
    }

    /// <summary>Normalised stress of one component (<see cref="StressKernel.NormalisedStress"/> on hop counts).</summary>
    internal static double Normalised(CooperationNetwork network, int[] members, Func<string, (double X, double Y)> position)
    {
        var all = GraphDistances.InverseMatrix(network.Graph, weighted: false, unreachable: double.PositiveInfinity, CancellationToken.None);
        int n = network.Graph.NodeCount, size = members.Length;
        var inverse = new double[size * size];
        var x = new double[size];
        var y = new double[size];
        for (int a = 0; a < size; a++)
        {
            (x[a], y[a]) = position(network.Institutions[members[a]].Id);
            for (int b = 0; b < size; b++)
            {
                inverse[(a * size) + b] = all[(members[a] * n) + members[b]];
            }
        }

        return StressKernel.NormalisedStress(inverse, x, y);
    }

    internal static CooperationNetwork Load(string graph)
    {
        var nodes = File.ReadLines(Path.Combine(Folder, graph + ".nodes.csv")).Skip(1).ToList();
        var edges = File.ReadLines(Path.Combine(Folder, graph + ".edges.csv")).Skip(1).Select(l => l.Split(','))
            .Select(p => (p[0], p[1], Parse(p[2])));
        // A throwaway self-pair per node gives the network every node, isolated ones too, in the fixture's order.
        return CooperationNetwork.FromEdgeList(nodes.Select(n => (n, n, 1.0)).Concat(edges));
    }

    private static IEnumerable<(string Graph, int Component, int Nodes, double Neato, double KamadaKawai)> Rows() =>
        File.ReadLines(Path.Combine(Folder, "stress.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => (c[0], int.Parse(c[1], CultureInfo.InvariantCulture), int.Parse(c[2], CultureInfo.InvariantCulture), Parse(c[4]), Parse(c[5])));

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
