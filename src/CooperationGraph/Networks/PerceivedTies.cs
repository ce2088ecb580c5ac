namespace CooperationGraph;

/// <summary>
/// The <see cref="NetworkLayers.Perceived"/> layer: ties of the partner survey symmetrised by a
/// <see cref="PerceivedTieRule"/>, over the invited institutions (sna <c>symmetrize(rule = …)</c>).
/// </summary>
internal static class PerceivedTies
{
    /// <summary>
    /// Adds one edge per perceived pair: weak = either reports a level of at least 1 (all invited institutions),
    /// strong = both do (respondents only). The weight is the mean of the two reported levels when both answered
    /// (a respondent that listed no row for the partner reported 0), else the one reported level.
    /// </summary>
    /// <param name="dataset">The dataset with its survey.</param>
    /// <param name="positions">Institution id to network index.</param>
    /// <param name="rule">Weak or strong.</param>
    /// <param name="edges">The edge list to add to (u &lt; v).</param>
    /// <param name="window">The window: a survey in waves counts its rows dated there, the latest per pair (<see cref="PartnerSurvey.In"/>); everything when null.</param>
    public static void AddTo(CooperationDataset dataset, Dictionary<string, int> positions, PerceivedTieRule rule, List<(int U, int V, double Weight, string Event)> edges, AnalysisWindow? window = null)
    {
        var survey = dataset.Survey.In(window ?? AnalysisWindow.All);
        int m = survey.Invitations.Count;
        var invitedAt = new Dictionary<string, int>(m, StringComparer.Ordinal);
        var ids = new string[m];
        var responded = new bool[m];
        for (int a = 0; a < m; a++)
        {
            var invitation = survey.Invitations[a];
            invitedAt[invitation.InstitutionId] = a;
            ids[a] = invitation.InstitutionId;
            responded[a] = invitation.Responded;
        }

        var levels = new byte[m * m];
        foreach (var row in survey.Responses)
        {
            if (invitedAt.TryGetValue(row.RespondentId, out int a) && invitedAt.TryGetValue(row.PartnerId, out int b))
            {
                levels[(a * m) + b] = (byte)row.Level;
            }
        }

        for (int a = 0; a < m; a++)
        {
            for (int b = a + 1; b < m; b++)
            {
                int x = levels[(a * m) + b], y = levels[(b * m) + a];
                bool tied = rule == PerceivedTieRule.Weak ? x >= 1 || y >= 1 : x >= 1 && y >= 1;
                if (!tied)
                {
                    continue;
                }

                double weight = responded[a] && responded[b] ? (x + y) / 2.0 : responded[a] ? x : y;
                int u = positions[ids[a]], v = positions[ids[b]];
                edges.Add((Math.Min(u, v), Math.Max(u, v), weight, "survey"));
            }
        }
    }
}
