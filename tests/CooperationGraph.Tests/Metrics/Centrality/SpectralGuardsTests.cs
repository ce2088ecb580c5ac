using CooperationGraph.Graph;
using CooperationGraph.Metrics.Centrality;
using QuikGraph;
using Measures = CooperationGraph.CentralityAnalysis;

namespace CooperationGraph.Tests.Metrics.Centrality;

/// <summary>
/// Katz, PageRank and eigenvector centrality at their edges: α within 1e-9 of 1/λ_max, a negative β, conjugate gradients
/// that need more than 50 steps, weighted Katz with weights other than 1, a λ_max given too small, cancellation, a
/// PageRank that does not converge, an empty or edgeless graph.
/// </summary>
public class SpectralGuardsTests
{
    private static CooperationNetwork K5(double strength = 1.0) => CooperationNetwork.FromEdgeList(
        from u in "abcde" from v in "abcde" where u < v select (u.ToString(), v.ToString(), strength));

    [Fact]
    public void Katz_refuses_an_alpha_within_a_relative_1e_9_below_one_over_lambda_max_and_names_the_matrix()
    {
        // K5: λ_max = 4; α = 0.25·(1 − 10⁻¹⁰) is below 1/λ_max but inside the margin. Strength 2: λ_max = 8, weighted.
        var error = Assert.Throws<InvalidOperationException>(() => Measures.Katz(K5(), alpha: 0.25 * (1 - 1e-10)));
        Assert.Equal("Katz centrality diverges: alpha = 0.25 is not below 1/λ_max = 0.25 (λ_max = 4, the largest eigenvalue of the adjacency matrix); choose a smaller alpha.", error.Message);
        var weighted = Assert.Throws<InvalidOperationException>(() => Measures.Katz(K5(2.0), e => e.Weight, alpha: 0.125));
        Assert.Equal("Katz centrality diverges: alpha = 0.125 is not below 1/λ_max = 0.125 (λ_max = 8, the largest eigenvalue of the weighted adjacency matrix); choose a smaller alpha.", weighted.Message);
    }

    [Fact]
    public void Weighted_katz_on_a_path_with_weights_2_and_1_is_the_exact_solve_and_networkx()
    {
        // (I − αA)x = 1 with α = 1/10, A the weights a–b 2, b–c 1: x_b = 1.3/0.95 = 130/95, x_a = 1 + 0.2·x_b = 121/95,
        // x_c = 1 + 0.1·x_b = 108/95; normalized: (121, 130, 108)/√43205. NetworkX 3.6.1
        // katz_centrality(G, alpha=0.1, beta=1, weight="weight", tol=1e-15) gives 0.5821278344542006, 0.6254265990003808,
        // 0.5195851745541625 (the same to 1e-16). A weight that divided instead of multiplied would give other values.
        var path = CooperationNetwork.FromEdgeList([("a", "b", 2.0), ("b", "c", 1.0)]);
        var katz = Measures.Katz(path, e => e.Weight, alpha: 0.1);
        double norm = Math.Sqrt(43205);
        Assert.Equal(121 / norm, katz[path.Institutions[0]], 15);
        Assert.Equal(130 / norm, katz[path.Institutions[1]], 15);
        Assert.Equal(108 / norm, katz[path.Institutions[2]], 15);
        Assert.Equal(0.5821278344542006, katz[path.Institutions[0]], 15);
    }

    [Fact]
    public void Katz_given_too_small_a_lambda_max_refuses_at_the_first_step_that_does_not_curve_up_and_names_the_given_one()
    {
        // K2 with α = 2 and a given λ_max of 0.1: αλ = 0.2 passes the first check, but I − 2A has the eigenvalue −1: the
        // first conjugate-gradient step meets the curvature (1,1)·(−1,−1) = −2 and stops, naming the λ_max it was given.
        var pair = WeightedGraph.FromEdges(2, [(0, 1, 1.0)]);
        var error = Assert.Throws<InvalidOperationException>(() => SpectralKernels.Katz(pair, false, 2.0, 1.0, CancellationToken.None, lambdaMax: 0.1));
        Assert.Equal("Katz centrality diverges: alpha = 2 is not below 1/λ_max = 10 (λ_max = 0.1, the largest eigenvalue of the adjacency matrix); choose a smaller alpha.", error.Message);
    }

    [Fact]
    public void Katz_with_a_negative_beta_is_the_same_positive_unit_vector()
    {
        var k5 = K5();
        var values = Measures.Katz(k5, alpha: 0.2, beta: -1.0);
        Assert.All(values.Values, v => Assert.Equal(1 / Math.Sqrt(5), v, 15));
    }

    [Fact]
    public void Katz_on_a_path_of_200_with_alpha_near_the_limit_equals_a_direct_tridiagonal_solve()
    {
        // λ_max = 2cos(π/201) ≈ 1.99976, α = 0.49: αλ_max ≈ 0.98, so conjugate gradients need well over 50 steps.
        const int n = 200;
        const double alpha = 0.49;
        var graph = WeightedGraph.FromEdges(n, [.. Enumerable.Range(0, n - 1).Select(i => (i, i + 1, 1.0))]);
        var katz = SpectralKernels.Katz(graph, false, alpha, 1.0, CancellationToken.None);

        // (I − αA)x = 1 by the Thomas algorithm: diagonal 1, off-diagonals −α.
        var c = new double[n];
        var d = new double[n];
        c[0] = -alpha;
        d[0] = 1;
        for (int i = 1; i < n; i++)
        {
            double m = 1 + (alpha * c[i - 1]);
            c[i] = -alpha / m;
            d[i] = (1 + (alpha * d[i - 1])) / m;
        }

        var x = new double[n];
        x[n - 1] = d[n - 1];
        for (int i = n - 2; i >= 0; i--)
        {
            x[i] = d[i] - (c[i] * x[i + 1]);
        }

        double norm = Math.Sqrt(x.Sum(v => v * v));
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(x[i] / norm, katz[i], 1e-13);
        }
    }

    [Fact]
    public void Katz_checks_the_token_before_its_first_product()
    {
        var graph = K5().Graph;
        Assert.ThrowsAny<OperationCanceledException>(() => SpectralKernels.Katz(graph, false, 0.1, 1.0, new CancellationToken(true), lambdaMax: 4.0));
    }

    [Fact]
    public void Pagerank_checks_the_token_and_compute_checks_it_before_any_measure()
    {
        var cancelled = new CancellationToken(true);
        Assert.ThrowsAny<OperationCanceledException>(() => Measures.PageRank(K5(), cancellationToken: cancelled));
        Assert.ThrowsAny<OperationCanceledException>(() => Measures.Compute(K5(), new CentralityOptions { Measures = [CentralityMeasure.Degree] }, cancelled));
    }

    [Fact]
    public void Pagerank_that_does_not_settle_in_100_iterations_throws_and_a_negative_alpha_is_refused()
    {
        // A star with α = 0.999: the mass swings between hub and leaves, shrinking by 0.999 a step; after 100 steps the
        // L1 change is still about 1, far above n·10⁻⁶.
        var star = CooperationNetwork.FromEdgeList([("hub", "a", 1.0), ("hub", "b", 1.0), ("hub", "c", 1.0), ("hub", "d", 1.0)]);
        var error = Assert.Throws<InvalidOperationException>(() => Measures.PageRank(star, alpha: 0.999));
        Assert.Equal("PageRank did not converge in 100 iterations (NetworkX raises PowerIterationFailedConvergence here).", error.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => Measures.PageRank(star, alpha: -0.1));
    }

    [Fact]
    public void Pagerank_stops_at_networkx_s_100th_iteration_one_that_settles_on_it_is_kept_one_that_needs_a_101st_is_refused()
    {
        // The star of four leaves: the L1 change shrinks by about α a step. NetworkX 3.6.1 (_pagerank_python, the same
        // loop as pagerank's, max_iter=100, tol=1e-6): α = 0.883 settles on the 100th iteration (hub 0.48135842263761175,
        // leaves 0.12966039434059703); α = 0.884 has a change of 5.30e-6 after 100 and 4.69e-6 after 101 against
        // n·tol = 5e-6, so it needs a 101st and NetworkX raises PowerIterationFailedConvergence.
        var star = CooperationNetwork.FromEdgeList([("hub", "a", 1.0), ("hub", "b", 1.0), ("hub", "c", 1.0), ("hub", "d", 1.0)]);
        var settled = Measures.PageRank(star, alpha: 0.883);
        Assert.Equal(0.48135842263761175, settled[star.Institutions[0]], 15);
        Assert.Equal(0.12966039434059703, settled[star.Institutions[1]], 15);
        var error = Assert.Throws<InvalidOperationException>(() => Measures.PageRank(star, alpha: 0.884));
        Assert.Equal("PageRank did not converge in 100 iterations (NetworkX raises PowerIterationFailedConvergence here).", error.Message);
    }

    [Fact]
    public void Eigenvector_of_a_path_of_200_that_needs_restarts_is_the_closed_form_sine_to_1e_9()
    {
        // The path P200 has λ_max = 2cos(π/201) and the eigenvector sin(π(i+1)/201), normalised; its two largest
        // eigenvalues are 7.3e-4 apart, so the 64-vector Krylov basis does not hold the eigenvector to 1e-9 after one
        // pass: the kernel must restart until the residual ‖Ax − λx‖ is 1e-13·λ (one pass only is off by more).
        const int n = 200;
        var graph = WeightedGraph.FromEdges(n, [.. Enumerable.Range(0, n - 1).Select(i => (i, i + 1, 1.0))]);
        var (vector, value) = LanczosKernel.DominantEigenpair(graph, false, CancellationToken.None);
        Assert.Equal(2 * Math.Cos(Math.PI / (n + 1)), value, 1e-13);
        var exact = Enumerable.Range(0, n).Select(i => Math.Sin(Math.PI * (i + 1) / (n + 1))).ToArray();
        double norm = Math.Sqrt(exact.Sum(v => v * v));
        for (int i = 0; i < n; i++)
        {
            Assert.Equal(exact[i] / norm, vector[i], 1e-9);
        }
    }

    [Fact]
    public void An_empty_graph_has_empty_pagerank_and_eigenvector()
    {
        var empty = new UndirectedGraph<string, Edge<string>>();
        Assert.Empty(Measures.PageRank(empty).Values);
        Assert.Empty(Measures.Eigenvector(empty).Values);
    }

    [Fact]
    public void Four_isolated_vertices_have_eigenvector_one_half_each()
    {
        var graph = new UndirectedGraph<string, Edge<string>>();
        graph.AddVertexRange(["a", "b", "c", "d"]);
        Assert.Equal([0.5, 0.5, 0.5, 0.5], Measures.Eigenvector(graph).Values);
    }

    [Fact]
    public void On_a_triangle_and_a_separate_tie_the_eigenvector_lives_on_the_triangle_and_is_positive()
    {
        // λ = 2 on the triangle against 1 on the tie: 1/√3 on each triangle vertex, 0 on the tie.
        var network = CooperationNetwork.FromEdgeList([("a", "b", 1.0), ("b", "c", 1.0), ("c", "a", 1.0), ("x", "y", 1.0)]);
        var table = Measures.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.Eigenvector] });
        foreach (var id in new[] { "a", "b", "c" })
        {
            Assert.Equal(1 / Math.Sqrt(3), table[id, CentralityMeasure.Eigenvector], 12);
        }

        Assert.Equal(0.0, table["x", CentralityMeasure.Eigenvector], 12);
        Assert.Equal(0.0, table["y", CentralityMeasure.Eigenvector], 12);
    }

    [Fact]
    public void Katz_with_a_negative_alpha_takes_the_sign_of_the_sum_as_networkx_does()
    {
        // Star of four leaves, α = −0.45 (|α|·λ_max = 0.9): x_hub = β(1 + 4α)/(1 − 4α²) ∝ −0.8, x_leaf = β(1 + α)/(1 − 4α²)
        // ∝ 0.55. Whatever the sign of β, the vector is scaled so that its sum (1.4) is positive: hub −0.8/√1.85.
        var star = CooperationNetwork.FromEdgeList([("hub", "a", 1.0), ("hub", "b", 1.0), ("hub", "c", 1.0), ("hub", "d", 1.0)]);
        foreach (double beta in new[] { 1.0, -1.0 })
        {
            var katz = Measures.Katz(star, alpha: -0.45, beta: beta);
            Assert.Equal(-0.8 / Math.Sqrt(1.85), katz[star.Institutions[0]], 14);
            Assert.Equal(0.55 / Math.Sqrt(1.85), katz[star.Institutions[1]], 14);
        }
    }

    [Fact]
    public void The_eigen_solver_checks_the_token_before_its_first_restart()
    {
        Assert.ThrowsAny<OperationCanceledException>(() => LanczosKernel.DominantEigenpair(K5().Graph, false, new CancellationToken(true)));
    }
}
