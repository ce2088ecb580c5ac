using CooperationGraph.Graph;
using CooperationGraph.Metrics.Centrality;

namespace CooperationGraph.Metrics.Inference;

/// <summary>
/// One thread's replicate of the vertex bootstrap (Snijders &amp; Borgatti 1999): from the n institutions drawn with
/// replacement it builds the replicate network on the n draws and measures it. Draws a and b of two distinct
/// institutions are tied when those institutions are; two draws of the same institution take a stand-in value, the tie
/// of a pair of distinct institutions drawn at random (<see cref="Draw"/>), given to <see cref="Evaluate"/> as one
/// value per such pair (<see cref="NoTie"/>, <see cref="TieWithin"/>, <see cref="TieBetween"/>) so that a test can
/// enumerate them. A stand-in brings its pair whole: its tie and whether its two institutions share a sector, which
/// the E-I index counts (the two draws of one institution share a sector by definition, and counting every stand-in
/// tie as inside would bias the E-I index down by about (n − 1)/2 · density inside ties per replicate; taking the pair
/// whole keeps the expected numbers of inside and between ties those observed, as it keeps the expected density).
/// The replicate is a simple graph: n nodes, no self-loops.
/// Buffers of size n are kept from replicate to replicate; the replicate's CSR arrays (O(n + m)) are new each time,
/// since <see cref="WeightedGraph"/> holds them.
/// </summary>
internal sealed class VertexBootstrapKernel
{
    /// <summary>Statistics per replicate, in this order: density, degree centralization, betweenness centralization, E-I index.</summary>
    public const int StatisticCount = 4;

    /// <summary>A stand-in pair without a tie.</summary>
    public const byte NoTie = 0;

    /// <summary>A stand-in pair tied, its two institutions in one sector.</summary>
    public const byte TieWithin = 1;

    /// <summary>A stand-in pair tied, its two institutions in different sectors.</summary>
    public const byte TieBetween = 2;

    private readonly WeightedGraph graph;
    private readonly int[] sector;
    private readonly int n;
    private readonly int[] counts;
    private readonly int[] starts;
    private readonly int[] drawsOf;
    private readonly int[] reach;
    private readonly int[] reachWithin;
    private readonly int[] standInDegree;
    private readonly double[] degrees;
    private readonly List<(int A, int B)> standInTies = [];
    private byte[] standIns;
    private int standInCount;

    /// <param name="graph">The original network (unweighted use: a tie is present or not).</param>
    /// <param name="sector">Each institution's sector, as a small integer.</param>
    public VertexBootstrapKernel(WeightedGraph graph, int[] sector)
    {
        this.graph = graph;
        this.sector = sector;
        n = graph.NodeCount;
        counts = new int[n];
        starts = new int[n + 1];
        drawsOf = new int[n];
        reach = new int[n];
        reachWithin = new int[n];
        standInDegree = new int[n];
        degrees = new double[n];
        standIns = new byte[Math.Max(8, n)];
    }

    /// <summary>The stand-in values of the last <see cref="Draw"/>, one per pair of draws of the same institution.</summary>
    public ReadOnlySpan<byte> StandIns => standIns.AsSpan(0, standInCount);

    /// <summary>
    /// Draws n institutions with replacement into <paramref name="draws"/> and, for each pair of draws of the same
    /// institution (in the order <see cref="Evaluate"/> reads them), the tie of a pair of distinct institutions drawn at
    /// random (<see cref="StandIns"/>).
    /// </summary>
    public void Draw(Random random, Span<int> draws)
    {
        Array.Clear(counts);
        for (int a = 0; a < n; a++)
        {
            draws[a] = random.Next(n);
            counts[draws[a]]++;
        }

        long same = 0;
        for (int i = 0; i < n; i++)
        {
            same += (long)counts[i] * (counts[i] - 1) / 2;
        }

        if (same > standIns.Length)
        {
            standIns = new byte[Math.Max(same, 2L * standIns.Length)];
        }

        for (long k = 0; k < same; k++)
        {
            int u = random.Next(n), v = random.Next(n - 1);
            v += v >= u ? 1 : 0;
            standIns[k] = graph.Weight(u, v) == 0 ? NoTie : sector[u] == sector[v] ? TieWithin : TieBetween;
        }

        standInCount = (int)same;
    }

    /// <summary>
    /// Builds the replicate network of <paramref name="draws"/> and writes its <see cref="StatisticCount"/> statistics
    /// into <paramref name="statistics"/>. <paramref name="standIns"/> holds one value per pair of draws of the same
    /// institution: institutions in increasing order, and within one the pairs (a, b), a &lt; b, of its draws in
    /// increasing (a, b) order. Statistics as the analysis defines them: density ties / (n(n − 1)/2); Freeman degree and
    /// betweenness centralization (<see cref="Centralization"/>, unweighted); the network E-I index (E − I)/(E + I) over
    /// the ties, sectors those of the institutions drawn, a stand-in tie inside or between as its pair (NaN without ties).
    /// </summary>
    public void Evaluate(ReadOnlySpan<int> draws, ReadOnlySpan<byte> standIns, Span<double> statistics, CancellationToken cancellationToken)
    {
        Array.Clear(counts);
        foreach (int i in draws)
        {
            counts[i]++;
        }

        starts[0] = 0;
        long same = 0;
        for (int i = 0; i < n; i++)
        {
            starts[i + 1] = starts[i] + counts[i];
            same += (long)counts[i] * (counts[i] - 1) / 2;
        }

        if (same != standIns.Length)
        {
            throw new ArgumentException($"The draws have {same} pairs of the same institution; {standIns.Length} stand-in values were given.", nameof(standIns));
        }

        counts.AsSpan().Clear();
        for (int a = 0; a < n; a++)
        {
            int i = draws[a];
            drawsOf[starts[i] + counts[i]++] = a;
        }

        // Stand-in ties among the draws of one institution, in the order the caller gave their values.
        standInTies.Clear();
        Array.Clear(standInDegree);
        int next = 0;
        long standInWithin = 0;
        for (int i = 0; i < n; i++)
        {
            for (int x = starts[i]; x < starts[i + 1]; x++)
            {
                for (int y = x + 1; y < starts[i + 1]; y++)
                {
                    byte value = standIns[next++];
                    if (value != NoTie)
                    {
                        standInWithin += value == TieWithin ? 1 : 0;
                        standInTies.Add((drawsOf[x], drawsOf[y]));
                        standInDegree[drawsOf[x]]++;
                        standInDegree[drawsOf[y]]++;
                    }
                }
            }
        }

        // Draws reached from institution i: the draws of its neighbours.
        var offsets = graph.Offsets;
        var targets = graph.Targets;
        for (int i = 0; i < n; i++)
        {
            int sum = 0, inSector = 0;
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                sum += counts[targets[e]];
                inSector += sector[targets[e]] == sector[i] ? counts[targets[e]] : 0;
            }

            reach[i] = sum;
            reachWithin[i] = inSector;
        }

        var replicateOffsets = new int[n + 1];
        for (int a = 0; a < n; a++)
        {
            replicateOffsets[a + 1] = replicateOffsets[a] + reach[draws[a]] + standInDegree[a];
        }

        var replicateTargets = new int[replicateOffsets[n]];
        var fill = standInDegree;
        for (int a = 0; a < n; a++)
        {
            int i = draws[a], at = replicateOffsets[a];
            for (int e = offsets[i]; e < offsets[i + 1]; e++)
            {
                int j = targets[e];
                drawsOf.AsSpan(starts[j], starts[j + 1] - starts[j]).CopyTo(replicateTargets.AsSpan(at));
                at += starts[j + 1] - starts[j];
            }

            fill[a] = at;
        }

        foreach (var (a, b) in standInTies)
        {
            replicateTargets[fill[a]++] = b;
            replicateTargets[fill[b]++] = a;
        }

        long ends = replicateTargets.Length, inside = 0;
        for (int a = 0; a < n; a++)
        {
            Array.Sort(replicateTargets, replicateOffsets[a], replicateOffsets[a + 1] - replicateOffsets[a]);
            degrees[a] = replicateOffsets[a + 1] - replicateOffsets[a];
            inside += reachWithin[draws[a]];
        }

        long ties = ends / 2, within = (inside / 2) + standInWithin;
        statistics[0] = n < 2 ? double.NaN : ties / (n * (n - 1.0) / 2.0);
        statistics[1] = CentralityAnalysis.Freeman(degrees, (n - 1.0) * (n - 2.0), n);
        if (n < 3)
        {
            statistics[2] = double.NaN;
        }
        else
        {
            var weights = new double[replicateTargets.Length];
            weights.AsSpan().Fill(1);
            var replicate = new WeightedGraph(n, replicateOffsets, replicateTargets, weights);
            var raw = BlockBetweenness.Run(replicate, false, null, cancellationToken, null, 1);
            statistics[2] = CentralityAnalysis.Freeman(CentralityAnalysis.ScaleBetweenness(raw, n), n - 1.0, n);
        }

        statistics[3] = ties == 0 ? double.NaN : (double)(ties - within - within) / ties;
    }
}
