using System.Globalization;
using System.Text.Json;
using CooperationGraph.Graph;
using CooperationGraph.Metrics.Inference;
using CooperationGraph.Tests.IO;
using CooperationGraph.Text;

namespace CooperationGraph.Tests.Metrics.Inference;

public class BootstrapIntervalsTests
{
    // Sectors A, A, B, B of institutions 0..3.
    private static readonly int[] Sectors = [0, 0, 1, 1];

    private static WeightedGraph Graph(int n, params (int U, int V)[] ties) =>
        WeightedGraph.FromEdges(n, [.. ties.Select(t => (t.U, t.V, 1.0))]);

    private static double[] Evaluate(WeightedGraph graph, int[] draws, params byte[] standIns)
    {
        var statistics = new double[VertexBootstrapKernel.StatisticCount];
        new VertexBootstrapKernel(graph, Sectors).Evaluate(draws, standIns, statistics, CancellationToken.None);
        return statistics;
    }

    private static void AssertClose(double[] expected, double[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i], actual[i], 1e-15);
        }
    }

    [Fact]
    public void Estimates_on_the_path_0_1_2_3_are_worked_out_by_hand()
    {
        // Density 3/6; degrees 1,2,2,1: Σ(2 − d) / (3·2) = 1/3; betweenness 0, 2/3, 2/3, 0: Σ(2/3 − b) / 3 = 4/9;
        // ties 0–1 and 2–3 inside a sector, 1–2 across: E-I (1 − 2)/3 = −1/3.
        var s = Evaluate(Graph(4, (0, 1), (1, 2), (2, 3)), [0, 1, 2, 3]);
        AssertClose([0.5, 1 / 3.0, 4 / 9.0, -1 / 3.0], s);
    }

    [Fact]
    public void A_repeated_draw_takes_its_stand_in_pair_whole_tie_and_sector_relation()
    {
        // Draws 0,0,1,2 of the path: draws 0 and 1 (both institution 0) take the stand-in, here a tie. Ties d0–d2,
        // d1–d2 (0–1), d2–d3 (1–2), d0–d1 (stand-in): density 4/6; degrees 2,2,3,1: Σ(3 − d)/6 = 4/6; d2 lies on the
        // paths d3–d0 and d3–d1: betweenness 2/3 for d2, Σ(2/3 − b)/3 = 2/3. Sectors of the draws A,A,A,B: d0–d2 and
        // d1–d2 inside, d2–d3 between; the stand-in inside (a pair within a sector): E 1, I 3, E-I −1/2; between: 0.
        var path = Graph(4, (0, 1), (1, 2), (2, 3));
        AssertClose([4 / 6.0, 4 / 6.0, 2 / 3.0, -0.5], Evaluate(path, [0, 0, 1, 2], VertexBootstrapKernel.TieWithin));
        AssertClose([4 / 6.0, 4 / 6.0, 2 / 3.0, 0], Evaluate(path, [0, 0, 1, 2], VertexBootstrapKernel.TieBetween));
        // Without the stand-in tie: 3 ties, a star around d2: degree and betweenness centralization 1, E-I (1 − 2)/3.
        AssertClose([0.5, 1, 1, -1 / 3.0], Evaluate(path, [0, 0, 1, 2], VertexBootstrapKernel.NoTie));
        Assert.Throws<ArgumentException>(() => Evaluate(path, [0, 0, 1, 2]));
    }

    [Fact]
    public void A_draw_that_is_the_later_end_of_two_stand_in_ties_keeps_both()
    {
        // Draws 0,0,0,3 of the path: the three draws of institution 0 take the stand-ins (d0,d1), (d0,d2), (d1,d2) in
        // this order; here no tie, a tie, a tie, so d2 is tied to d0 and d1, and d3 (institution 3, no neighbour drawn)
        // is alone. Density 2/6; degrees 1,1,2,0: Σ(2 − d)/6 = 4/6; d2 lies on the path d0–d1: betweenness 1/3,
        // Σ(1/3 − b)/3 = 1/3; both ties inside sector A: E-I −1.
        var path = Graph(4, (0, 1), (1, 2), (2, 3));
        AssertClose(
            [2 / 6.0, 4 / 6.0, 1 / 3.0, -1],
            Evaluate(path, [0, 0, 0, 3], VertexBootstrapKernel.NoTie, VertexBootstrapKernel.TieWithin, VertexBootstrapKernel.TieWithin));
    }

    [Fact]
    public void Monte_Carlo_means_agree_with_the_exact_enumeration_of_all_256_draws_of_four_institutions()
    {
        // Ties 0–1 (sectors A–A) and 1–2 (A–B), institution 3 isolated: a stand-in is one of the 6 pairs at random, a tie
        // within a sector with probability 1/6, between sectors 1/6, no tie 4/6. Exact bootstrap distribution: each of
        // the 4^4 draw sequences with probability 1/256 and each of its k stand-ins as above, all 3^k patterns enumerated.
        var graph = Graph(4, (0, 1), (1, 2));
        var kernel = new VertexBootstrapKernel(graph, Sectors);
        var sum = new double[4];
        var squares = new double[4];
        var mass = new double[4];
        var statistics = new double[4];
        var draws = new int[4];
        for (int code = 0; code < 256; code++)
        {
            int k = 0;
            for (int a = 0; a < 4; a++)
            {
                draws[a] = (code >> (2 * a)) & 3;
            }

            for (int a = 0; a < 4; a++)
            {
                for (int b = a + 1; b < 4; b++)
                {
                    k += draws[a] == draws[b] ? 1 : 0;
                }
            }

            var standIns = new byte[k];
            for (int pattern = 0; pattern < (int)Math.Pow(3, k); pattern++)
            {
                double weight = 1 / 256.0;
                for (int j = 0, rest = pattern; j < k; j++, rest /= 3)
                {
                    standIns[j] = (byte)(rest % 3);
                    weight *= standIns[j] == VertexBootstrapKernel.NoTie ? 4 / 6.0 : 1 / 6.0;
                }

                kernel.Evaluate(draws, standIns, statistics, CancellationToken.None);
                for (int s = 0; s < 4; s++)
                {
                    if (!double.IsNaN(statistics[s]))
                    {
                        sum[s] += weight * statistics[s];
                        squares[s] += weight * statistics[s] * statistics[s];
                        mass[s] += weight;
                    }
                }
            }
        }

        // By hand: every pair of draws is tied with probability 1/3 (distinct institutions: a random distinct pair;
        // the same: its stand-in), so the bootstrap mean of the density is the density.
        Assert.Equal(1.0, mass[0], 13);
        Assert.Equal(1 / 3.0, sum[0], 13);

        const int replicates = 20000;
        var values = BootstrapIntervals.Replicate(graph, Sectors, 0, 0, replicates, 11, CancellationToken.None);
        for (int s = 0; s < 4; s++)
        {
            double mean = sum[s] / mass[s], variance = (squares[s] / mass[s]) - (mean * mean);
            var defined = Enumerable.Range(0, replicates).Select(r => values[(r * 5) + s]).Where(v => !double.IsNaN(v)).ToList();
            Assert.InRange(defined.Count / (double)replicates, mass[s] - 0.02, mass[s] + 0.02);
            double se = Math.Sqrt(variance / defined.Count);
            Assert.InRange(defined.Average(), mean - (4 * se), mean + (4 * se));
        }
    }

    [Fact]
    public void Activation_replicates_draw_among_the_declared_with_the_binomial_mean_and_variance()
    {
        // 10 declared, 7 active: each replicate is Binomial(10, 0.7)/10: mean 0.7, variance 0.021.
        var values = BootstrapIntervals.Replicate(Graph(2, (0, 1)), [0, 0], 10, 7, 20000, 3, CancellationToken.None);
        var rates = Enumerable.Range(0, 20000).Select(r => values[(r * 5) + 4]).ToList();
        double se = Math.Sqrt(0.021 / 20000);
        Assert.InRange(rates.Average(), 0.7 - (4 * se), 0.7 + (4 * se));
        double variance = rates.Select(v => (v - 0.7) * (v - 0.7)).Average();
        Assert.InRange(variance, 0.021 * 0.95, 0.021 * 1.05);
        var interval = BootstrapIntervals.Compute(Graph(2, (0, 1)), [0, 0], 10, 7, 1000, 3, CancellationToken.None).ActivationRate;
        Assert.Equal(0.7, interval.Estimate, 15);
        Assert.Equal(0.4, interval.Low, 15);
        Assert.Equal(1.0, interval.High, 15);
    }

    [Fact]
    public void Two_tied_institutions_give_density_one_in_every_replicate_and_undefined_centralization()
    {
        // A repeated draw stands in the only distinct pair, which is tied.
        var intervals = BootstrapIntervals.Compute(Graph(2, (0, 1)), [0, 1], 2, 2, 500, 1, CancellationToken.None);
        Assert.Equal(new BootstrapInterval(1, 1, 1), intervals.Density);
        Assert.Equal(new BootstrapInterval(1, 1, 1), intervals.ActivationRate);
        Assert.True(double.IsNaN(intervals.DegreeCentralization.Low) && double.IsNaN(intervals.BetweennessCentralization.Estimate));
    }

    [Fact]
    public void Quantiles_interpolate_between_order_statistics_as_R_type_7()
    {
        // R: quantile(1:5, c(0.025, 0.975)) = 1.1, 4.9.
        double[] values = [5, 1, 4, 2, 3, double.NaN];
        var interval = BootstrapInterval.From(3, values);
        Assert.Equal(1.1, interval.Low, 15);
        Assert.Equal(4.9, interval.High, 15);
        Assert.True(interval.Contains(3));
        Assert.False(BootstrapInterval.From(double.NaN, [1.0, 2.0]).Contains(1.5));
    }

    [Fact]
    public void Same_seed_gives_the_same_intervals_and_another_seed_other_ones()
    {
        var graph = Graph(4, (0, 1), (1, 2), (2, 3));
        var a = BootstrapIntervals.Compute(graph, Sectors, 4, 3, 400, 5, CancellationToken.None);
        Assert.Equal(a, BootstrapIntervals.Compute(graph, Sectors, 4, 3, 400, 5, CancellationToken.None));
        Assert.NotEqual(BootstrapIntervals.Replicate(graph, Sectors, 4, 3, 400, 5, CancellationToken.None),
            BootstrapIntervals.Replicate(graph, Sectors, 4, 3, 400, 6, CancellationToken.None));
    }

    [Fact]
    public void On_Loniow_and_a_generated_gmina_the_intervals_hold_the_estimates_of_the_analysis()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var generated = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 1, Seed = 24 });
        foreach (var dataset in new[] { loniow, generated })
        {
            var result = CooperationAnalysis.Run(dataset, new() { Permutations = 50, Seed = 9 });
            var intervals = result.Statistics!.Intervals!;
            Assert.Equal(1000, intervals.Replicates);
            Assert.Equal(result.Structure.Density, intervals.Density.Estimate, 15);
            Assert.Equal(result.Centrality.Centralization.Degree, intervals.DegreeCentralization.Estimate, 12);
            Assert.Equal(result.Centrality.Centralization.Betweenness, intervals.BetweennessCentralization.Estimate, 12);
            Assert.Equal(result.Mixing.EIIndex, intervals.EIIndex.Estimate, 15);
            Assert.Equal(result.Gaps.ActivationRate, intervals.ActivationRate.Estimate, 15);
            foreach (var interval in new[] { intervals.Density, intervals.DegreeCentralization, intervals.BetweennessCentralization, intervals.EIIndex, intervals.ActivationRate })
            {
                Assert.True(interval.Contains(interval.Estimate), $"{interval} on {dataset.Institutions.Count} institutions");
            }
        }
    }

    [Fact]
    public void Gaps_json_has_intervals_with_the_five_keys_and_null_above_MaxInstitutions()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = CooperationAnalysis.Run(loniow, new() { Permutations = 50, Seed = 9 });
        using var json = JsonDocument.Parse(ResultJson.ToJson(result));
        var intervals = json.RootElement.GetProperty("intervals");
        Assert.Equal(["density", "degreeCentralization", "betweennessCentralization", "eiIndex", "activationRate"], intervals.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["estimate", "low", "high"], intervals.GetProperty("density").EnumerateObject().Select(p => p.Name));
        Assert.Equal(result.Structure.Density, intervals.GetProperty("density").GetProperty("estimate").GetDouble(), 15);
        Assert.Equal(result.Statistics!.Intervals!.EIIndex.Low, intervals.GetProperty("eiIndex").GetProperty("low").GetDouble(), 15);

        var limited = CooperationAnalysis.Run(loniow, new() { Permutations = 50, Seed = 9, Regression = new() { MaxInstitutions = 5 } });
        Assert.Null(limited.Statistics!.Intervals);
        using var without = JsonDocument.Parse(ResultJson.ToJson(limited));
        Assert.Equal(JsonValueKind.Null, without.RootElement.GetProperty("intervals").ValueKind);
    }

    [Fact]
    public void The_report_shows_each_interval_beside_its_value_as_the_reader_writes_numbers_and_what_it_assumes()
    {
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var result = CooperationAnalysis.Run(loniow, new() { Permutations = 50 });
        var density = result.Statistics!.Intervals!.Density;
        Assert.Equal((0.41578947368421054, 0.21578947368421053, 0.6368421052631579), (density.Estimate, density.Low, density.High));
        string html = HtmlReport.Render(result, new() { Plotly = PlotlyScript.Cdn });
        Assert.Contains("<span class=\"value\">0.416 (0.22–0.64)</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\">0.867 (0.67–1)</span>", html, StringComparison.Ordinal);
        Assert.Contains("In brackets: 95 % intervals from a vertex bootstrap (Snijders &amp; Borgatti 1999; 1,000 replicates, seed 20190709). What they assume: the institutions are a sample from a larger population", html, StringComparison.Ordinal);

        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("pl-PL");
        try
        {
            string polish = HtmlReport.Render(result, new() { Plotly = PlotlyScript.Cdn });
            Assert.Contains("<span class=\"value\">0,416 (0,22–0,64)</span>", polish, StringComparison.Ordinal);
            Assert.Contains("W nawiasach: 95-procentowe przedziały z bootstrapu wierzcho", polish, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }

        // Weighted centrality: the report's betweenness centralization is weighted, the interval's is not, so none is shown beside it.
        var weighted = CooperationAnalysis.Run(loniow, new() { Permutations = 50, WeightedCentrality = true });
        string weightedHtml = HtmlReport.Render(weighted, new() { Plotly = PlotlyScript.Cdn });
        Assert.Contains($"<span class=\"value\">{Words.Number(weighted.Centrality.Centralization.Betweenness)}</span>", weightedHtml, StringComparison.Ordinal);
        Assert.Contains("<span class=\"value\">0.416 (0.22–0.64)</span>", weightedHtml, StringComparison.Ordinal);

        string without = HtmlReport.Render(CooperationAnalysis.Run(loniow, new() { Permutations = 50, Statistics = new() { BootstrapReplicates = 0 } }), new() { Plotly = PlotlyScript.Cdn });
        Assert.Contains("<span class=\"value\">0.416</span>", without, StringComparison.Ordinal);
        Assert.DoesNotContain("In brackets", without, StringComparison.Ordinal);
    }
}
