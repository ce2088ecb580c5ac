namespace CooperationGraph;

/// <summary>
/// The core and the periphery of a network found by
/// <see cref="CorePeripheryDetection.BorgattiEverett(CooperationNetwork, CorePeripheryOptions?, CancellationToken)"/>:
/// whether each institution is in the core, the core's institutions and the correlation reached.
/// </summary>
public sealed record CorePeripheryPartition
{
    private readonly Dictionary<string, int> index;

    internal CorePeripheryPartition(IReadOnlyList<string> ids, bool[] inCore, double correlation, CorePeripheryOptions options)
    {
        Institutions = ids;
        InCore = inCore;
        Core = [.. ids.Where((_, i) => inCore[i])];
        Correlation = correlation;
        Options = options;
        index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
    }

    /// <summary>The institutions, in network (dataset) order.</summary>
    public IReadOnlyList<string> Institutions { get; }

    /// <summary>Whether each institution is in the core, in <see cref="Institutions"/> order.</summary>
    public IReadOnlyList<bool> InCore { get; }

    /// <summary>Ids of the core's institutions, in dataset order; empty when no core has a defined correlation.</summary>
    public IReadOnlyList<string> Core { get; }

    /// <summary>
    /// The Pearson correlation between the ties and the ideal pattern over core–core and periphery–periphery pairs
    /// (1 = a perfect core–periphery structure); NaN when no split defines it (fewer than 4 institutions, no ties, or
    /// every counted pair tied, as in a complete network).
    /// </summary>
    public double Correlation { get; }

    /// <summary>The settings used.</summary>
    public CorePeripheryOptions Options { get; }

    /// <summary>Whether an institution is in the core.</summary>
    /// <exception cref="KeyNotFoundException">The id is not in the network.</exception>
    public bool IsCore(string institutionId) => InCore[index[institutionId]];
}
