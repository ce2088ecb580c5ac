using CooperationGraph.Plotting;

namespace CooperationGraph.Tests.Plotting;

/// <summary>Labels placed where plotly.js draws them, in the first free of eight positions, the most important first.</summary>
public class LabelPlacementTests
{
    [Fact]
    public void A_label_box_is_where_plotly_draws_the_text()
    {
        // Marker of diameter 16 at (100, 200), font 12, label 50 wide: l = 8 / 0.8 + 1 = 11 px from the centre.
        // Top center: baseline 200 + 9 − 11 − 12 = 186; box from 186 − 1.07·12 to 186 + 0.30·12, padded by 1.
        var top = LabelPlacement.LabelBox(100, 200, 16, 50, 12, 0);
        Assert.Equal(75 - 1, top.Left, 9);
        Assert.Equal(125 + 1, top.Right, 9);
        Assert.Equal(186 - 12.84 - 1, top.Top, 9);
        Assert.Equal(186 + 3.6 + 1, top.Bottom, 9);
        // Middle right starts l to the right, its baseline a quarter of the font below the centre (203).
        var right = LabelPlacement.LabelBox(100, 200, 16, 50, 12, 1);
        Assert.Equal(111 - 1, right.Left, 9);
        Assert.Equal(203 + 3.6 + 1, right.Bottom, 9);
        // Bottom left ends l to the left, baseline 200 + 9 + 11 = 220.
        var bottomLeft = LabelPlacement.LabelBox(100, 200, 16, 50, 12, 7);
        Assert.Equal(89 + 1, bottomLeft.Right, 9);
        Assert.Equal(220 - 12.84 - 1, bottomLeft.Top, 9);
        Assert.Equal(["top center", "middle right", "middle left", "bottom center", "top right", "top left", "bottom right", "bottom left"], LabelPlacement.Positions);
    }

    [Fact]
    public void A_label_goes_above_when_free_beside_at_the_top_edge_and_not_at_all_when_boxed_in()
    {
        // 0: free, in the middle; 1: at the top edge (no room above); 2: hemmed in by markers on every side.
        double[] x = [100, 300, 500, 500, 500, 470, 530, 470, 530, 470, 530], y = [100, 14, 100, 84, 116, 100, 100, 84, 84, 116, 116];
        double[] d = [10, 10, 10, 24, 24, 24, 24, 24, 24, 24, 24];
        double[] widths = [40, 40, 40, 0, 0, 0, 0, 0, 0, 0, 0];
        var placed = LabelPlacement.Place(x, y, d, 1, widths, [0, 1, 2], 800, 200, 12);
        Assert.Equal(0, placed[0]);
        Assert.Equal(1, placed[1]);
        Assert.Equal(-1, placed[2]);
        Assert.All(placed.Skip(3), p => Assert.Equal(-1, p));
    }

    [Fact]
    public void The_first_in_order_gets_the_place_and_no_two_labels_overlap()
    {
        // Two markers 20 px apart (the second 4 px higher) with 60 px labels: the first in order takes the place above, the other a free corner.
        double[] x = [200, 220], y = [100, 96], d = [6, 6], widths = [60, 60];
        var first = LabelPlacement.Place(x, y, d, 1, widths, [1, 0], 400, 200, 12);
        Assert.Equal(0, first[1]); // the first in order takes "top center"
        Assert.NotEqual(-1, first[0]);
        var a = LabelPlacement.LabelBox(x[0], y[0], d[0], widths[0], 12, first[0]);
        var b = LabelPlacement.LabelBox(x[1], y[1], d[1], widths[1], 12, first[1]);
        Assert.False(a.Overlaps(b));

        // Random markers: every placed label inside the plot, clear of every marker and every other label.
        var random = new Random(5);
        int n = 300;
        var rx = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 1000).ToArray();
        var ry = Enumerable.Range(0, n).Select(_ => random.NextDouble() * 500).ToArray();
        var rd = Enumerable.Range(0, n).Select(_ => 8 + (random.NextDouble() * 20)).ToArray();
        var rw = Enumerable.Range(0, n).Select(_ => 20 + (random.NextDouble() * 100)).ToArray();
        var placed = LabelPlacement.Place(rx, ry, rd, 1, rw, Enumerable.Range(0, n).ToArray(), 1000, 500, 12);
        var labelled = Enumerable.Range(0, n).Where(i => placed[i] >= 0).ToList();
        var boxes = labelled.Select(i => LabelPlacement.LabelBox(rx[i], ry[i], rd[i], rw[i], 12, placed[i])).ToList();
        Assert.InRange(boxes.Count, 30, n - 30);
        for (int i = 0; i < boxes.Count; i++)
        {
            Assert.True(boxes[i].Left >= 0 && boxes[i].Top >= 0 && boxes[i].Right <= 1000 && boxes[i].Bottom <= 500);
            Assert.All(boxes.Skip(i + 1), other => Assert.False(boxes[i].Overlaps(other)));
            Assert.All(Enumerable.Range(0, n).Where(k => k != labelled[i]), k => Assert.False(boxes[i].Overlaps(new LabelPlacement.Box(rx[k] - (rd[k] / 2) - 0.5, ry[k] - (rd[k] / 2) - 0.5, rx[k] + (rd[k] / 2) + 0.5, ry[k] + (rd[k] / 2) + 0.5))));
        }
    }

    [Fact]
    public void Text_widths_come_from_the_table_with_their_margin()
    {
        // "Łoniów": Ł 563, o 612, n 634, i 278, ó 612, w 818 thousandths of an em; at 12 px, times 1.04, plus one pixel.
        Assert.Equal((((563 + 612 + 634 + 278 + 612 + 818) / 1000.0) * 12 * 1.04) + 1, TextWidths.Of("Łoniów", 12), 9);
        Assert.Equal((12 * 1.04) + 1, TextWidths.Of("字", 12), 9); // not in the table: one em
        Assert.Equal(1, TextWidths.Of(string.Empty, 12));
    }
}
