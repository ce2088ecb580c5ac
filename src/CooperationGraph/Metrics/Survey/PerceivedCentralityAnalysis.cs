namespace CooperationGraph;

/// <summary>
/// Computes <see cref="PerceivedCentrality"/>: the perceived network of a partner survey under the weak and the strong
/// rule, degree and betweenness of each, and how much they move between the two (formulas and references there).
/// </summary>
public static class PerceivedCentralityAnalysis
{
    /// <summary>Centrality of the perceived network under both rules, and its sensitivity to the non-respondents.</summary>
    /// <param name="dataset">A dataset with a partner survey (an empty survey gives empty networks).</param>
    /// <param name="window">The window: a survey in waves counts its rows dated there, the latest per pair
    /// (<see cref="PartnerSurvey.In"/>); the whole survey when null.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    public static PerceivedCentrality Compute(CooperationDataset dataset, AnalysisWindow? window = null, CancellationToken cancellationToken = default) =>
        Compute(dataset, window ?? AnalysisWindow.All, -1, cancellationToken);

    internal static PerceivedCentrality Compute(CooperationDataset dataset, AnalysisWindow window, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var answered = dataset.Survey.In(window).Invitations.ToDictionary(i => i.InstitutionId, i => i.Responded, StringComparer.Ordinal);
        Institution[] invited = [.. dataset.Institutions.Where(i => answered.ContainsKey(i.Id))];
        Institution[] respondents = [.. invited.Where(i => answered[i.Id])];
        var (weak, weakTies) = Network(dataset, window, invited, PerceivedTieRule.Weak, maxDegreeOfParallelism, cancellationToken);
        var (strong, strongTies) = Network(dataset, window, respondents, PerceivedTieRule.Strong, maxDegreeOfParallelism, cancellationToken);

        // Ranks and correlations over the respondents, the institutions both networks hold. Betweenness is rounded to
        // 12 decimals first, so that values equal in exact arithmetic but not in their last bits count as equal.
        double[] Over(CentralityTable table, CentralityMeasure measure) =>
            [.. respondents.Select(r => Math.Round(table[r.Id, measure], 12))];
        double[] weakBetweenness = Over(weak, CentralityMeasure.Betweenness), strongBetweenness = Over(strong, CentralityMeasure.Betweenness);
        int[] weakRanks = RankCorrelation.CompetitionRanks(weakBetweenness), strongRanks = RankCorrelation.CompetitionRanks(strongBetweenness);
        var respondentAt = respondents.Select((r, k) => (r.Id, k)).ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);

        var rows = new PerceivedCentralityRow[invited.Length];
        for (int i = 0; i < invited.Length; i++)
        {
            var institution = invited[i];
            int weakDegree = (int)weak[institution.Id, CentralityMeasure.Degree];
            var row = new PerceivedCentralityRow
            {
                Institution = institution,
                Responded = answered[institution.Id],
                WeakDegree = weakDegree,
                WeakDegreeCentrality = Normalised(weakDegree, invited.Length),
                WeakBetweenness = weak[institution.Id, CentralityMeasure.Betweenness],
            };
            if (respondentAt.TryGetValue(institution.Id, out int k))
            {
                int strongDegree = (int)strong[institution.Id, CentralityMeasure.Degree];
                row = row with
                {
                    StrongDegree = strongDegree,
                    StrongDegreeCentrality = Normalised(strongDegree, respondents.Length),
                    StrongBetweenness = strong[institution.Id, CentralityMeasure.Betweenness],
                    WeakRank = weakRanks[k],
                    StrongRank = strongRanks[k],
                };
            }

            rows[i] = row;
        }

        RuleSensitivity[] sensitivity =
        [
            new(CentralityMeasure.Degree, RankCorrelation.Spearman(Over(weak, CentralityMeasure.Degree), Over(strong, CentralityMeasure.Degree)),
                weak.Centralization.Degree, strong.Centralization.Degree),
            new(CentralityMeasure.Betweenness, RankCorrelation.Spearman(weakBetweenness, strongBetweenness),
                weak.Centralization.Betweenness, strong.Centralization.Betweenness),
        ];
        return new PerceivedCentrality(weak, strong, weakTies, strongTies, rows, sensitivity);
    }

    /// <summary>The perceived network of one rule over the given institutions (the invited, or the respondents), its degree and betweenness.</summary>
    private static (CentralityTable Table, int Ties) Network(CooperationDataset dataset, AnalysisWindow window, Institution[] members, PerceivedTieRule rule, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        // Under the weak rule only invited institutions are tied, under the strong rule only respondents: every tied
        // end is among the members.
        var positions = members.Select((m, k) => (m.Id, k)).ToDictionary(p => p.Id, p => p.k, StringComparer.Ordinal);
        var edges = new List<(int U, int V, double Weight, string Event)>();
        PerceivedTies.AddTo(dataset, positions, rule, edges, window);
        var options = new NetworkOptions { Layers = NetworkLayers.Perceived, PerceivedRule = rule };
        var network = CooperationNetwork.FromEdges(members, edges, options);
        var table = CentralityAnalysis.Compute(network, new CentralityOptions
        {
            Measures = [CentralityMeasure.Degree, CentralityMeasure.Betweenness],
            MaxDegreeOfParallelism = maxDegreeOfParallelism,
        }, cancellationToken);
        return (table, network.Ties.Count);
    }

    private static double Normalised(int degree, int n) => n < 2 ? double.NaN : degree / (n - 1.0);
}
