using CooperationGraph.Layout;

namespace CooperationGraph.Tests.Layout;

/// <summary>Discs pushed apart: none overlapping afterwards, each pushed pair in its order, far discs untouched, the same bits every run.</summary>
public class OverlapRemovalTests
{
    [Fact]
    public void Two_overlapping_discs_end_just_touching_along_their_line()
    {
        // Centres 2 apart, radii 3 and 1, gap 1: they need 5, so each moves 1.5 outwards along the x axis.
        double[] x = [0, 2], y = [1, 1];
        Assert.True(OverlapRemoval.Run(x, y, [3.0, 1.0], gap: 1));
        Assert.Equal(-1.5, x[0], 6);
        Assert.Equal(3.5, x[1], 6);
        Assert.Equal([1.0, 1.0], y);
    }

    [Fact]
    public void A_row_keeps_its_order_and_its_line_and_a_far_disc_is_not_moved()
    {
        // Five unit discs 0.5 apart on y = 2 overlap their neighbours; a sixth far away overlaps nothing.
        double[] x = [0, 0.5, 1, 1.5, 2, 100], y = [2, 2, 2, 2, 2, 50];
        Assert.True(OverlapRemoval.Run(x, y, [1.0, 1, 1, 1, 1, 1]));
        for (int i = 0; i + 1 < 5; i++)
        {
            Assert.True(x[i + 1] - x[i] >= 2, $"discs {i} and {i + 1} are {x[i + 1] - x[i]} apart");
        }

        Assert.All(y.Take(5), v => Assert.Equal(2, v));
        Assert.Equal((100.0, 50.0), (x[5], y[5]));
    }

    [Fact]
    public void Discs_at_one_point_are_spread_apart()
    {
        double[] x = new double[7], y = new double[7], radius = [1, 2, 3, 1, 1, 2, 1];
        Assert.True(OverlapRemoval.Run(x, y, radius, gap: 0.5));
        AssertNoOverlap(x, y, radius, 0.5);
    }

    [Theory]
    [InlineData(200, 1)]
    [InlineData(3000, 2)]
    public void Random_discs_end_apart_and_mostly_in_their_order(int n, int seed)
    {
        // Discs of radius 4 to 17 in a box that holds them only loosely: many overlap at first.
        var random = new Random(seed);
        double side = Math.Sqrt(n) * 14;
        var x = new double[n];
        var y = new double[n];
        var radius = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = random.NextDouble() * side;
            y[i] = random.NextDouble() * side;
            radius[i] = 4 + (random.NextDouble() * 13);
        }

        double[] x0 = [.. x], y0 = [.. y];
        int overlapping = 0;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                overlapping += OverlapRemoval.Overlap(x, y, radius, 2, i, j) ? 1 : 0;
            }
        }

        Assert.True(overlapping > n / 2, $"only {overlapping} pairs overlap at first");
        Assert.True(OverlapRemoval.Run(x, y, radius, gap: 2));
        AssertNoOverlap(x, y, radius, 2);

        // Left-to-right and top-to-bottom order: at most 5 % of the pairs change their order on an axis.
        long pairs = 0, kept = 0;
        for (int i = 0; i < n; i += 3)
        {
            for (int j = i + 1; j < n; j++)
            {
                pairs += 2;
                kept += Math.Sign(x[j] - x[i]) == Math.Sign(x0[j] - x0[i]) ? 1 : 0;
                kept += Math.Sign(y[j] - y[i]) == Math.Sign(y0[j] - y0[i]) ? 1 : 0;
            }
        }

        Assert.True(kept >= 0.95 * pairs, $"{pairs - kept} of {pairs} pair orders changed");

        double[] x2 = [.. x0], y2 = [.. y0];
        OverlapRemoval.Run(x2, y2, radius, gap: 2);
        Assert.Equal(x, x2);
        Assert.Equal(y, y2);
    }

    [Fact]
    public void Bad_input_is_refused()
    {
        Assert.Throws<ArgumentException>(() => OverlapRemoval.Run(new double[2], new double[2], [1.0]));
        Assert.Throws<ArgumentException>(() => OverlapRemoval.Run(new double[1], new double[1], [-1.0]));
        Assert.Throws<ArgumentException>(() => OverlapRemoval.Run([double.NaN], new double[1], [1.0]));
        Assert.Throws<ArgumentOutOfRangeException>(() => OverlapRemoval.Run(new double[1], new double[1], [1.0], gap: -1));
        Assert.True(OverlapRemoval.Run([], [], []));
    }

    internal static void AssertNoOverlap(IReadOnlyList<double> x, IReadOnlyList<double> y, IReadOnlyList<double> radius, double gap)
    {
        for (int i = 0; i < x.Count; i++)
        {
            for (int j = i + 1; j < x.Count; j++)
            {
                double distance = Math.Sqrt(((x[i] - x[j]) * (x[i] - x[j])) + ((y[i] - y[j]) * (y[i] - y[j])));
                Assert.True(distance >= radius[i] + radius[j] + gap - 1e-9, $"discs {i} and {j} overlap: {distance} < {radius[i] + radius[j] + gap}");
            }
        }
    }
}
