using CooperationGraph.Metrics.Qap;

namespace CooperationGraph;

/// <summary>
/// Computes <see cref="PerceivedCooperation"/> on arrays: one pass over the survey rows for the per-institution sums,
/// then one pass over the unordered pairs of the m invited institutions for the network figures.
/// </summary>
internal static class SurveyScoring
{
    private const int ItemCount = 6;

    /// <param name="dataset">The dataset with its survey.</param>
    /// <param name="survey">The survey as the window sees it (<see cref="PartnerSurvey.In"/>: for a dated survey the rows
    /// dated in the window, the latest per pair); the dataset's own for an undated one.</param>
    /// <param name="enacted">The enacted network of the window (indices = dataset order).</param>
    /// <param name="declared">The declared network of the window, on the same institutions.</param>
    /// <param name="options">Raters threshold and tie rule.</param>
    /// <param name="permutations">QAP relabellings.</param>
    /// <param name="seed">Seed of the relabellings.</param>
    /// <param name="cancellationToken">Cancels the permutations.</param>
    public static PerceivedCooperation Compute(CooperationDataset dataset, PartnerSurvey survey, CooperationNetwork enacted, CooperationNetwork declared,
        SurveyOptions options, int permutations, int seed, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinRaters, 1, nameof(options));
        var institutions = dataset.Institutions;
        int n = institutions.Count;
        var index = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            index[institutions[i].Id] = i;
        }

        int m = survey.Invitations.Count;
        var invitedAt = new int[n];
        Array.Fill(invitedAt, -1);
        var invited = new string[m];
        var responded = new bool[m];
        var answered = new sbyte[n]; // -1 not invited, 0 invited without answer, 1 answered
        Array.Fill(answered, (sbyte)-1);
        int respondents = 0;
        for (int a = 0; a < m; a++)
        {
            var invitation = survey.Invitations[a];
            int i = index[invitation.InstitutionId];
            invitedAt[i] = a;
            invited[a] = invitation.InstitutionId;
            responded[a] = invitation.Responded;
            answered[i] = invitation.Responded ? (sbyte)1 : (sbyte)0;
            respondents += invitation.Responded ? 1 : 0;
        }

        // Per institution: ratings received and their level sum, each item's count and sum, trust and value; ratings given.
        var received = new int[n];
        var receivedSum = new double[n];
        var given = new int[n];
        var givenSum = new double[n];
        var itemCount = new int[ItemCount * n];
        var itemSum = new double[ItemCount * n];
        var compositeCount = new int[2 * n];
        var compositeSum = new double[2 * n];
        var levels = new byte[m * m];
        int ratings = 0;
        double levelSum = 0, trustSum = 0, valueSum = 0;
        int trustCount = 0, valueCount = 0;
        foreach (var row in survey.Responses)
        {
            int i = index[row.RespondentId], j = index[row.PartnerId];
            int level = (int)row.Level;
            if (invitedAt[i] >= 0 && invitedAt[j] >= 0)
            {
                levels[(invitedAt[i] * m) + invitedAt[j]] = (byte)level;
            }

            if (level < 1)
            {
                continue;
            }

            ratings++;
            levelSum += level;
            received[j]++;
            receivedSum[j] += level;
            given[i]++;
            givenSum[i] += level;
            var items = row.Items;
            for (int k = 0; k < ItemCount; k++)
            {
                if (items[k] is { } value)
                {
                    itemCount[(k * n) + j]++;
                    itemSum[(k * n) + j] += value;
                }
            }

            if (items[0] is { } reliability && items[1] is { } mission && items[2] is { } openness)
            {
                double trust = (reliability + mission + openness) / 3.0;
                compositeCount[j]++;
                compositeSum[j] += trust;
                trustCount++;
                trustSum += trust;
            }

            if (items[3] is { } power && items[4] is { } involvement && items[5] is { } resources)
            {
                double value = (power + involvement + resources) / 3.0;
                compositeCount[n + j]++;
                compositeSum[n + j] += value;
                valueCount++;
                valueSum += value;
            }
        }

        int min = options.MinRaters;
        double Mean(double sum, int count) => count >= min ? sum / count : double.NaN;
        var scores = new SurveyScore[n];
        for (int j = 0; j < n; j++)
        {
            var items = new double[ItemCount];
            for (int k = 0; k < ItemCount; k++)
            {
                items[k] = Mean(itemSum[(k * n) + j], itemCount[(k * n) + j]);
            }

            scores[j] = new SurveyScore
            {
                Institution = institutions[j],
                Responded = answered[j] < 0 ? null : answered[j] == 1,
                RatingsReceived = received[j],
                LevelReceived = Mean(receivedSum[j], received[j]),
                LevelGiven = given[j] > 0 ? givenSum[j] / given[j] : double.NaN,
                Trust = Mean(compositeSum[j], compositeCount[j]),
                Value = Mean(compositeSum[n + j], compositeCount[n + j]),
                Items = items,
            };
        }

        var pairs = PairFigures(m, responded, levels, invitedAt, enacted, declared, options.Rule);
        var perceived = pairs.Perceived;
        var enactedCells = pairs.Enacted;
        var qap = QapKernel.Test(m, perceived, enactedCells, permutations, seed, cancellationToken);
        SurveyPair Pair(int a, int b) => new(invited[a], invited[b],
            responded[a] ? (CollaborationLevel)levels[(a * m) + b] : null, responded[b] ? (CollaborationLevel)levels[(b * m) + a] : null);
        return new PerceivedCooperation(options, scores, invited, responded, levels)
        {
            Respondents = respondents,
            Waves = survey.Waves,
            Ratings = ratings,
            MeanLevel = ratings > 0 ? levelSum / ratings : double.NaN,
            Reciprocity = pairs.RespondentPairs > 0 ? pairs.Mutual / (double)pairs.RespondentPairs : double.NaN,
            MeanDiscrepancy = pairs.RespondentPairs > 0 ? pairs.Discrepancy / pairs.RespondentPairs : double.NaN,
            Discordant = [.. pairs.Discordant.Select(p => Pair(p.A, p.B))],
            Trust = trustCount > 0 ? trustSum / trustCount : double.NaN,
            Value = valueCount > 0 ? valueSum / valueCount : double.NaN,
            WeakDensity = m >= 2 ? pairs.WeakTies / (m * (m - 1) / 2.0) : double.NaN,
            StrongDensity = respondents >= 2 ? pairs.Mutual / (respondents * (respondents - 1) / 2.0) : double.NaN,
            Multiplexity = pairs.AnyLayer > 0 ? pairs.TwoLayers / (double)pairs.AnyLayer : double.NaN,
            EnactedQap = qap,
            SignedWithoutPerceivedTie = [.. pairs.SignedUnseen.Select(p => Pair(p.A, p.B))],
            CollaborationWithoutAction = [.. pairs.ReportedUnenacted.Select(p => Pair(p.A, p.B))],
        };
    }

    /// <summary>The figures over unordered pairs (a &lt; b) of invited institutions, in one pass over a layer mask.</summary>
    private static PairCounts PairFigures(int m, bool[] responded, byte[] levels, int[] invitedAt, CooperationNetwork enacted, CooperationNetwork declared, PerceivedTieRule rule)
    {
        const byte Declared = 1, Enacted = 2;
        var layers = new byte[m * m];
        foreach (var (u, v) in declared.Graph.Edges())
        {
            if (invitedAt[u] >= 0 && invitedAt[v] >= 0)
            {
                int a = Math.Min(invitedAt[u], invitedAt[v]), b = Math.Max(invitedAt[u], invitedAt[v]);
                layers[(a * m) + b] |= Declared;
            }
        }

        foreach (var (u, v) in enacted.Graph.Edges())
        {
            if (invitedAt[u] >= 0 && invitedAt[v] >= 0)
            {
                int a = Math.Min(invitedAt[u], invitedAt[v]), b = Math.Max(invitedAt[u], invitedAt[v]);
                layers[(a * m) + b] |= Enacted;
            }
        }

        var counts = new PairCounts();
        for (int a = 0; a < m; a++)
        {
            for (int b = a + 1; b < m; b++)
            {
                int x = levels[(a * m) + b], y = levels[(b * m) + a];
                bool both = responded[a] && responded[b];
                bool weak = x >= 1 || y >= 1;
                bool strong = x >= 1 && y >= 1;
                if (both && weak)
                {
                    counts.RespondentPairs++;
                    counts.Mutual += strong ? 1 : 0;
                    counts.Discrepancy += Math.Abs(x - y);
                    if (Math.Abs(x - y) >= 2)
                    {
                        counts.Discordant.Add((a, b));
                    }
                }

                counts.WeakTies += weak ? 1 : 0;
                bool perceived = rule == PerceivedTieRule.Weak ? weak : strong;
                byte mask = layers[(a * m) + b];
                int tied = (mask & Declared) + ((mask & Enacted) >> 1) + (perceived ? 1 : 0);
                counts.AnyLayer += tied >= 1 ? 1 : 0;
                counts.TwoLayers += tied >= 2 ? 1 : 0;
                if (perceived)
                {
                    counts.Perceived.Add((a, b, 1.0));
                }

                if ((mask & Enacted) != 0)
                {
                    counts.Enacted.Add((a, b, 1.0));
                }
                else if (x >= 4 || y >= 4)
                {
                    counts.ReportedUnenacted.Add((a, b));
                }

                if ((mask & Declared) != 0 && !weak && (responded[a] || responded[b]))
                {
                    counts.SignedUnseen.Add((a, b));
                }
            }
        }

        return counts;
    }

    private sealed class PairCounts
    {
        public int RespondentPairs, Mutual, WeakTies, AnyLayer, TwoLayers;
        public double Discrepancy;
        public readonly List<(int A, int B)> Discordant = [], SignedUnseen = [], ReportedUnenacted = [];
        public readonly List<(int U, int V, double Value)> Perceived = [], Enacted = [];
    }
}
