using System.Globalization;
using CooperationGraph.Metrics.Structure;

namespace CooperationGraph.Tests.Metrics.Structure;

public class CutPointKernelTests
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
        var (offsets, targets) = Csr(n, edges);
        var kernel = CutPointKernel.Run(n, offsets, targets, CancellationToken.None);

        Assert.Equal(ReadPairs(name + ".bridges.csv").Order(), kernel.Bridges.Order());
        foreach (var line in File.ReadLines(Path.Combine(FixtureFolder, name + ".expected.csv")).Skip(2))
        {
            var cells = line.Split(',');
            int v = int.Parse(cells[0], CultureInfo.InvariantCulture);
            Assert.Equal(cells[1] == "1", kernel.IsArticulation[v]);
            double expected = double.Parse(cells[2], CultureInfo.InvariantCulture);
            double actual = 1 - (kernel.SumSquaresAfterRemoval[v] / ((n - 1.0) * (n - 2.0)));
            Assert.True(Math.Abs(expected - actual) <= 1e-12, $"{name} node {v}: networkx {expected}, ours {actual}");
        }
    }

    [Fact]
    public void By_hand_a_path_of_four_has_two_cut_points_and_three_bridges()
    {
        // 0-1-2-3: removing 1 leaves {0} and {2,3}: reachable ordered pairs 0 + 2 = 2 of 3·2 = 6, F = 2/3.
        var (offsets, targets) = Csr(4, [(0, 1), (1, 2), (2, 3)]);
        var kernel = CutPointKernel.Run(4, offsets, targets, CancellationToken.None);
        Assert.Equal([false, true, true, false], kernel.IsArticulation);
        Assert.Equal([(0, 1), (1, 2), (2, 3)], kernel.Bridges.Order());
        Assert.Equal([4], kernel.ComponentSizes);
        Assert.Equal(2, kernel.SumSquaresAfterRemoval[1]);
        Assert.Equal(6, kernel.SumSquaresAfterRemoval[0]);
    }

    [Fact]
    public void By_hand_a_star_hangs_on_its_centre_and_a_cycle_on_nothing()
    {
        var (starOffsets, starTargets) = Csr(5, [(0, 1), (0, 2), (0, 3), (0, 4)]);
        var star = CutPointKernel.Run(5, starOffsets, starTargets, CancellationToken.None);
        Assert.Equal([true, false, false, false, false], star.IsArticulation);
        Assert.Equal(0, star.SumSquaresAfterRemoval[0]);

        var (cycleOffsets, cycleTargets) = Csr(4, [(0, 1), (1, 2), (2, 3), (0, 3)]);
        var cycle = CutPointKernel.Run(4, cycleOffsets, cycleTargets, CancellationToken.None);
        Assert.DoesNotContain(true, cycle.IsArticulation);
        Assert.Empty(cycle.Bridges);
    }

    internal static (int[] Offsets, int[] Targets) Csr(int n, IReadOnlyList<(int, int)> edges)
    {
        var lists = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        foreach (var (u, v) in edges)
        {
            lists[u].Add(v);
            lists[v].Add(u);
        }

        var offsets = new int[n + 1];
        for (int i = 0; i < n; i++)
        {
            offsets[i + 1] = offsets[i] + lists[i].Count;
        }

        return (offsets, [.. lists.SelectMany(l => l.Order())]);
    }

    private static List<(int, int)> ReadPairs(string file) =>
        [.. File.ReadLines(Path.Combine(FixtureFolder, file)).Skip(1).Select(l => l.Split(','))
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture)))];
}
