using CooperationGraph.Graph;
using CooperationGraph.Metrics.Inference;

namespace CooperationGraph;

/// <summary>
/// 95 % percentile intervals of the headline statistics from a vertex bootstrap: how much each would vary if the
/// institutions were another sample of the same size from a larger population of institutions like them. That is the
/// assumption; the bootstrap says nothing about ties missed in the data.
/// </summary>
/// <remarks>
/// <para>Snijders, T. A. B. &amp; Borgatti, S. P. (1999), "Non-parametric standard errors and tests for network
/// statistics", Connections 22(2), 161–170, as UCINET does it: each replicate draws n institutions with replacement;
/// the tie between draws a and b is the original tie between the institutions drawn; where a and b drew the same
/// institution, the tie of a pair of two distinct institutions drawn at random stands in. On that replicate network (n
/// nodes) the statistics are those of the analysis: <see cref="Density"/> ties / (n(n − 1)/2) (NetworkX
/// <c>density</c>); <see cref="DegreeCentralization"/> and <see cref="BetweennessCentralization"/> Freeman's, as
/// <see cref="Centralization"/> on unweighted ties (igraph <c>centr_degree</c>/<c>centr_betw</c>, normalized); the
/// network <see cref="EIIndex"/> (E − I)/(E + I) with the sectors of the institutions drawn (R netseg <c>ei()</c>). A
/// stand-in brings its random pair whole, its tie and whether its two institutions share a sector: counting a stand-in
/// tie inside the sector of the repeated institution would pull the E-I index down by about (n − 1)/2 · density
/// inside ties per replicate, and the interval would miss a high estimate (on Łoniów, E-I 0.975, it did).</para>
/// <para><see cref="ActivationRate"/> is the gap report's rate, |declared ∩ active| / |declared|: a share of
/// <i>institutions</i> (signatories of a declaration in force that took part in a joint action of the window), not of
/// ties. Its replicates draw, with replacement, as many institutions as declared from among the declared and count the
/// active ones.</para>
/// <para>Each replicate has its own generator, seeded from <see cref="Seed"/> in order, so replicates run in parallel
/// and the intervals do not depend on the number of threads. Replicates where a statistic is undefined (an E-I index
/// without ties) are left out of its quantiles. Time O(B·n·m) for B replicates, n institutions and m ties (betweenness
/// dominates; benchmarks/README.md has the measurements); memory O(n + m) per thread. NetworkX has no equivalent.</para>
/// </remarks>
/// <param name="Density">Density of the enacted network.</param>
/// <param name="DegreeCentralization">Freeman degree centralization (unweighted).</param>
/// <param name="BetweennessCentralization">Freeman betweenness centralization (unweighted).</param>
/// <param name="EIIndex">The network E-I index of sectors.</param>
/// <param name="ActivationRate">Share of the declared institutions that acted.</param>
/// <param name="Replicates">Bootstrap replicates B.</param>
/// <param name="Seed">Seed of the draws: the same seed gives the same intervals.</param>
public sealed record BootstrapIntervals(
    BootstrapInterval Density,
    BootstrapInterval DegreeCentralization,
    BootstrapInterval BetweennessCentralization,
    BootstrapInterval EIIndex,
    BootstrapInterval ActivationRate,
    int Replicates,
    int Seed)
{
    /// <summary>The intervals of the enacted network of a window and its gap report (for the activation rate).</summary>
    /// <param name="network">The enacted network; a tie is present or not (strengths are not used).</param>
    /// <param name="gaps">Its gap report: who declared and who acted.</param>
    /// <param name="replicates">Bootstrap replicates B (1 000 in an analysis, <see cref="StatisticsOptions.BootstrapReplicates"/>).</param>
    /// <param name="seed">Seed of the draws.</param>
    /// <param name="cancellationToken">Cancels between replicates.</param>
    public static BootstrapIntervals Compute(CooperationNetwork network, GapReport gaps, int replicates, int seed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(gaps);
        var institutions = network.Institutions;
        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        var sector = new int[institutions.Count];
        for (int i = 0; i < sector.Length; i++)
        {
            sector[i] = codes.TryGetValue(institutions[i].Sector.Code, out int c) ? c : codes[institutions[i].Sector.Code] = codes.Count;
        }

        var active = gaps.Active.ToHashSet(StringComparer.Ordinal);
        int declaredActive = gaps.Declared.Count(active.Contains);
        return Compute(network.Graph, sector, gaps.Declared.Count, declaredActive, replicates, seed, cancellationToken);
    }

    /// <summary>The intervals on a compact graph: <paramref name="declared"/> declared institutions of which <paramref name="declaredActive"/> acted.</summary>
    internal static BootstrapIntervals Compute(WeightedGraph graph, int[] sector, int declared, int declaredActive, int replicates, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(replicates);
        int n = graph.NodeCount;
        const int k = VertexBootstrapKernel.StatisticCount;
        var estimate = new double[k];
        var identity = new int[n];
        for (int i = 0; i < n; i++)
        {
            identity[i] = i;
        }

        new VertexBootstrapKernel(graph, sector).Evaluate(identity, [], estimate, cancellationToken);
        var values = Replicate(graph, sector, declared, declaredActive, replicates, seed, cancellationToken);
        double rate = declared == 0 ? double.NaN : (double)declaredActive / declared;
        var column = new double[replicates];
        BootstrapInterval Interval(int statistic, double value)
        {
            for (int r = 0; r < replicates; r++)
            {
                column[r] = values[(r * (k + 1)) + statistic];
            }

            return BootstrapInterval.From(value, column);
        }

        return new BootstrapIntervals(Interval(0, estimate[0]), Interval(1, estimate[1]), Interval(2, estimate[2]),
            Interval(3, estimate[3]), Interval(4, rate), replicates, seed);
    }

    /// <summary>
    /// The replicated statistics, replicate by replicate: density, degree centralization, betweenness centralization,
    /// E-I index, activation rate (<see cref="VertexBootstrapKernel.StatisticCount"/> + 1 values each).
    /// </summary>
    internal static double[] Replicate(WeightedGraph graph, int[] sector, int declared, int declaredActive, int replicates, int seed, CancellationToken cancellationToken)
    {
        int n = graph.NodeCount;
        const int k = VertexBootstrapKernel.StatisticCount;
        var values = new double[(k + 1) * replicates];
        var seeds = new int[replicates];
        var master = new Random(seed);
        for (int r = 0; r < replicates; r++)
        {
            seeds[r] = master.Next();
        }

        if (n > 0)
        {
            var options = new ParallelOptions { CancellationToken = cancellationToken };
            Parallel.For(0, replicates, options, () => (Kernel: new VertexBootstrapKernel(graph, sector), Draws: new int[n]), (r, _, local) =>
            {
                var random = new Random(seeds[r]);
                local.Kernel.Draw(random, local.Draws);
                local.Kernel.Evaluate(local.Draws, local.Kernel.StandIns, values.AsSpan(r * (k + 1), k), cancellationToken);
                values[(r * (k + 1)) + k] = ActivationReplicate(random, declared, declaredActive);
                return local;
            }, _ => { });
        }
        else
        {
            values.AsSpan().Fill(double.NaN);
        }

        return values;
    }

    /// <summary>One replicate's activation rate: <paramref name="declared"/> draws among the declared, the first <paramref name="declaredActive"/> of them active.</summary>
    internal static double ActivationReplicate(Random random, int declared, int declaredActive)
    {
        if (declared == 0)
        {
            return double.NaN;
        }

        int acted = 0;
        for (int d = 0; d < declared; d++)
        {
            acted += random.Next(declared) < declaredActive ? 1 : 0;
        }

        return (double)acted / declared;
    }
}
