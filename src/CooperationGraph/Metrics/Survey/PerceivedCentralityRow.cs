namespace CooperationGraph;

/// <summary>
/// One invited institution's row of <c>perceived_centrality.csv</c>: its degree and betweenness in the perceived network
/// under the weak rule (all invited institutions) and the strong rule (respondents only). A non-respondent is not in
/// the strong network: its strong values and ranks are empty (null or NaN), not zero.
/// </summary>
/// <remarks>
/// Degree counts perceived partners (<c>G.degree()</c>); the normalised degree is degree / (n − 1) of that rule's
/// network (<c>nx.degree_centrality</c>); betweenness is normalised by (n − 1)(n − 2)/2 as everywhere in the library
/// (<c>nx.betweenness_centrality(G, normalized=True)</c>). Ranks are by betweenness among the respondents only, so that
/// both rules rank the same institutions: 1 = highest, equal values share the best rank (competition ranking "1224").
/// </remarks>
public sealed record PerceivedCentralityRow
{
    /// <summary>The institution.</summary>
    public required Institution Institution { get; init; }

    /// <summary>The institution's id.</summary>
    public string InstitutionId => Institution.Id;

    /// <summary>Whether it answered the survey (only then is it in the strong network).</summary>
    public bool Responded { get; init; }

    /// <summary>Perceived partners under the weak rule (either side reports a tie).</summary>
    public int WeakDegree { get; init; }

    /// <summary><see cref="WeakDegree"/> / (n − 1), n the invited institutions; NaN below two.</summary>
    public double WeakDegreeCentrality { get; init; } = double.NaN;

    /// <summary>Normalised betweenness under the weak rule.</summary>
    public double WeakBetweenness { get; init; } = double.NaN;

    /// <summary>Perceived partners under the strong rule (both sides report the tie); null for a non-respondent.</summary>
    public int? StrongDegree { get; init; }

    /// <summary><see cref="StrongDegree"/> / (n − 1), n the respondents; NaN for a non-respondent or below two respondents.</summary>
    public double StrongDegreeCentrality { get; init; } = double.NaN;

    /// <summary>Normalised betweenness under the strong rule; NaN for a non-respondent.</summary>
    public double StrongBetweenness { get; init; } = double.NaN;

    /// <summary>Rank by weak betweenness among the respondents (1 = highest); null for a non-respondent.</summary>
    public int? WeakRank { get; init; }

    /// <summary>Rank by strong betweenness among the respondents (1 = highest); null for a non-respondent.</summary>
    public int? StrongRank { get; init; }

    /// <summary>
    /// <see cref="WeakRank"/> − <see cref="StrongRank"/>: positive when the institution climbs once only the ties both
    /// sides report count, negative when it falls; null for a non-respondent.
    /// </summary>
    public int? RankChange => WeakRank - StrongRank;
}
