using CooperationGraph.Layout;

namespace CooperationGraph.Tests.Layout;

/// <summary>Components laid out apart and side by side: no overlap, the largest drawn largest, connected graphs unchanged.</summary>
public class ComponentPackingTests
{
    // A K4 (a–d), a path of three (e–g), a pair (h–i), two isolated institutions (j, k).
    private static readonly CooperationNetwork Disconnected = CooperationNetwork.FromEdgeList(
    [
        ("a", "b", 1.0), ("a", "c", 1.0), ("a", "d", 1.0), ("b", "c", 1.0), ("b", "d", 1.0), ("c", "d", 1.0),
        ("e", "f", 1.0), ("f", "g", 1.0), ("h", "i", 1.0), ("j", "j", 1.0), ("k", "k", 1.0),
    ]);

    private static readonly string[][] Parts = [["a", "b", "c", "d"], ["e", "f", "g"], ["h", "i"], ["j"], ["k"]];

    [Fact]
    public void A_connected_network_gets_the_same_positions_packed_or_not()
    {
        var network = CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 2.0), ("c", "d", 1.0), ("d", "a", 1.0), ("a", "c", 1.0), ("d", "e", 1.0)]);
        var packed = NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 3 });
        var whole = NetworkLayout.Compute(network, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 3, PackComponents = false });
        Assert.Equal(whole.X, packed.X);
        Assert.Equal(whole.Y, packed.Y);
    }

    [Fact]
    public void Components_are_found_largest_first()
    {
        var components = ComponentPacking.Components(Disconnected.Graph);
        Assert.Equal([4, 3, 2, 1, 1], components.Select(c => c.Length));
        Assert.Equal(Parts.Select(p => p.Select(id => Disconnected.IndexOf(id))), components);
    }

    [Fact]
    public void Packed_components_do_not_overlap_and_the_largest_is_drawn_largest()
    {
        var positions = NetworkLayout.Compute(Disconnected, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 11 });
        var boxes = Parts.Select(part => Box(positions, part)).ToList();
        for (int i = 0; i < boxes.Count; i++)
        {
            for (int j = i + 1; j < boxes.Count; j++)
            {
                bool apart = boxes[i].MaxX < boxes[j].MinX || boxes[j].MaxX < boxes[i].MinX || boxes[i].MaxY < boxes[j].MinY || boxes[j].MaxY < boxes[i].MinY;
                Assert.True(apart, $"components {i} and {j} overlap");
            }
        }

        Assert.True(Extent(boxes[0]) > Extent(boxes[1]) && Extent(boxes[1]) > Extent(boxes[2]), string.Join(", ", boxes.Select(Extent)));
        Assert.Equal(1.0, positions.X.Concat(positions.Y).Max(Math.Abs), 12);
        Assert.Equal(0.0, positions.X.Average(), 12);
        Assert.Equal(0.0, positions.Y.Average(), 12);
    }

    [Fact]
    public void Packing_keeps_the_largest_component_from_being_squeezed_by_the_isolated_ones()
    {
        var packed = Box(NetworkLayout.Compute(Disconnected, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 11 }), Parts[0]);
        var whole = Box(NetworkLayout.Compute(Disconnected, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 11, PackComponents = false }), Parts[0]);
        Assert.True(Extent(packed) > Extent(whole), $"packed {Extent(packed)}, whole {Extent(whole)}");
    }

    [Fact]
    public void Packing_is_deterministic_and_follows_the_seed()
    {
        var first = NetworkLayout.Compute(Disconnected, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 5 });
        var again = NetworkLayout.Compute(Disconnected, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 5 });
        var other = NetworkLayout.Compute(Disconnected, new LayoutOptions { Algorithm = LayoutAlgorithm.ForceDirected, Seed = 6 });
        Assert.Equal(first.X, again.X);
        Assert.Equal(first.Y, again.Y);
        Assert.NotEqual(first.X, other.X);
    }

    private static (double MinX, double MaxX, double MinY, double MaxY) Box(NodePositions positions, string[] ids) =>
        (ids.Min(id => positions[id].X), ids.Max(id => positions[id].X), ids.Min(id => positions[id].Y), ids.Max(id => positions[id].Y));

    private static double Extent((double MinX, double MaxX, double MinY, double MaxY) box) => Math.Max(box.MaxX - box.MinX, box.MaxY - box.MinY);
}
