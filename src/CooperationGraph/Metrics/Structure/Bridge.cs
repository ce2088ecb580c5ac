namespace CooperationGraph.Metrics.Structure;

/// <summary>A tie whose removal splits its component.</summary>
/// <param name="FirstId">The institution that comes first in the dataset.</param>
/// <param name="SecondId">The other institution.</param>
public sealed record Bridge(string FirstId, string SecondId);
