using System.Text.Json;
using CooperationGraph.Metrics.Qap;

namespace CooperationGraph.Tests.Metrics.Dynamics;

public class PairedDensityTestTests
{
    private static readonly (int U, int V)[] OneTie = [(0, 1)];
    private static readonly (int U, int V)[] Path = [(0, 1), (1, 2), (2, 3)];

    [Fact]
    public void Difference_is_second_density_minus_first_on_four_institutions()
    {
        // 4 institutions, 6 pairs: 1 tie then 3 ties → 3/6 − 1/6 = 1/3; the reverse is −1/3.
        var test = PairedDensityTest.Compute(4, OneTie, Path, 1000, 1, CancellationToken.None);
        Assert.Equal(1.0 / 3, test.Difference, 15);
        Assert.True(test.StandardError > 0);
        Assert.Equal(test.Difference / test.StandardError, test.Z, 15);
        Assert.Equal(2 * (1 - MathNet.Numerics.Distributions.Normal.CDF(0, 1, Math.Abs(test.Z))), test.P, 15);
        Assert.Equal(-1.0 / 3, PairedDensityTest.Compute(4, Path, OneTie, 1000, 1, CancellationToken.None).Difference, 15);
    }

    [Fact]
    public void Identical_windows_give_difference_zero_standard_error_zero_and_z_and_p_NaN()
    {
        var test = PairedDensityTest.Compute(4, Path, Path, 500, 1, CancellationToken.None);
        Assert.Equal(0, test.Difference);
        Assert.Equal(0, test.StandardError);
        Assert.True(double.IsNaN(test.Z));
        Assert.True(double.IsNaN(test.P));
    }

    [Fact]
    public void Two_institutions_tie_gained_gives_difference_one_and_zero_standard_error()
    {
        // Every replicate is 1: draws (0,1) or (1,0) read the gained tie, and (0,0) or (1,1) stand in the only distinct pair.
        var test = PairedDensityTest.Compute(2, [], OneTie, 500, 1, CancellationToken.None);
        Assert.Equal(1, test.Difference);
        Assert.Equal(0, test.StandardError);
        Assert.True(double.IsNaN(test.Z));
    }

    [Fact]
    public void Fewer_than_two_institutions_give_NaN()
    {
        var test = PairedDensityTest.Compute(1, [], [], 100, 1, CancellationToken.None);
        Assert.True(double.IsNaN(test.Difference) && double.IsNaN(test.StandardError) && double.IsNaN(test.Z) && double.IsNaN(test.P));
    }

    [Fact]
    public void Same_seed_gives_the_same_standard_error_and_another_seed_a_different_one()
    {
        var a = PairedDensityTest.Compute(4, OneTie, Path, 1000, 7, CancellationToken.None);
        var b = PairedDensityTest.Compute(4, OneTie, Path, 1000, 7, CancellationToken.None);
        var c = PairedDensityTest.Compute(4, OneTie, Path, 1000, 8, CancellationToken.None);
        Assert.Equal(a, b);
        Assert.NotEqual(a.StandardError, c.StandardError);
    }

    [Fact]
    public void Cancelled_token_stops_the_bootstrap()
    {
        using var source = new CancellationTokenSource();
        source.Cancel();
        Assert.Throws<OperationCanceledException>(() => PairedDensityTest.Compute(4, OneTie, Path, 1000, 7, source.Token));
    }

    [Fact]
    public void Standard_error_agrees_with_numpy_bootstrap_within_5_percent_and_gcor_equals_sna_to_1e_12()
    {
        // Fixtures/DensityTest/generate.py: the same bootstrap with numpy's own generator, B = 20 000 (README.md there).
        using var json = JsonDocument.Parse(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "DensityTest", "pair.json")));
        var root = json.RootElement;
        int n = root.GetProperty("n").GetInt32();
        (int U, int V)[] Ties(string name) => [.. root.GetProperty(name).EnumerateArray().Select(e => (e[0].GetInt32(), e[1].GetInt32()))];
        var first = Ties("first");
        var second = Ties("second");

        var test = PairedDensityTest.Compute(n, first, second, 20000, 24, CancellationToken.None);
        Assert.Equal(root.GetProperty("difference").GetDouble(), test.Difference, 15);
        double theirs = root.GetProperty("standardError").GetDouble();
        Assert.InRange(test.StandardError, theirs * 0.95, theirs * 1.05);

        var qap = QapKernel.Test(n, [.. first.Select(p => (p.U, p.V, 1.0))], [.. second.Select(p => (p.U, p.V, 1.0))], 0, 1, CancellationToken.None);
        Assert.Equal(root.GetProperty("gcor").GetDouble(), qap.Correlation, 12);
    }
}
