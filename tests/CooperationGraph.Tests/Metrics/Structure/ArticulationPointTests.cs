using System.Globalization;
using CooperationGraph.Graph;

namespace CooperationGraph.Tests.Metrics.Structure;

/// <summary>Components, articulation points, bridges and pairs left connected, from the one depth-first search of <see cref="Blocks"/>.</summary>
public class ArticulationPointTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Structure");

    [Theory]
    [InlineData("karate")]
    [InlineData("florentine")]
    [InlineData("lesmis")]
    [InlineData("barbell_with_isolates")]
    [InlineData("random_sparse")]
    [InlineData("tree")]
    public void Articulation_points_bridges_and_fragmentation_equal_networkx(string name)
    {
        var header = File.ReadLines(Path.Combine(FixtureFolder, name + ".expected.csv")).First();
        int n = int.Parse(header.Split("nodes=")[1].Split(';')[0], CultureInfo.InvariantCulture);
        var edges = ReadPairs(name + ".edges.csv");
        var kernel = Find(n, edges);
        var reachable = kernel.ReachablePairsWithout();

        Assert.Equal(ReadPairs(name + ".bridges.csv").Order(), kernel.Bridges().Order());
        foreach (var line in File.ReadLines(Path.Combine(FixtureFolder, name + ".expected.csv")).Skip(2))
        {
            var cells = line.Split(',');
            int v = int.Parse(cells[0], CultureInfo.InvariantCulture);
            Assert.Equal(cells[1] == "1", kernel.IsArticulation(v));
            double expected = double.Parse(cells[2], CultureInfo.InvariantCulture);
            double actual = 1 - (reachable[v] / ((n - 1.0) * (n - 2.0)));
            Assert.True(Math.Abs(expected - actual) <= 1e-12, $"{name} node {v}: networkx {expected}, ours {actual}");
        }
    }

    [Fact]
    public void By_hand_a_path_of_four_has_two_articulation_points_and_three_bridges()
    {
        // 0-1-2-3: removing 1 leaves {0} and {2,3}: reachable ordered pairs 0 + 2 = 2 of 3·2 = 6, F = 2/3.
        var kernel = Find(4, [(0, 1), (1, 2), (2, 3)]);
        Assert.Equal([false, true, true, false], Enumerable.Range(0, 4).Select(kernel.IsArticulation));
        Assert.Equal([(0, 1), (1, 2), (2, 3)], kernel.Bridges().Order());
        Assert.Equal([4], kernel.ComponentSizes);
        Assert.Equal(2, kernel.ReachablePairsWithout()[1]);
        Assert.Equal(6, kernel.ReachablePairsWithout()[0]);
    }

    [Fact]
    public void By_hand_a_star_hangs_on_its_centre_and_a_cycle_on_nothing()
    {
        var star = Find(5, [(0, 1), (0, 2), (0, 3), (0, 4)]);
        Assert.Equal([true, false, false, false, false], Enumerable.Range(0, 5).Select(star.IsArticulation));
        Assert.Equal(0, star.ReachablePairsWithout()[0]);

        var cycle = Find(4, [(0, 1), (1, 2), (2, 3), (0, 3)]);
        Assert.DoesNotContain(true, Enumerable.Range(0, 4).Select(cycle.IsArticulation));
        Assert.Empty(cycle.Bridges());
    }

    [Fact]
    public void Isolated_institutions_are_components_of_their_own_in_order_of_first_node()
    {
        // 0 isolated, triangle 1-2-3, 4 isolated, tie 5-6: removing 1 leaves the 2-3 and 5-6 pairs (both orders) = 4.
        var kernel = Find(7, [(1, 2), (2, 3), (1, 3), (5, 6)]);
        Assert.Equal([0, 1, 1, 1, 2, 3, 3], kernel.Component);
        Assert.Equal([1, 3, 1, 2], kernel.ComponentSizes);
        Assert.Equal([(5, 6)], kernel.Bridges());
        Assert.Equal(4, kernel.ReachablePairsWithout()[1]);
        Assert.Equal(8, kernel.ReachablePairsWithout()[0]);
    }

    private static Blocks Find(int n, IReadOnlyList<(int, int)> edges) =>
        Blocks.Find(WeightedGraph.FromEdges(n, [.. edges.Select(e => (e.Item1, e.Item2, 1.0))]), CancellationToken.None);

    private static List<(int, int)> ReadPairs(string file) =>
        [.. File.ReadLines(Path.Combine(FixtureFolder, file)).Skip(1).Select(l => l.Split(','))
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))];
}
