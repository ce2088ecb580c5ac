namespace CooperationGraph;

/// <summary>
/// How much the tie set changed between two consecutive windows on the same institutions. With N11 the pairs tied in
/// both the previous and this window, N10 tied only in the previous, N01 only in this one and P the number of pairs of
/// institutions: <c>jaccard</c> = N11 / (N11 + N10 + N01) (the Jaccard index of RSiena's descriptive statistics,
/// Snijders, van de Bunt and Steglich 2010, doi:10.1016/j.socnet.2009.02.004), <c>hamming</c> = N10 + N01 (the
/// Hamming distance, sna's <c>hdist</c> on the two undirected matrices, Butts and Carley 2005), <c>formation_rate</c> =
/// N01 / (P − N11 − N10) (tsna's tie formation as a share of the pairs that could form) and <c>dissolution_rate</c> =
/// N10 / (N11 + N10) (tsna's dissolution as a share of the ties that could dissolve). No normalisation beyond the
/// denominators stated; NetworkX has no equivalent (for two graphs on the same nodes, Hamming is
/// <c>len(nx.symmetric_difference(g, h).edges)</c>).
/// </summary>
/// <param name="Jaccard">N11 / (N11 + N10 + N01); null for the first window or when neither window has a tie.</param>
/// <param name="Hamming">N10 + N01; null for the first window.</param>
/// <param name="FormationRate">N01 / (P − N11 − N10); null for the first window or when every pair was tied before.</param>
/// <param name="DissolutionRate">N10 / (N11 + N10); null for the first window or when the previous window had no tie.</param>
public sealed record ChangeIndex(double? Jaccard, int? Hamming, double? FormationRate, double? DissolutionRate)
{
    /// <summary>The first window: nothing to compare with, every index null.</summary>
    public static ChangeIndex None { get; } = new(null, null, null, null);

    /// <summary>The indices from the counts of pairs.</summary>
    /// <param name="both">N11: pairs tied in both windows.</param>
    /// <param name="previousOnly">N10: pairs tied only in the previous window.</param>
    /// <param name="currentOnly">N01: pairs tied only in this window.</param>
    /// <param name="pairs">P: pairs of institutions, n(n − 1)/2.</param>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative or the counts exceed <paramref name="pairs"/>.</exception>
    public static ChangeIndex Of(long both, long previousOnly, long currentOnly, long pairs)
    {
        if (both < 0 || previousOnly < 0 || currentOnly < 0 || both + previousOnly + currentOnly > pairs)
        {
            throw new ArgumentOutOfRangeException(nameof(pairs), $"Counts {both}, {previousOnly}, {currentOnly} do not fit in {pairs} pairs.");
        }

        long union = both + previousOnly + currentOnly, before = both + previousOnly, couldForm = pairs - before;
        return new ChangeIndex(
            union == 0 ? null : (double)both / union,
            checked((int)(previousOnly + currentOnly)),
            couldForm == 0 ? null : (double)currentOnly / couldForm,
            before == 0 ? null : (double)previousOnly / before);
    }

    /// <summary>The indices of each window from its <see cref="TieChange"/> (N11 = persisted, N10 = dissolved,
    /// N01 = formed + re-appeared); <see cref="None"/> for the first.</summary>
    /// <param name="ties">The tie changes per window, in time order (<see cref="TieDynamics.Compute"/>).</param>
    /// <param name="institutions">The number of institutions n (P = n(n − 1)/2).</param>
    public static IReadOnlyList<ChangeIndex> PerWindow(IReadOnlyList<TieChange> ties, int institutions)
    {
        ArgumentNullException.ThrowIfNull(ties);
        long pairs = (long)institutions * (institutions - 1) / 2;
        return [.. ties.Select((t, w) => w == 0 ? None : Of(t.Persisted, t.Dissolved, t.Formed + t.Reappeared, pairs))];
    }
}
