using CooperationGraph.Graph;
using CooperationGraph.Layout;

namespace CooperationGraph.Tests.Layout;

/// <summary>Invariants of the kernel itself: vector and scalar paths agree bit for bit, and memory stays O(n).</summary>
public class FruchtermanReingoldKernelTests
{
    [Theory]
    [InlineData(false, false)]
    [InlineData(true, false)]
    [InlineData(true, true)]
    public void Vector_and_scalar_forces_are_bit_identical(bool weighted, bool grouped)
    {
        const int n = 301;
        var graph = RandomGraph(n, 900, 11);
        var random = new Random(12);
        double[] x = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble())];
        double[] y = [.. Enumerable.Range(0, n).Select(_ => random.NextDouble())];
        x[7] = x[8]; // two nodes at one point, to meet the 0.01 floor
        y[7] = y[8];
        int[]? groups = grouped ? [.. Enumerable.Range(0, n).Select(_ => random.Next(5))] : null;
        double k = Math.Sqrt(1.0 / n);
        double[] vectorX = new double[n], vectorY = new double[n], scalarX = new double[n], scalarY = new double[n];

        FruchtermanReingoldKernel.Displacements(graph, weighted, x, y, groups, 0.5, k, vectorX, vectorY, vectorized: true);
        FruchtermanReingoldKernel.Displacements(graph, weighted, x, y, groups, 0.5, k, scalarX, scalarY, vectorized: false);

        Assert.Equal(scalarX.Select(BitConverter.DoubleToInt64Bits), vectorX.Select(BitConverter.DoubleToInt64Bits));
        Assert.Equal(scalarY.Select(BitConverter.DoubleToInt64Bits), vectorY.Select(BitConverter.DoubleToInt64Bits));
    }

    [Fact]
    public void Five_thousand_nodes_need_no_square_matrix_and_no_allocation_per_step()
    {
        const int n = 5_000;
        var graph = RandomGraph(n, 3 * n, 13);
        var (x, y) = InitialLayout.Uniform(n, 14);
        long Allocated(int iterations)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            NetworkLayout.ForceDirected(graph, x, y, null, new LayoutOptions { Iterations = iterations });
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Allocated(1); // first call: JIT and static initialisation
        // The runtime allocates once, now and then, while it recompiles the hot loop (tiered compilation, seen as
        // 7 656 bytes in one CI run); that happens in one measurement, not in every one, whereas one array of n doubles
        // per step would add 40 000 bytes a step to every measurement. So each count is the least of three.
        long one = long.MaxValue, three = long.MaxValue;
        for (int run = 0; run < 3; run++)
        {
            one = Math.Min(one, Allocated(1));
            three = Math.Min(three, Allocated(3));
        }

        Assert.True(one < 50L * n * sizeof(double), $"{one} bytes for n = {n}; an n × n matrix would be {(long)n * n * sizeof(double)}");
        Assert.True(Math.Abs(three - one) < 4_000, $"{one} bytes for one step, {three} for three");
    }

    [Fact]
    public void Nodes_that_cannot_move_stop_after_one_step()
    {
        var graph = WeightedGraph.FromEdges(3, [(0, 1, 1.0), (1, 2, 1.0)]);
        double[] x = [0.5, 0.5, 0.5], y = [0.25, 0.25, 0.25];
        Assert.Equal(1, FruchtermanReingoldKernel.Run(graph, false, x, y, null, 0, 50, FruchtermanReingoldKernel.Threshold, default));
        Assert.Equal(0, FruchtermanReingoldKernel.Run(graph, false, [0.0, 1, 2], [0.0, 0, 0], null, 0, 0, FruchtermanReingoldKernel.Threshold, default));
        Assert.Equal(50, FruchtermanReingoldKernel.Run(graph, false, [0.0, 1, 2], [0.0, 0, 1], null, 0, 50, 0, default));
    }

    private static WeightedGraph RandomGraph(int n, int edges, int seed)
    {
        var random = new Random(seed);
        var list = new (int, int, double)[edges];
        for (int e = 0; e < edges; e++)
        {
            list[e] = (random.Next(n), random.Next(n), 1 + random.Next(5));
        }

        return WeightedGraph.FromEdges(n, list);
    }
}
