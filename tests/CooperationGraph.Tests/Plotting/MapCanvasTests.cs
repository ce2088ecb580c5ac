using CooperationGraph.Plotting;
using CooperationGraph.Tests.Layout;

namespace CooperationGraph.Tests.Plotting;

/// <summary>A layout fitted into the plot: filling it, turned to its long side, markers apart at their drawn size.</summary>
public class MapCanvasTests
{
    [Fact]
    public void A_tall_layout_is_turned_to_fill_a_wide_plot()
    {
        // Eleven points on a vertical line, slightly jittered: the principal axis is vertical, so it is turned by 90°.
        double[] x = [.. Enumerable.Range(0, 11).Select(i => (i % 2) * 0.1)], y = [.. Enumerable.Range(0, 11).Select(i => (double)i)];
        var canvas = MapCanvas.Fit(x, y, [.. Enumerable.Repeat(10.0, 11)], 1, 1000, 400, 50, 16);
        double width = canvas.X.Max() - canvas.X.Min(), height = canvas.Y.Max() - canvas.Y.Min();
        double inner = 1000 - (2 * (50 + 5.5));
        Assert.InRange(width, 0.99 * inner, inner + 1e-9);
        Assert.True(height < width / 10, $"height {height}, width {width}");
        Assert.Equal(1000, canvas.XRange[1] - canvas.XRange[0], 9);
        Assert.Equal(400, canvas.YRange[1] - canvas.YRange[0], 9);
        Assert.All(Enumerable.Range(0, 11), i => Assert.InRange(canvas.ScreenX(i), 55.5 - 1e-9, 944.5 + 1e-9));

        // A square grid spreads alike in every direction: not turned.
        double[] gx = [0, 1, 2, 0, 1, 2, 0, 1, 2], gy = [0, 0, 0, 1, 1, 1, 2, 2, 2];
        var (rx, ry) = MapCanvas.Rotated(gx, gy, 2.5);
        Assert.Same(gx, rx);
        Assert.Same(gy, ry);
    }

    [Fact]
    public void Markers_at_one_point_are_drawn_apart()
    {
        var diameters = Enumerable.Range(0, 30).Select(i => 8.0 + i).ToArray();
        var canvas = MapCanvas.Fit(new double[30], new double[30], diameters, 1, 800, 500, 40, 20);
        Assert.Equal(diameters, canvas.Diameters);
        OverlapRemovalTests.AssertNoOverlap(canvas.X, canvas.Y, [.. diameters.Select(d => (d + 1) / 2)], MapCanvas.Gap);
        Assert.All(Enumerable.Range(0, 30), i => Assert.InRange(canvas.ScreenY(i), 0, 500));
    }

    [Fact]
    public void Too_many_markers_for_the_plot_shrink_with_their_positions_and_stay_apart()
    {
        // 400 markers of 34 px cannot sit apart in 300 × 200 pixels (they need about 400 × 36² = 518 400 px²).
        var random = new Random(3);
        double[] x = [.. Enumerable.Range(0, 400).Select(_ => random.NextDouble())], y = [.. Enumerable.Range(0, 400).Select(_ => random.NextDouble())];
        var canvas = MapCanvas.Fit(x, y, [.. Enumerable.Repeat(34.0, 400)], 1, 300, 200, 10, 10);
        Assert.All(canvas.Diameters, d => Assert.InRange(d, 1, 33));
        OverlapRemovalTests.AssertNoOverlap(canvas.X, canvas.Y, [.. canvas.Diameters.Select(d => (d + 1) / 2)], 0);
        Assert.All(Enumerable.Range(0, 400), i => Assert.InRange(canvas.ScreenX(i), 0, 300));
    }
}
