namespace CooperationGraph;

/// <summary>
/// When two institutions count as tied in the perceived network of a partner survey (sna <c>symmetrize(rule = …)</c>).
/// </summary>
public enum PerceivedTieRule
{
    /// <summary>
    /// Tied when either reports a level of at least 1: a non-respondent's ties come from the others' reports (UCINET's
    /// reconstruction of missing rows); over all invited institutions. sna <c>symmetrize(rule = "weak")</c>.
    /// </summary>
    Weak,

    /// <summary>Tied when both report a level of at least 1: only two respondents can be tied. sna <c>symmetrize(rule = "strong")</c>.</summary>
    Strong,
}
