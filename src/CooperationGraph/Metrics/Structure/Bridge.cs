namespace CooperationGraph;

/// <summary>A tie whose removal splits its component.</summary>
/// <param name="SourceId">The institution that comes first in the dataset.</param>
/// <param name="TargetId">The other institution.</param>
public sealed record Bridge(string SourceId, string TargetId);
