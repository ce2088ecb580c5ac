namespace CooperationGraph;

/// <summary>
/// What the network regressions (<see cref="Mrqap"/>, <see cref="Netlogit"/>) explain: the ties institutions
/// <b>enacted</b>, or the ties their partners <b>perceive</b> in a partner survey (issue 23).
/// </summary>
public enum RegressionOutcome
{
    /// <summary>
    /// The enacted tie (0/1: took part in a joint action together in the window, or a direct tie) over the pairs of all
    /// institutions of the dataset, regressed on intercept, declared, same sector, same unit and the covariates. The default.
    /// </summary>
    Enacted,

    /// <summary>
    /// The perceived tie (0/1) of the partner survey under <see cref="MrqapOptions.PerceivedRule"/>, over the pairs of
    /// the institutions whose perception is known: weak — the invited institutions, tied when either reports a level of
    /// at least 1; strong — the respondents only, tied when both do. Regressed on intercept, declared, <b>enacted</b>,
    /// same sector, same unit and the covariates. Institutions that were not invited are left out: nobody was asked
    /// about them, so their perceived ties are unknown, not absent. Under the weak rule a pair of two non-respondents
    /// counts as untied although neither was asked about the other (UCINET's reconstruction, as the survey's weak
    /// density); the strong rule has no such pair. A survey in waves counts the rows of the window, the latest per pair
    /// (<see cref="PartnerSurvey.In"/>); without a wave in the window there is no regression.
    /// </summary>
    Perceived,

    /// <summary>
    /// The perceived level of the pair (0–5), MRQAP only: over the same pairs as <see cref="Perceived"/>, the mean of
    /// the levels the pair's respondents report of each other (a respondent that listed no row for the partner reported
    /// 0; a non-respondent's view is unknown and left out of the mean, so a pair with one respondent takes its level,
    /// and a pair of two non-respondents is 0).
    /// The mean, not the maximum: a discordant pair (4 and 1) is neither as close as its warmer side says nor as distant
    /// as its cooler side, and the mean is Frey et al.'s (2006) summary of levels and the weight of the perceived layer.
    /// </summary>
    PerceivedLevel,
}
