using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace CooperationGraph.Tests.Metrics.Communities;

/// <summary>
/// Our Leiden modularity against the best of leidenalg and NetworkX Louvain over seeds 0–9, and our Q against NetworkX
/// <c>modularity</c> of our own partitions; references in Fixtures/Communities (make_community_fixtures.py there).
/// </summary>
public class CommunityQualityTests(ITestOutputHelper output)
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Communities");

    /// <summary>Set to 1 to rewrite ours.csv in the source tree from this build (then rerun the Python script).</summary>
    private const string RefreshVariable = "COOPERATION_GRAPH_REFRESH_COMMUNITIES";

    public static TheoryData<string, bool> Cases()
    {
        var data = new TheoryData<string, bool>();
        foreach (var row in References())
        {
            data.Add(row.Graph, row.Weighted);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_modularity_is_at_least_99_percent_of_the_best_of_leidenalg_and_louvain(string graph, bool weighted)
    {
        var reference = References().Single(r => r.Graph == graph && r.Weighted == weighted);
        var partition = CommunityDetection.Leiden(Load(graph), new CommunityOptions { Weighted = weighted });
        output.WriteLine($"{graph} weighted={weighted}: ours {partition.Modularity:F6}, best {reference.Best:F6}, ratio {partition.Modularity / reference.Best:F4}, {partition.Count} communities");
        Assert.True(partition.Modularity >= 0.99 * reference.Best, $"{graph}: Q {partition.Modularity:R} below 0.99 × {reference.Best:R}");
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Our_modularity_equals_networkx_modularity_of_our_partition(string graph, bool weighted)
    {
        string flag = weighted ? "true" : "false";
        var partition = CommunityDetection.Leiden(Load(graph), new CommunityOptions { Weighted = weighted });
        var kept = File.ReadLines(Path.Combine(Folder, "ours.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[0] == graph && c[1] == flag).ToDictionary(c => c[2], c => int.Parse(c[3], CultureInfo.InvariantCulture));
        Assert.All(partition.Institutions, id => Assert.Equal(kept[id], partition.CommunityOf(id)));
        double networkx = File.ReadLines(Path.Combine(Folder, "ours_modularity.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[0] == graph && c[1] == flag).Select(c => Parse(c[2])).Single();
        Assert.Equal(networkx, partition.Modularity, 1e-12);
    }

    [Fact]
    public void Communities_are_numbered_from_one_by_size_largest_first()
    {
        foreach (var row in References())
        {
            var partition = CommunityDetection.Leiden(Load(row.Graph), new CommunityOptions { Weighted = row.Weighted });
            Assert.Equal(Enumerable.Range(1, partition.Count), partition.Groups.Select(g => g.Community));
            Assert.True(partition.Groups.Zip(partition.Groups.Skip(1)).All(p => p.First.Size >= p.Second.Size));
            Assert.All(partition.Institutions, id => Assert.Contains(id, partition.Groups[partition.CommunityOf(id) - 1].Members));
        }
    }

    /// <summary>Not a check: with <see cref="RefreshVariable"/>=1 it writes our partitions for the Python script to score.</summary>
    [Fact]
    public void Our_partitions_can_be_written_for_the_reference_script()
    {
        var text = new StringBuilder("graph,weighted,node,community\n");
        foreach (var row in References())
        {
            var partition = CommunityDetection.Leiden(Load(row.Graph), new CommunityOptions { Weighted = row.Weighted });
            foreach (var id in partition.Institutions)
            {
                text.Append(CultureInfo.InvariantCulture, $"{row.Graph},{(row.Weighted ? "true" : "false")},{id},{partition.CommunityOf(id)}\n");
            }
        }

        Assert.Equal(File.ReadAllText(Path.Combine(Folder, "ours.csv")).ReplaceLineEndings("\n"), RefreshIfAsked(text.ToString()));
    }

    private static string RefreshIfAsked(string text)
    {
        if (Environment.GetEnvironmentVariable(RefreshVariable) == "1")
        {
            string source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Fixtures", "Communities", "ours.csv"));
            File.WriteAllText(source, text);
            File.WriteAllText(Path.Combine(Folder, "ours.csv"), text);
        }

        return text;
    }

    internal static CooperationNetwork Load(string graph)
    {
        var nodes = File.ReadLines(Path.Combine(Folder, graph + ".nodes.csv")).Skip(1).ToList();
        var edges = File.ReadLines(Path.Combine(Folder, graph + ".edges.csv")).Skip(1).Select(l => l.Split(','))
            .Select(p => (p[0], p[1], Parse(p[2])));
        // A throwaway self-pair per node gives the network every node, isolated ones too, in the fixture's order.
        return CooperationNetwork.FromEdgeList(nodes.Select(n => (n, n, 1.0)).Concat(edges));
    }

    private static IEnumerable<(string Graph, bool Weighted, double Best)> References() =>
        File.ReadLines(Path.Combine(Folder, "modularity.csv")).Skip(1).Select(l => l.Split(','))
            .Select(c => (c[0], c[1] == "true", Parse(c[4])));

    private static double Parse(string text) => double.Parse(text, CultureInfo.InvariantCulture);
}
