namespace CooperationGraph;

/// <summary>
/// What the partners perceive: the scores of a partner survey per institution (<c>survey.csv</c>) and for the whole
/// network (<c>gaps.json</c> key <c>survey</c>), set beside the declared and enacted layers; one part of
/// <c>AnalysisResult</c>, present when the dataset has a survey.
/// </summary>
/// <remarks>
/// <para>Levels: Frey, B. B., Lohmeier, J. H., Lee, S. W. &amp; Tollefson, N. (2006), "Measuring collaboration among
/// grant partners", American Journal of Evaluation 27(3), 383–392, doi:10.1177/1098214006290356 (0 no interaction … 5
/// collaboration; mean levels, and pairs whose two reports differ). Trust and value: PARTNER (Visible Network Labs;
/// Varda, D. M., Chandra, A., Stern, S. A. &amp; Lurie, N. (2008), "Core dimensions of connectivity in public health
/// collaboratives", Journal of Public Health Management and Practice 14(5), E1–E7): trust = mean of reliability,
/// mission and openness; value = mean of power, involvement and resources, each 1–4.</para>
/// <para>Let R be the level matrix over the invited institutions, r_ij the level respondent i reports for j (0 where it
/// listed no row); a non-respondent's row is unknown. A rating is a respondent's row with level ≥ 1; ratings of
/// institutions that were not invited count for those institutions' scores and the means, not for the network figures
/// over R. Reciprocity = sna <c>grecip(measure = "dyadic.nonnull")</c> on the respondents' matrix binarised at ≥ 1;
/// densities = sna <c>gden</c> after <c>symmetrize(rule = "weak" | "strong")</c>, ties / (n(n − 1)/2); the QAP
/// correlation = sna <c>gcor</c> of the binary perceived and enacted matrices (Krackhardt 1988,
/// doi:10.1016/0378-8733(88)90004-4). NetworkX has no equivalent. Undefined figures (no pairs, a constant matrix) are
/// NaN. Time O(m² + rows + P·ties) for m invited institutions and P permutations; memory m² bytes.</para>
/// <para>A survey in waves (<c>survey.csv</c> with a <c>date</c> column) is scored on the window's part of it
/// (<see cref="PartnerSurvey.In"/>): the rows dated in the window, the latest row per pair; the respondents are the
/// invited that answered and have a row there. <see cref="Waves"/> names the dates used.</para>
/// </remarks>
public sealed class PerceivedCooperation
{
    internal PerceivedCooperation(SurveyOptions options, IReadOnlyList<SurveyScore> scores, string[] invited, bool[] responded, byte[] levels)
    {
        Options = options;
        Scores = scores;
        Invited = invited;
        InvitedResponded = responded;
        Levels = levels;
    }

    /// <summary>The settings the scores were computed with.</summary>
    public SurveyOptions Options { get; }

    /// <summary>One score per institution of the dataset, in dataset order (<c>survey.csv</c>).</summary>
    public IReadOnlyList<SurveyScore> Scores { get; }

    /// <summary>The invited institutions, in the order of <c>respondents.csv</c> (or of first answer without it).</summary>
    public IReadOnlyList<string> Invited { get; }

    /// <summary>Institutions invited.</summary>
    public int InvitedCount => Invited.Count;

    /// <summary>Invited institutions that answered.</summary>
    public int Respondents { get; init; }

    /// <summary>Respondents / invited; NaN with nobody invited.</summary>
    public double ResponseRate => InvitedCount == 0 ? double.NaN : Respondents / (double)InvitedCount;

    /// <summary>
    /// The survey waves the scores come from: the dates of the rows in the analysis window, earliest first (when a pair
    /// was rated in more than one of them, its latest rating counts; see <see cref="PartnerSurvey.In"/>); empty for an
    /// undated survey, which counts whole in every window.
    /// </summary>
    public IReadOnlyList<DateOnly> Waves { get; init; } = [];

    /// <summary>Ratings: respondents' rows with level ≥ 1.</summary>
    public int Ratings { get; init; }

    /// <summary>Mean level over the ratings (1–5).</summary>
    public double MeanLevel { get; init; } = double.NaN;

    /// <summary>
    /// Over unordered pairs of two respondents with at least one rating between them, the share where both rate ≥ 1
    /// (sna <c>grecip(measure = "dyadic.nonnull")</c>).
    /// </summary>
    public double Reciprocity { get; init; } = double.NaN;

    /// <summary>Mean |r_ij − r_ji| over the same pairs as <see cref="Reciprocity"/> (an unlisted partner is level 0).</summary>
    public double MeanDiscrepancy { get; init; } = double.NaN;

    /// <summary>How many of those pairs differ by 2 levels or more (<see cref="Discordant"/> lists them).</summary>
    public int DiscordantPairs => Discordant.Count;

    /// <summary>The discordant pairs: two respondents whose reports of each other differ by 2 levels or more.</summary>
    public IReadOnlyList<SurveyPair> Discordant { get; init; } = [];

    /// <summary>Mean over all ratings that give the three trust items of their mean (1–4).</summary>
    public double Trust { get; init; } = double.NaN;

    /// <summary>Mean over all ratings that give the three value items of their mean (1–4).</summary>
    public double Value { get; init; } = double.NaN;

    /// <summary>Density of the weak perceived network over all invited institutions (tied when either reports ≥ 1).</summary>
    public double WeakDensity { get; init; } = double.NaN;

    /// <summary>Density of the strong perceived network over the respondents (tied when both report ≥ 1).</summary>
    public double StrongDensity { get; init; } = double.NaN;

    /// <summary>
    /// Over unordered pairs of invited institutions tied in at least one of the declared, enacted and perceived layers
    /// (perceived by <see cref="SurveyOptions.Rule"/>), the share tied in at least two.
    /// </summary>
    public double Multiplexity { get; init; } = double.NaN;

    /// <summary>
    /// QAP test of the binary perceived (by <see cref="SurveyOptions.Rule"/>) and enacted matrices over the invited
    /// institutions; <c>gaps.json</c> gives its correlation and <see cref="QapResult.PGreaterOrEqual"/>.
    /// </summary>
    public QapResult EnactedQap { get; init; } = new(double.NaN, double.NaN, double.NaN, 0, 0);

    /// <summary>Declared pairs (co-signatories in the window) with a respondent among them where neither reports a tie.</summary>
    public IReadOnlyList<SurveyPair> SignedWithoutPerceivedTie { get; init; } = [];

    /// <summary>Pairs where one reports coalition or collaboration (≥ 4) but the window holds no joint action of both.</summary>
    public IReadOnlyList<SurveyPair> CollaborationWithoutAction { get; init; } = [];

    /// <summary>Whether each invited institution answered, in <see cref="Invited"/> order.</summary>
    internal bool[] InvitedResponded { get; }

    /// <summary>R over the invited, row-major (rater a, rated b at a·m + b); 0 in a non-respondent's row.</summary>
    internal byte[] Levels { get; }

    /// <summary>The level the invited institution at <paramref name="rater"/> reports for the one at <paramref name="rated"/>; null when the rater did not respond.</summary>
    internal CollaborationLevel? Level(int rater, int rated) =>
        InvitedResponded[rater] ? (CollaborationLevel)Levels[(rater * Invited.Count) + rated] : null;
}
