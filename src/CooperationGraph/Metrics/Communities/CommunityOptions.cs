namespace CooperationGraph;

/// <summary>Settings of <see cref="CommunityDetection.Leiden(CooperationNetwork, CommunityOptions?, CancellationToken)"/>, with their defaults.</summary>
public sealed record CommunityOptions
{
    /// <summary>The resolution γ of modularity (default 1, Newman–Girvan modularity): above 1 gives more, smaller communities, below 1 fewer, larger ones.</summary>
    public double Resolution { get; init; } = 1.0;

    /// <summary>Whether tie weights count as strengths (more joint actions, a stronger tie); default false: every tie weighs 1, as every measure here.</summary>
    public bool Weighted { get; init; }

    /// <summary>The seed of the node orders (default 20190709, the day the Łoniów PZK was agreed); the same seed gives the same partition.</summary>
    public int Seed { get; init; } = 20190709;

    /// <summary>Independent runs from the seed, the best modularity kept (default 20).</summary>
    public int Restarts { get; init; } = 20;
}
