namespace CooperationGraph.Metrics.Qap;

/// <summary>
/// The outcome of a regression on the partner survey (<see cref="RegressionOutcome.Perceived"/>,
/// <see cref="RegressionOutcome.PerceivedLevel"/>): the institutions whose perception is known and, over their pairs,
/// the perceived tie or level. The same tie as the perceived layer and the survey's densities (sna
/// <c>symmetrize(rule = "weak" | "strong")</c>).
/// </summary>
internal static class PerceivedOutcome
{
    /// <param name="dataset">The dataset with its survey.</param>
    /// <param name="window">The window: a survey in waves counts its rows dated there, the latest per pair (<see cref="PartnerSurvey.In"/>).</param>
    /// <param name="rule">Weak: the invited institutions, tied when either reports ≥ 1; strong: the respondents, tied when both do.</param>
    /// <param name="level">The mean of the pair's known levels instead of the 0/1 tie.</param>
    /// <returns>
    /// The members (dataset indices, in dataset order) and the outcome over their pairs in <see cref="MrqapKernel.PairIndex"/>
    /// order; null for a survey in waves without a wave in the window (the window has no survey, as in the analysis).
    /// </returns>
    /// <exception cref="ArgumentException">The dataset has no partner survey.</exception>
    public static (int[] Members, double[] Y)? Compute(CooperationDataset dataset, AnalysisWindow window, PerceivedTieRule rule, bool level)
    {
        if (dataset.Survey.IsEmpty)
        {
            throw new ArgumentException("The dataset has no partner survey (survey.csv): a perceived outcome needs one.", nameof(dataset));
        }

        var survey = dataset.Survey.In(window);
        if (dataset.Survey.IsDated && survey.Responses.Count == 0)
        {
            return null;
        }

        var institutions = dataset.Institutions;
        int n = institutions.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            index[institutions[i].Id] = i;
        }

        var responded = new bool[n];
        var member = new bool[n];
        foreach (var invitation in survey.Invitations)
        {
            int i = index[invitation.InstitutionId];
            responded[i] = invitation.Responded;
            member[i] = invitation.Responded || rule == PerceivedTieRule.Weak;
        }

        var members = Enumerable.Range(0, n).Where(i => member[i]).ToArray();
        int k = members.Length;
        var at = new int[n];
        Array.Fill(at, -1);
        for (int a = 0; a < k; a++)
        {
            at[members[a]] = a;
        }

        var levels = new byte[k * k];
        foreach (var row in survey.Responses)
        {
            int a = at[index[row.RespondentId]], b = at[index[row.PartnerId]];
            if (a >= 0 && b >= 0)
            {
                levels[(a * k) + b] = (byte)row.Level;
            }
        }

        var y = new double[k * (k - 1) / 2];
        int pair = 0;
        for (int a = 0; a < k; a++)
        {
            for (int b = a + 1; b < k; b++, pair++)
            {
                int x = levels[(a * k) + b], z = levels[(b * k) + a];
                bool ra = responded[members[a]], rb = responded[members[b]];
                y[pair] = level
                    ? ra && rb ? (x + z) / 2.0 : ra ? x : z
                    : (rule == PerceivedTieRule.Weak ? x >= 1 || z >= 1 : x >= 1 && z >= 1) ? 1 : 0;
            }
        }

        return (members, y);
    }
}
