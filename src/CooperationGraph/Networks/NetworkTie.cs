namespace CooperationGraph;

/// <summary>A tie of a <see cref="CooperationNetwork"/> between two institutions, with what makes it.</summary>
/// <param name="SourceId">The institution that comes first in the dataset.</param>
/// <param name="TargetId">The other institution.</param>
/// <param name="Weight">The tie's <b>strength</b> (larger = more cooperation): shared events (or their Newman
/// weights) plus the weights of direct ties.</param>
/// <param name="Events">Ids of the declarations and joint actions behind the tie, then the layers of direct ties
/// (as <c>tie:LAYER</c>), in dataset order.</param>
public sealed record NetworkTie(string SourceId, string TargetId, double Weight, IReadOnlyList<string> Events);
