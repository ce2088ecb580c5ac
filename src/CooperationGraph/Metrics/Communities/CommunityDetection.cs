using CooperationGraph.Metrics.Communities;

namespace CooperationGraph;

/// <summary>
/// Which institutions work as a group: communities maximising modularity by the Leiden algorithm (Traag, Waltman &amp;
/// van Eck 2019, From Louvain to Leiden: guaranteeing well-connected communities, Scientific Reports 9, 5233,
/// https://doi.org/10.1038/s41598-019-41695-z), the successor of Louvain that guarantees connected communities.
/// </summary>
/// <remarks>
/// <para>Modularity Q = Σ_c [L_c/m − γ (K_c/2m)²] (Newman &amp; Girvan 2004, https://doi.org/10.1103/PhysRevE.69.026113;
/// resolution γ after Reichardt &amp; Bornholdt 2006), L_c the ties inside community c, K_c the degree (strength) sum of its
/// institutions, m all ties: NetworkX <c>modularity(G, communities, weight=None|"weight", resolution=γ)</c> gives the
/// same number. Unweighted by default; weighted on request (weights as strengths). Isolated institutions are
/// communities of one; a network without ties has every institution alone and Q = NaN. The partition is the best of
/// <see cref="CommunityOptions.Restarts"/> seeded runs; compare <c>leidenalg.find_partition(g,
/// ModularityVertexPartition, seed=…)</c> and NetworkX <c>louvain_communities(G, seed=…)</c>. Each sweep is O(n + m).</para>
/// </remarks>
public static class CommunityDetection
{
    /// <summary>The Leiden communities of a network (every institution is in one).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The resolution is not positive and finite.</exception>
    public static CommunityPartition Leiden(CooperationNetwork network, CommunityOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(network);
        options ??= new CommunityOptions();
        if (!(options.Resolution > 0) || double.IsInfinity(options.Resolution))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Resolution, "The resolution must be a positive number.");
        }

        var (raw, q) = LeidenKernel.Run(network.Graph, options.Weighted, options.Resolution, options.Seed, options.Restarts, cancellationToken);
        return Number(network, raw, q, options);
    }

    /// <summary>Modularity of a given partition (community number per institution in network order, any labels); NetworkX <c>modularity</c>.</summary>
    public static double Modularity(CooperationNetwork network, IReadOnlyList<int> communities, bool weighted = false, double resolution = 1.0)
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(communities);
        var labels = communities.Distinct().Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i);
        return LeidenKernel.Modularity(network.Graph, weighted, [.. communities.Select(c => labels[c])], resolution);
    }

    /// <summary>Numbers communities 1… by size, largest first, equal sizes by their first institution.</summary>
    private static CommunityPartition Number(CooperationNetwork network, int[] raw, double q, CommunityOptions options)
    {
        var institutions = network.Institutions;
        var groups = Enumerable.Range(0, institutions.Count).GroupBy(v => raw[v])
            .Select(g => g.ToArray())
            .OrderByDescending(g => g.Length).ThenBy(g => g[0])
            .ToArray();
        var community = new int[institutions.Count];
        var result = new List<CommunityGroup>(groups.Length);
        for (int c = 0; c < groups.Length; c++)
        {
            var sectors = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (int v in groups[c])
            {
                community[v] = c + 1;
                string code = institutions[v].Sector.Code;
                sectors[code] = sectors.GetValueOrDefault(code) + 1;
            }

            result.Add(new CommunityGroup(c + 1, [.. groups[c].Select(v => institutions[v].Id)], sectors));
        }

        return new CommunityPartition([.. institutions.Select(i => i.Id)], community, result, q, options);
    }
}
