using BenchmarkDotNet.Attributes;
using CooperationGraph.Layout;
using CooperationGraph.Plotting;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// The drawing steps of a network map after its layout: markers pushed apart (<see cref="OverlapRemoval"/>) on seeded
/// random discs of 8 to 34 px in a plot they fill to about a half, and the greedy label placement over them.
/// </summary>
[MemoryDiagnoser]
public class MapDrawingBenchmarks
{
    private double[] x0 = [], y0 = [], radius = [], diameters = [], widths = [];
    private int[] order = [];
    private double side;

    /// <summary>Number of markers.</summary>
    [Params(200, 3_000)]
    public int Markers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(20190709);
        side = Math.Sqrt(Markers) * 30;
        x0 = [.. Enumerable.Range(0, Markers).Select(_ => random.NextDouble() * side)];
        y0 = [.. Enumerable.Range(0, Markers).Select(_ => random.NextDouble() * side)];
        diameters = [.. Enumerable.Range(0, Markers).Select(_ => 8 + (26 * random.NextDouble()))];
        radius = [.. diameters.Select(d => (d + 1) / 2)];
        widths = [.. Enumerable.Range(0, Markers).Select(_ => 40 + (80 * random.NextDouble()))];
        order = [.. Enumerable.Range(0, Markers)];
    }

    /// <summary>Separating the markers (2 px apart).</summary>
    [Benchmark]
    public bool RemoveOverlaps()
    {
        double[] x = [.. x0], y = [.. y0];
        return OverlapRemoval.Run(x, y, radius, 2);
    }

    /// <summary>Placing one label per marker, in order, where it fits.</summary>
    [Benchmark]
    public int[] PlaceLabels() => LabelPlacement.Place(x0, y0, diameters, 1, widths, order, side, side, 12);
}
