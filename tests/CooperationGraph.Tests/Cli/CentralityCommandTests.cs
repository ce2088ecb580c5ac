using System.Globalization;
using CooperationGraph.Tests.IO;
using CooperationGraph.Tests.Metrics.Centrality;

namespace CooperationGraph.Tests.Cli;

public class CentralityCommandTests
{
    private static readonly string Florentine = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Centrality", "florentine.edges.csv");

    /// <summary>Every one of the eleven columns the command writes, for every node, against NetworkX's values (the
    /// fixture and its generator in <c>Fixtures/Centrality</c>); weighted on a graph whose weights differ (Zachary's
    /// club with its interaction counts), so that ignoring <c>--weighted</c> cannot pass.</summary>
    [Theory]
    [InlineData("florentine", false)]
    [InlineData("karate", false)]
    [InlineData("karate", true)]
    public void Writes_every_column_in_order_equal_to_networkx(string graph, bool weighted)
    {
        string edges = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Centrality", graph + ".edges.csv");
        var (code, stdout, stderr) = weighted ? CliRunner.Run("centrality", edges, "--weighted") : CliRunner.Run("centrality", edges);
        Assert.True(code == 0, stderr);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,degree,strength,betweenness,closeness,harmonic,eigenvector,pagerank,clustering,constraint,effective_size,core", lines[0]);
        var expected = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Centrality", $"{graph}.{(weighted ? "weighted" : "unweighted")}.csv")).Skip(2)
            .Select(l => l.Split(',')).ToDictionary(c => c[0]);
        Assert.Equal(expected.Count + 1, lines.Length);
        var clustering = WeightedClusteringTests.Fixture();
        foreach (var cells in lines.Skip(1).Select(l => l.Split(',')))
        {
            for (int column = 1; column <= 11; column++)
            {
                // Weighted clustering is in its own fixture (the weighted file's clustering column is the unweighted one).
                double value = double.Parse(cells[column], CultureInfo.InvariantCulture);
                double reference = weighted && column == 8 ? clustering[(graph, cells[0])] : double.Parse(expected[cells[0]][column], CultureInfo.InvariantCulture);
                Assert.True(Math.Abs(value - reference) <= 1e-9 * Math.Max(1, Math.Abs(reference)), $"{graph} {cells[0]} {lines[0].Split(',')[column]}: {value} ≠ NetworkX {reference}");
            }
        }
    }

    [Fact]
    public void Metrics_option_selects_and_orders_columns_and_out_writes_a_file()
    {
        using var target = TempDataset.Empty();
        var (code, _, stderr) = CliRunner.Run("centrality", Florentine, "--metrics", "core,betweenness", "--weighted", "--out", target["c.csv"]);
        Assert.True(code == 0, stderr);
        var lines = File.ReadAllLines(target["c.csv"]);
        Assert.Equal("id,core,betweenness", lines[0]);
        Assert.StartsWith("Medici,2,0.521978021978022", lines.Single(l => l.StartsWith("Medici,", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_values_are_empty_cells()
    {
        using var target = TempDataset.Empty();
        File.WriteAllText(target["t.csv"], "source,target\na,b\n");
        var (code, stdout, _) = CliRunner.Run("centrality", target["t.csv"], "--metrics", "katz,constraint", "--out", target["o.csv"]);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stdout);
        var output = File.ReadAllLines(target["o.csv"]);
        Assert.Equal("id,katz,constraint", output[0]);
        Assert.Equal(Math.Sqrt(0.5), double.Parse(output[1].Split(',')[1], CultureInfo.InvariantCulture), 15);
        Assert.EndsWith(",1", output[1], StringComparison.Ordinal);
        // Weighted, λ_max = 100 and α = 0.1: the Katz series diverges; refused in one line naming α and 1/λ_max.
        File.WriteAllText(target["k.csv"], "source,target,weight\na,b,100\n");
        var (failed, _, katz) = CliRunner.Run("centrality", target["k.csv"], "--metrics", "katz", "--weighted");
        Assert.NotEqual(0, failed);
        Assert.Equal("error: Katz centrality diverges: alpha = 0.1 is not below 1/λ_max = 0.01 (λ_max = 100, the largest eigenvalue of the weighted adjacency matrix); choose a smaller alpha.", katz.Trim());
    }

    [Theory]
    [InlineData("source,target,weight\na,b,x\n", 2, "weight 'x' is not a number")]
    [InlineData("source,target,weight\na,b,1\nb,c,-2\n", 3, "positive number")]
    [InlineData("from,to\na,b\n", 1, "required column 'source' is missing")]
    [InlineData("source,target\na,a\n", 2, "to itself")]
    public void Bad_edge_lists_are_refused_with_file_and_line(string text, int line, string message)
    {
        using var target = TempDataset.Empty();
        File.WriteAllText(target["t.csv"], text);
        var (code, _, stderr) = CliRunner.Run("centrality", target["t.csv"]);
        Assert.Equal(1, code);
        Assert.StartsWith($"{target["t.csv"]}:{line}: ", stderr, StringComparison.Ordinal);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_and_unknown_metric()
    {
        using var target = TempDataset.Empty();
        File.WriteAllText(target["t.csv"], "");
        Assert.Contains("is empty", CliRunner.Run("centrality", target["t.csv"]).Error, StringComparison.Ordinal);
        var (code, _, stderr) = CliRunner.Run("centrality", Florentine, "--metrics", "pagernak");
        Assert.Equal(2, code);
        Assert.Equal("error: unknown measure 'pagernak'; known measures: degree, strength, betweenness, closeness, harmonic, eigenvector, pagerank, clustering, constraint, effective_size, core, katz", stderr.TrimEnd());
        Assert.Equal(2, CliRunner.Run("centrality", Florentine, "--metrics", "degree,degree").Code);
    }

    /// <summary>The example of the issue: a triangle with a pendant tie of strength 2. Weighted, the corner holding the
    /// pendant tie has NetworkX's clustering(G, weight="weight") = 1/6; unweighted 1/3.</summary>
    [Fact]
    public void Weighted_clustering_uses_the_weights()
    {
        using var target = TempDataset.Empty();
        File.WriteAllText(target["t.csv"], "source,target,weight\na,b,1\nb,c,1\nc,a,1\nc,d,2\n");
        var (code, stdout, stderr) = CliRunner.Run("centrality", target["t.csv"], "--weighted", "--metrics", "clustering");
        Assert.True(code == 0, stderr);
        Assert.Equal(["id,clustering", "a,0.49999999999999994", "b,0.49999999999999994", "c,0.16666666666666666", "d,0"], stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("c,0.3333333333333333", CliRunner.Run("centrality", target["t.csv"], "--metrics", "clustering").Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "degree", "error: weights were asked for, but none of the measures asked uses them (degree): degree and core number count ties; for the sum of tie weights ask for strength, or leave out the weights")]
    [InlineData("en", "core", "error: weights were asked for, but none of the measures asked uses them (core): degree and core number count ties; for the sum of tie weights ask for strength, or leave out the weights")]
    [InlineData("pl", "degree,core", "zażądano wag, ale żadna z zamówionych miar ich nie używa (degree, core)")]
    public void Weights_for_degree_or_core_alone_are_refused_in_one_line(string language, string metrics, string message)
    {
        var (code, stdout, stderr) = CliRunner.Run("centrality", Florentine, "--weighted", "--metrics", metrics, "--lang", language);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, stdout);
        Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
    }
}
