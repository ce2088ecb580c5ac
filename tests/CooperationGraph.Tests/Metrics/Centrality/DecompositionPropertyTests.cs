using CooperationGraph.Graph;
using CooperationGraph.Metrics.Centrality;
using FsCheck.Xunit;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// Betweenness by blocks and closeness by bit-parallel BFS against the plain one-traversal-per-source kernel, on random
/// graphs made to have what the decomposition must get right: many articulation points (small blocks hung on each other),
/// pendant chains, bridges, isolates and several components; and the same bits on one thread and on two.
/// </summary>
public class DecompositionPropertyTests
{
    [Property(MaxTest = 60, Arbitrary = new[] { typeof(FullRangeSeeds) })]
    public bool Decomposition_equals_the_plain_kernel(int seed, bool weighted)
    {
        var graph = RandomGraph(new Random(seed), weighted, tolerant: seed % 5 == 0);
        var plain = new PathKernel(graph, weighted, decompose: false);
        plain.Run(true, CancellationToken.None);
        var fast = new PathKernel(graph, weighted);
        fast.Run(true, CancellationToken.None, distances: false);
        var distances = new PathKernel(graph, weighted);
        distances.Run(false, CancellationToken.None);
        for (int v = 0; v < graph.NodeCount; v++)
        {
            if (!Close(plain.Betweenness![v], fast.Betweenness![v]) || plain.Reachable[v] != distances.Reachable[v]
                || !Close(plain.DistanceSum[v], distances.DistanceSum[v]) || !Close(plain.InverseDistanceSum[v], distances.InverseDistanceSum[v]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The distance sums against a computation that shares nothing with the kernels: a textbook Dijkstra with .NET's
    /// priority queue on distance = 1/strength (or 1 per tie), per source, summing in its own order. In the property
    /// above, weighted runs take the same per-source path for "plain" and "distances", so this is their independent check.
    /// </summary>
    [Property(MaxTest = 60, Arbitrary = new[] { typeof(FullRangeSeeds) })]
    public bool Distance_sums_equal_an_independent_dijkstra(int seed, bool weighted)
    {
        var graph = RandomGraph(new Random(seed), weighted, tolerant: false);
        var kernel = new PathKernel(graph, weighted);
        kernel.Run(false, CancellationToken.None);
        var (sum, inverse, reachable) = Dijkstra(graph, weighted);
        return Enumerable.Range(0, graph.NodeCount).All(v =>
            kernel.Reachable[v] == reachable[v] && Close(sum[v], kernel.DistanceSum[v], 1e-9) && Close(inverse[v], kernel.InverseDistanceSum[v], 1e-9));
    }

    private static (double[] Sum, double[] Inverse, int[] Reachable) Dijkstra(WeightedGraph graph, bool weighted)
    {
        int n = graph.NodeCount;
        var (sum, inverse, reachable) = (new double[n], new double[n], new int[n]);
        for (int source = 0; source < n; source++)
        {
            var distance = Enumerable.Repeat(double.PositiveInfinity, n).ToArray();
            var queue = new PriorityQueue<int, double>();
            distance[source] = 0;
            queue.Enqueue(source, 0);
            while (queue.TryDequeue(out int u, out double d))
            {
                if (d > distance[u])
                {
                    continue;
                }

                for (int k = graph.Offsets[u]; k < graph.Offsets[u + 1]; k++)
                {
                    double next = d + (weighted ? 1 / graph.Weights[k] : 1);
                    if (next < distance[graph.Targets[k]])
                    {
                        distance[graph.Targets[k]] = next;
                        queue.Enqueue(graph.Targets[k], next);
                    }
                }
            }

            foreach (var d in distance.Where((d, v) => v != source && !double.IsPositiveInfinity(d)))
            {
                sum[source] += d;
                inverse[source] += 1 / d;
                reachable[source]++;
            }
        }

        return (sum, inverse, reachable);
    }

    [Property(MaxTest = 15, Arbitrary = new[] { typeof(FullRangeSeeds) })]
    public bool One_thread_and_two_give_the_same_bits(int seed)
    {
        var graph = RandomGraph(new Random(seed), seed % 2 == 0, tolerant: false);
        bool weighted = seed % 2 == 0;
        var one = new PathKernel(graph, weighted);
        one.Run(true, CancellationToken.None, null, 1, !weighted);
        var two = new PathKernel(graph, weighted);
        two.Run(true, CancellationToken.None, null, 2, !weighted);
        bool same = one.Betweenness!.SequenceEqual(two.Betweenness!);
        if (weighted)
        {
            // Weighted distances do not run in the decomposed pass above (its distance arrays stay zero): they take
            // the per-source path, betweenness with them.
            one = new PathKernel(graph, weighted);
            one.Run(true, CancellationToken.None, null, 1);
            two = new PathKernel(graph, weighted);
            two.Run(true, CancellationToken.None, null, 2);
            same &= one.Betweenness!.SequenceEqual(two.Betweenness!) && one.DistanceSum.Any(d => d > 0);
        }

        return same && one.DistanceSum.SequenceEqual(two.DistanceSum)
            && one.InverseDistanceSum.SequenceEqual(two.InverseDistanceSum) && one.Reachable.SequenceEqual(two.Reachable);
    }

    [Property(MaxTest = 12, Arbitrary = new[] { typeof(FullRangeSeeds) })]
    public bool A_block_large_enough_to_run_in_chunks_equals_the_plain_kernel_on_one_thread_and_two(int seed)
    {
        // 256 nodes and more: the block's batches of sources run in 16 chunks on parallel workers.
        var graph = RandomGraph(new Random(seed), weighted: false, tolerant: false, largeBlock: true);
        var plain = new PathKernel(graph, false, decompose: false);
        plain.Run(true, CancellationToken.None);
        var one = new PathKernel(graph, false);
        one.Run(true, CancellationToken.None, null, 1, distances: false);
        var two = new PathKernel(graph, false);
        two.Run(true, CancellationToken.None, null, 2, distances: false);
        return one.Betweenness!.SequenceEqual(two.Betweenness!)
            && Enumerable.Range(0, graph.NodeCount).All(v => Close(plain.Betweenness![v], one.Betweenness![v]));
    }

    [Theory]
    [InlineData(100)]
    [InlineData(101)]
    [InlineData(300)]
    public void A_long_cycle_where_a_batch_meets_each_node_on_many_levels(int n)
    {
        // Sixteen neighbouring sources on a cycle reach a far node at up to sixteen levels, so a batch needs about 16·n
        // entries (its lists grow). Each node of C_n lies inside (n−2)²/8 pairs for even n, (n−1)(n−3)/8 for odd n
        // (unordered; Brandes' raw sums count both orders).
        var graph = WeightedGraph.FromEdges(n, Enumerable.Range(0, n).Select(i => (i, (i + 1) % n, 1.0)).ToArray());
        var kernel = new PathKernel(graph, false);
        kernel.Run(true, CancellationToken.None, distances: false);
        double expected = 2 * (n % 2 == 0 ? (n - 2) * (n - 2) / 8.0 : (n - 1) * (n - 3) / 8.0);
        Assert.All(kernel.Betweenness!, b => Assert.Equal(expected, b, 1e-9));
    }

    [Fact]
    public void Blocks_of_two_triangles_on_a_cut_point_with_a_pendant_chain()
    {
        // Triangles 0-1-2 and 2-3-4 share articulation point 2; chain 4-5-6 hangs on 4; 7 is isolated.
        var graph = WeightedGraph.FromEdges(8, [(0, 1, 1.0), (1, 2, 1.0), (0, 2, 1.0), (2, 3, 1.0), (3, 4, 1.0), (2, 4, 1.0), (4, 5, 1.0), (5, 6, 1.0)]);
        var blocks = Blocks.Find(graph, CancellationToken.None);
        var found = Enumerable.Range(0, blocks.Count)
            .Select(b => string.Join(" ", blocks.BlockNodes(b).ToArray().Zip(blocks.Representatives.AsSpan(blocks.Offsets[b], blocks.Offsets[b + 1] - blocks.Offsets[b]).ToArray(), (v, r) => $"{v}:{r}").Order()))
            .Order().ToList();
        // Block {2,3,4}: node 2 stands for {0,1,2}, node 4 for {4,5,6}. Every block's counts add up to the component (7).
        Assert.Equal(["0:1 1:1 2:5", "2:3 3:1 4:3", "4:5 5:2", "5:6 6:1"], found);
        // 2 separates {0,1} from {3,4,5,6}: 2·(2·4) = 16 ordered pairs; 5 separates 6 from five others: 10; 7 none.
        Assert.Equal(16, blocks.SeparatedPairs[2]);
        Assert.Equal(10, blocks.SeparatedPairs[5]);
        Assert.Equal(0, blocks.SeparatedPairs[7]);
        Assert.Equal(0, blocks.SeparatedPairs[3]);
    }

    private static bool Close(double expected, double actual, double tolerance = 1e-12) => Math.Abs(expected - actual) <= tolerance * Math.Max(1, Math.Abs(expected));

    /// <summary>Components of random small blocks (cycles with chords, cliques, single ties) hung on each other at cut
    /// points, pendant chains, a few isolates; strengths 1–6, or times √2 so that only the tolerance finds ties. With
    /// <paramref name="largeBlock"/>, the first component starts with a block of 256–600 nodes (a cycle with chords).</summary>
    internal static WeightedGraph RandomGraph(Random random, bool weighted, bool tolerant, bool largeBlock = false)
    {
        var edges = new List<(int, int, double)>();
        int n = 0;
        double Strength() => !weighted ? 1 : random.Next(1, 7) * (tolerant ? Math.Sqrt(2) : 1);
        int components = 1 + random.Next(4);
        for (int c = 0; c < components; c++)
        {
            var nodes = new List<int> { n++ };
            int blocks = random.Next(1, 12);
            for (int b = 0; b < blocks; b++)
            {
                int anchor = nodes[random.Next(nodes.Count)];
                int size = largeBlock && c == 0 && b == 0 ? random.Next(256, 601) : random.Next(5) == 0 ? 2 : random.Next(3, 9);
                var block = new List<int> { anchor };
                for (int i = 1; i < size; i++)
                {
                    block.Add(n++);
                }

                for (int i = 0; i < size; i++)
                {
                    edges.Add((block[i], block[(i + 1) % size], Strength()));
                }

                for (int chord = random.Next(size); chord > 0; chord--)
                {
                    edges.Add((block[random.Next(size)], block[random.Next(size)], Strength()));
                }

                nodes.AddRange(block.Skip(1));
            }

            for (int chain = random.Next(4); chain > 0; chain--)
            {
                int at = nodes[random.Next(nodes.Count)];
                for (int length = random.Next(1, 5); length > 0; length--)
                {
                    edges.Add((at, n, Strength()));
                    at = n++;
                }
            }
        }

        n += random.Next(3);
        return WeightedGraph.FromEdges(n, edges.ToArray());
    }
}
