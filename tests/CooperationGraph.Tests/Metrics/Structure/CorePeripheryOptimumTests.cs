using System.Globalization;
using System.Numerics;
using System.Text;
using CooperationGraph.Metrics.Structure;
using Xunit.Abstractions;

namespace CooperationGraph.Tests.Metrics.Structure;

/// <summary>
/// Our core–periphery search against the optimum of an exhaustive search over all 2^n cores (numpy, Fixtures/CorePeriphery,
/// make_core_periphery_fixtures.py there) on 46 graphs of 6 to 22 institutions, our correlation against
/// <c>numpy.corrcoef</c> of our own cores, and against a brute force here on 1 000 further random graphs.
/// </summary>
public class CorePeripheryOptimumTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "CorePeriphery");

    /// <summary>Set to 1 to rewrite ours.csv in the source tree from this build (then rerun the Python script).</summary>
    private const string RefreshVariable = "COOPERATION_GRAPH_REFRESH_CORE_PERIPHERY";

    public static TheoryData<string> Graphs()
    {
        var data = new TheoryData<string>();
        foreach (var row in Optima())
        {
            data.Add(row.Graph);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Our_search_reaches_the_exhaustive_optimum(string graph)
    {
        var optimum = Optima().Single(r => r.Graph == graph);
        var partition = CorePeripheryDetection.BorgattiEverett(Load(graph));
        output.WriteLine($"{graph}: ours {partition.Correlation:R} [{string.Join(' ', partition.Core)}], optimum {optimum.Correlation:R} ({optimum.Optima} optimal cores)");
        Assert.Equal(optimum.Correlation, partition.Correlation, 1e-12);
        if (optimum.Optima == 1)
        {
            Assert.Equal(optimum.Core, string.Join(' ', partition.Core));
        }
    }

    [Theory]
    [MemberData(nameof(Graphs))]
    public void Our_correlation_equals_numpy_corrcoef_of_our_core(string graph)
    {
        var partition = CorePeripheryDetection.BorgattiEverett(Load(graph));
        var kept = Rows("ours.csv").Single(c => c[0] == graph);
        Assert.Equal(kept[1], string.Join(' ', partition.Core));
        double numpy = Rows("ours_correlation.csv").Where(c => c[0] == graph).Select(c => Parse(c[1])).Single();
        Assert.Equal(numpy, partition.Correlation, 1e-12);
    }

    [Fact]
    public void The_same_seed_gives_the_same_core_and_others_the_same_optimum()
    {
        var network = Load("planted16_1");
        var first = CorePeripheryDetection.BorgattiEverett(network, new CorePeripheryOptions { Seed = 7, Restarts = 3 });
        var second = CorePeripheryDetection.BorgattiEverett(network, new CorePeripheryOptions { Seed = 7, Restarts = 3 });
        Assert.Equal(first.Core, second.Core);
        Assert.Equal(first.Correlation, second.Correlation);
        Assert.Equal(7, first.Options.Seed);
        foreach (int seed in new[] { 1, 2, 3 })
        {
            Assert.Equal(first.Correlation, CorePeripheryDetection.BorgattiEverett(network, new CorePeripheryOptions { Seed = seed }).Correlation, 1e-12);
        }
    }

    // Every core of 1 000 random graphs of 4 to 13 institutions (densities 0.1 to 0.7), scored by the kernel's own
    // closed-form correlation (checked against numpy.corrcoef above): the search must reach the best.
    [Fact]
    public void Our_search_reaches_the_brute_force_optimum_on_1000_random_graphs()
    {
        var random = new Random(25);
        for (int trial = 0; trial < 1000; trial++)
        {
            int n = random.Next(4, 14);
            double density = 0.1 + (0.6 * random.NextDouble());
            var edges = new List<(string, string, double)>();
            for (int u = 0; u < n; u++)
            {
                edges.Add(($"v{u}", $"v{u}", 1.0));
                for (int v = u + 1; v < n; v++)
                {
                    if (random.NextDouble() < density)
                    {
                        edges.Add(($"v{u}", $"v{v}", 1.0));
                    }
                }
            }

            var network = CooperationNetwork.FromEdgeList(edges);
            var ties = network.Graph.Edges().ToArray();
            double best = double.NaN;
            for (int mask = 0; mask < 1 << n; mask++)
            {
                long coreTies = 0, peripheryTies = 0;
                foreach (var (u, v) in ties)
                {
                    coreTies += mask >> u & mask >> v & 1;
                    peripheryTies += ~mask >> u & ~mask >> v & 1;
                }

                double value = CorePeripheryKernel.Correlation(n, BitOperations.PopCount((uint)mask), coreTies, peripheryTies);
                if (!double.IsNaN(value) && !(value <= best))
                {
                    best = value;
                }
            }

            double ours = CorePeripheryDetection.BorgattiEverett(network).Correlation;
            Assert.True(double.IsNaN(best) ? double.IsNaN(ours) : Math.Abs(ours - best) < 1e-12, $"trial {trial}, n {n}: ours {ours:R}, best {best:R}");
        }
    }

    /// <summary>Not a check: with <see cref="RefreshVariable"/>=1 it writes our cores for the Python script to score.</summary>
    [Fact]
    public void Our_cores_can_be_written_for_the_reference_script()
    {
        var text = new StringBuilder("graph,core\n");
        foreach (var row in Optima())
        {
            text.Append(CultureInfo.InvariantCulture, $"{row.Graph},{string.Join(' ', CorePeripheryDetection.BorgattiEverett(Load(row.Graph)).Core)}\n");
        }

        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            string source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Fixtures", "CorePeriphery", "ours.csv"));
            File.WriteAllText(source, text.ToString());
            File.WriteAllText(Path.Combine(Folder, "ours.csv"), text.ToString());
        }

        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "ours.csv")).ReplaceLineEndings("\n"), text.ToString());
    }

    /// <summary>A fixture graph, from this folder or from Fixtures/Communities, every node (isolated ones too) in the file's order.</summary>
    internal static CooperationNetwork Load(string graph)
    {
        string folder = File.Exists(Path.Combine(Folder, graph + ".nodes.csv")) ? Folder : Path.Combine(Folder, "..", "Communities");
        var nodes = File.ReadLines(Path.Combine(folder, graph + ".nodes.csv")).Skip(1).ToList();
        var edges = File.ReadLines(Path.Combine(folder, graph + ".edges.csv")).Skip(1).Select(l => l.Split(','))
            .Select(p => (p[0], p[1], 1.0));
        return CooperationNetwork.FromEdgeList(nodes.Select(n => (n, n, 1.0)).Concat(edges));
    }

    private static IEnumerable<(string Graph, double Correlation, int Optima, string Core)> Optima() =>
        Rows("optimum.csv").Select(c => (c[0], c[3].Length == 0 ? double.NaN : Parse(c[3]), int.Parse(c[4], CultureInfo.InvariantCulture), c[5]));

    private static IEnumerable<string[]> Rows(string file) => File.ReadLines(Path.Combine(Folder, file)).Skip(1).Select(l => l.Split(','));

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
