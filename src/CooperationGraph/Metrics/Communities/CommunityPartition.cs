namespace CooperationGraph;

/// <summary>
/// Communities of a network found by <see cref="CommunityDetection.Leiden(CooperationNetwork, CommunityOptions?, CancellationToken)"/>:
/// each institution's community number (1-based, communities numbered by size, largest first, equal sizes by their
/// first institution in dataset order), the groups with their sectors, and the modularity reached.
/// </summary>
public sealed record CommunityPartition
{
    private readonly Dictionary<string, int> index;

    internal CommunityPartition(IReadOnlyList<string> ids, int[] community, IReadOnlyList<CommunityGroup> groups, double modularity, CommunityOptions options)
    {
        Institutions = ids;
        Membership = community;
        Groups = groups;
        Modularity = modularity;
        Options = options;
        index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The institutions, in network (dataset) order.</summary>
    public IReadOnlyList<string> Institutions { get; }

    /// <summary>Community number of each institution, in <see cref="Institutions"/> order (1-based).</summary>
    public IReadOnlyList<int> Membership { get; }

    /// <summary>The communities, largest first.</summary>
    public IReadOnlyList<CommunityGroup> Groups { get; }

    /// <summary>Number of communities (isolated institutions are communities of one).</summary>
    public int Count => Groups.Count;

    /// <summary>Modularity Q of the partition at the resolution used (NetworkX <c>modularity(G, communities, weight, resolution)</c>); NaN for a network without ties.</summary>
    public double Modularity { get; }

    /// <summary>The settings used.</summary>
    public CommunityOptions Options { get; }

    /// <summary>
    /// Share of communities holding institutions of at least three sectors (the model's intent: groups that cross
    /// sectors); NaN when there are no communities.
    /// </summary>
    public double CrossSector => Groups.Count == 0 ? double.NaN : Groups.Count(g => g.Sectors.Count >= 3) / (double)Groups.Count;

    /// <summary>The community number of an institution.</summary>
    /// <exception cref="KeyNotFoundException">The id is not in the network.</exception>
    public int CommunityOf(string institutionId) => Membership[index[institutionId]];
}
