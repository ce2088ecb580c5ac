namespace CooperationGraph;

/// <summary>How many families two institutions both served (text: a count below the threshold is <c>&lt;3</c>).</summary>
/// <param name="SourceId">The institution first in ordinal order.</param>
/// <param name="TargetId">The other institution.</param>
/// <param name="Count">Families both served, or <c>&lt;3</c>.</param>
public sealed record SharedFamilies(string SourceId, string TargetId, string Count);
