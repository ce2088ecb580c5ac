using CooperationGraph.Metrics.Structure;

namespace CooperationGraph;

/// <summary>
/// Which institutions form the network's core: the discrete core–periphery model of Borgatti &amp; Everett (1999),
/// Models of core/periphery structures, Social Networks 21(4), 375–395, https://doi.org/10.1016/S0378-8733(99)00019-2,
/// in its variant that does not count core–periphery pairs.
/// </summary>
/// <remarks>
/// <para>The core C maximises the Pearson correlation ρ between the tie matrix (undirected, binary: weights are
/// ignored) and the ideal pattern δ_ij = 1 when i and j are both in the core, 0 when both are in the periphery, over
/// those pairs only (core–periphery pairs are left out: the paper's variant that treats the off-diagonal block as
/// missing). With
/// c = |C|, p = n − c, N_c = c(c−1)/2, N_p = p(p−1)/2, N = N_c + N_p, E_cc the ties inside the core and E = E_cc + E_pp
/// the ties inside either block: ρ = (N·E_cc − E·N_c) / √(N_c·N_p·E·(N − E)). A perfect structure (the core a clique,
/// no tie inside the periphery) has ρ = 1. There is no NetworkX equivalent; <c>numpy.corrcoef</c> of the two vectors of
/// counted pairs gives the same number, and the fixture script under Fixtures/CorePeriphery checks it.</para>
/// <para>Edge cases: ρ is undefined when the core or the periphery has fewer than 2 institutions, when the counted pairs
/// hold no tie (a network without ties) or when all of them are tied (a complete network); such splits are never
/// chosen, and when every split is undefined the core is empty and ρ is NaN. Isolated institutions can sit in either
/// block; they land in the periphery because a core member without ties lowers ρ. Optimal cores need not be unique (a
/// star's centre with any one leaf gives ρ = 1); the seed picks one.</para>
/// <para>Found by a local search (moves of one institution, swaps of a core and a periphery institution, Kernighan–Lin
/// chains) from several starts: the institutions by falling degree, each institution with its neighbours (networks of
/// up to 150 institutions) and <see cref="CorePeripheryOptions.Restarts"/> − 1 seeded random sets. Each move is
/// evaluated in O(1) from counts and applied in O(degree); a sweep is O(n + m), a swap round or chain O(n² + m). Above
/// 300 institutions (several gminas at once) swaps and chains are skipped, so the search is moves only and may stop
/// short of the optimum. It reaches the optimum of an exhaustive search on all 46 graphs of 6 to 22 institutions in the
/// fixtures (Florentine families, Łoniów, three generated gminas, random graphs) and on 3 000 random graphs of 4 to 13
/// (1 000 of them in the tests). The python package <c>cpnet</c> 0.0.21 (<c>cpnet.BE</c>), the reference the project
/// was asked to compare with, cannot be installed here (no Python package index); its source shows that it optimises
/// the other variant, in which core–periphery pairs count as ties (δ_ij = x_i ∨ x_j, all pairs counted), so its
/// correlation is not this one.</para>
/// </remarks>
public static class CorePeripheryDetection
{
    /// <summary>The core of a network (every institution is in the core or in the periphery).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Restarts is below 1.</exception>
    public static CorePeripheryPartition BorgattiEverett(CooperationNetwork network, CorePeripheryOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new CorePeripheryOptions();
        if (options.Restarts < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Restarts, "The number of restarts must be at least 1.");
        }

        var (core, correlation) = CorePeripheryKernel.Run(network.Graph, options.Seed, options.Restarts, cancellationToken);
        return new CorePeripheryPartition([.. network.Institutions.Select(i => i.Id)], core, correlation, options);
    }

    /// <summary>The correlation ρ of a given core (ids of the network's institutions; the others are the periphery); NaN where undefined.</summary>
    /// <exception cref="KeyNotFoundException">An id is not in the network.</exception>
    public static double Correlation(CooperationNetwork network, IEnumerable<string> core)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(core);
        var inCore = new bool[network.Institutions.Count];
        foreach (string id in core)
        {
            inCore[network.IndexOf(id)] = true;
        }

        return CorePeripheryKernel.Correlation(network.Graph, inCore);
    }
}
