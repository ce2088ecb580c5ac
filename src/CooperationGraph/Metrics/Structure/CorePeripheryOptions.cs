namespace CooperationGraph;

/// <summary>Settings of <see cref="CorePeripheryDetection.BorgattiEverett(CooperationNetwork, CorePeripheryOptions?, CancellationToken)"/>, with their defaults.</summary>
public sealed record CorePeripheryOptions
{
    /// <summary>The seed of the random starts and sweep orders (default 20190709, the day the Łoniów PZK was agreed); the same seed gives the same core.</summary>
    public int Seed { get; init; } = 20190709;

    /// <summary>
    /// Starts of the local search besides one per institution in networks of up to 150 (default 20): the first from the
    /// institutions by degree, the others random; the best correlation is kept.
    /// </summary>
    public int Restarts { get; init; } = 20;
}
