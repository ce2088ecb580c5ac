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

    public static TheoryData<int, int, bool, bool> RandomCases() => new()
    {
        { 30, 60, true, false },
        { 30, 60, false, true },
        { 400, 5000, true, false },
        { 400, 5000, false, true },
        { 2000, 9000, true, true },
    };

    /// <summary>
    /// The kernel reads the second matrix as stamped adjacency rows; the hash-lookup kernel it replaced (kept below as
    /// the reference) added the same cells in the same order. Same correlation and p-values to the bit, on binary and
    /// valued matrices, cells sorted by their first node or not, pairs listed twice or on the diagonal, and enough cells
    /// for the parallel path.
    /// </summary>
    [Theory]
    [MemberData(nameof(RandomCases))]
    public void Equals_the_hash_lookup_kernel_to_the_bit(int n, int count, bool binary, bool shuffled)
    {
        var random = new Random(n + count);
        List<(int, int, double)> Random(int cells)
        {
            var list = new List<(int, int, double)>();
            for (int i = 0; i < cells; i++)
            {
                int u = random.Next(n), v = random.Next(n);
                list.Add((u, i % 97 == 0 ? u : v, binary ? 1 : Math.Round(random.NextDouble() * 10, 3)));
            }

            return shuffled ? list : [.. list.OrderBy(c => c.Item1)];
        }

        var first = Random(count);
        var second = Random(count / 2);
        second.Add(second[0]);
        second.Add((second[1].Item2, second[1].Item1, 2.5));
        var ours = QapKernel.Test(n, first, second, 300, 11, CancellationToken.None);
        var reference = HashLookupTest(n, first, second, 300, 11);
        Assert.Equal(reference, ours);
        Assert.InRange(ours.PGreaterOrEqual, 0, 1);
    }

    /// <summary>The kernel before stamped rows: one dictionary lookup per cell and permutation.</summary>
    private static QapResult HashLookupTest(int n, List<(int U, int V, double Value)> first, List<(int U, int V, double Value)> second, int permutations, int seed)
    {
        static long Key(int u, int v, int n) => u < v ? ((long)u * n) + v : ((long)v * n) + u;
        var lookup = new Dictionary<long, double>();
        double sy = 0, syy = 0, sx = 0, sxx = 0;
        foreach (var (u, v, value) in second)
        {
            lookup[Key(u, v, n)] = value;
            sy += value;
            syy += value * value;
        }

        foreach (var (_, _, value) in first)
        {
            sx += value;
            sxx += value * value;
        }

        double pairs = n * (n - 1.0) / 2.0;
        double denominator = Math.Sqrt(((pairs * sxx) - (sx * sx)) * ((pairs * syy) - (sy * sy)));
        double Correlation(int[] label)
        {
            double sxy = 0;
            foreach (var (u, v, value) in first)
            {
                if (lookup.TryGetValue(Key(label[u], label[v], n), out double other))
                {
                    sxy += value * other;
                }
            }

            return denominator > 0 ? ((pairs * sxy) - (sx * sy)) / denominator : double.NaN;
        }

        var label = Enumerable.Range(0, n).ToArray();
        double observed = Correlation(label);
        var random = new Random(seed);
        int greater = 0, less = 0;
        for (int p = 0; p < permutations; p++)
        {
            random.Shuffle(label);
            double r = Correlation(label);
            greater += r >= observed - 1e-12 ? 1 : 0;
            less += r <= observed + 1e-12 ? 1 : 0;
        }

        return new QapResult(observed, greater / (double)permutations, less / (double)permutations, permutations, seed);
    }

    private static List<(int, int, double)> Cells(string file) =>
        [.. File.ReadLines(Path.Combine(FixtureFolder, file)).Skip(1).Select(l => l.Split(','))
            .Select(p => (int.Parse(p[0], CultureInfo.InvariantCulture), int.Parse(p[1], CultureInfo.InvariantCulture), double.Parse(p[2], CultureInfo.InvariantCulture)))];
}
