namespace CooperationGraph;

/// <summary>
/// A direct, undirected tie between two institutions that is not tied to a dated event, e.g. from a
/// survey ("with whom do you cooperate?") or from a standing contract.
/// </summary>
/// <param name="SourceId">One institution id.</param>
/// <param name="TargetId">The other institution id.</param>
/// <param name="Weight">
/// The tie's <b>strength</b>: larger means more cooperation (never a distance). Positive; 1 by default.
/// </param>
/// <param name="Layer">A free label grouping ties, e.g. <c>survey</c> or <c>contract</c>; <c>direct</c> by default.</param>
/// <param name="Date">
/// The first day the tie held (a contract's start, a survey's day), or <see langword="null"/> for an undated tie, which
/// counts in every window. A dated tie counts in the windows its days overlap, as a joint action does.
/// </param>
/// <param name="EndDate">The last day of a dated tie that lasted; not before <paramref name="Date"/>.</param>
public sealed record Tie(string SourceId, string TargetId, double Weight = 1.0, string Layer = Tie.DefaultLayer, DateOnly? Date = null, DateOnly? EndDate = null)
{
    /// <summary>The layer a tie gets when none is given.</summary>
    public const string DefaultLayer = "direct";
}
