using System.Globalization;
using CooperationGraph.Metrics.Qap;

namespace CooperationGraph.Tests.Metrics.Gaps;

public class QapKernelTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Qap");

    public static TheoryData<string> Cases() => ["related", "unrelated", "valued"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Correlation_equals_sna_gcor_and_p_values_agree_with_qaptest(string name)
    {
        var row = File.ReadLines(Path.Combine(FixtureFolder, "cases.csv")).Where(l => l.StartsWith(name + ",", StringComparison.Ordinal)).Single().Split(',');
        int n = int.Parse(row[1], CultureInfo.InvariantCulture);
        var result = QapKernel.Test(n, Cells(name + ".first.csv"), Cells(name + ".second.csv"), 4000, 7, CancellationToken.None);

        Assert.Equal(double.Parse(row[2], CultureInfo.InvariantCulture), result.Correlation, 12);
        // Both sides are Monte Carlo estimates from 4000 permutations: four standard errors of their difference,
        // √(2p(1 − p)/4000), and two permutations' worth for the counting conventions. Where sna's p is exactly 0 or 1,
        // that leaves 0.0005: ours must be as extreme.
        foreach (var (ours, column) in new[] { (result.PGreaterOrEqual, 3), (result.PLessOrEqual, 4) })
        {
            double theirs = double.Parse(row[column], CultureInfo.InvariantCulture);
            double slack = (4 * Math.Sqrt(2 * theirs * (1 - theirs) / 4000)) + (2.0 / 4000);
            Assert.InRange(ours, theirs - slack, theirs + slack);
        }
    }

    [Fact]
    public void The_same_seed_gives_the_same_p_values_and_another_seed_may_not()
    {
        var first = Cells("unrelated.first.csv");
        var second = Cells("unrelated.second.csv");
        var a = QapKernel.Test(25, first, second, 500, 1, CancellationToken.None);
        var b = QapKernel.Test(25, first, second, 500, 1, CancellationToken.None);
        var c = QapKernel.Test(25, first, second, 500, 2, CancellationToken.None);
        Assert.Equal(a, b);
        Assert.Equal(a.Correlation, c.Correlation);
        Assert.NotEqual(a.PGreaterOrEqual, c.PGreaterOrEqual);
    }

    [Fact]
    public void By_hand_identical_graphs_correlate_perfectly_and_a_constant_matrix_is_undefined()
    {
        // Path 0-1-2 against itself on 3 nodes: r = 1. Against the empty graph: undefined.
        (int, int, double)[] path = [(0, 1, 1), (1, 2, 1)];
        Assert.Equal(1.0, QapKernel.Test(3, path, path, 10, 1, CancellationToken.None).Correlation, 15);
        Assert.True(double.IsNaN(QapKernel.Test(3, path, [], 10, 1, CancellationToken.None).Correlation));

        // 0-1 against 1-2 on 3 nodes: cells (01, 02, 12) = (1,0,0) and (0,0,1): r = (3·0 − 1·1) / (3·1 − 1) = −0.5.
        Assert.Equal(-0.5, QapKernel.Test(3, [(0, 1, 1)], [(1, 2, 1)], 0, 1, CancellationToken.None).Correlation, 15);
    }

    private static List<(int, int, double)> Cells(string file) =>
        [.. File.ReadLines(Path.Combine(FixtureFolder, file)).Skip(1).Select(l => l.Split(','))
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture), double.Parse(p[2], CultureInfo.InvariantCulture)))];
}
