using CooperationGraph.Metrics.Gaps;

namespace CooperationGraph;

/// <summary>
/// One <see cref="InstitutionProfile"/> per institution of an analysis, gathered from what it measured: ranks and
/// percentiles over the gmina's institutions, required links realised and carried alone (<see cref="LinkRobustness"/>
/// of 1), brokerage, community and joint actions. O(k n log n) for k measures, plus one breadth-first search per
/// institution of a shortest path per link of robustness 1.
/// </summary>
public static class InstitutionProfiles
{
    /// <summary>The ego measures of <c>profiles.csv</c> that a profile ranks, after the centrality columns.</summary>
    public static IReadOnlyList<string> EgoColumns { get; } = ["ego_size", "ego_ties", "ego_pairs", "ego_density", "ego_components", "two_step_reach", "reach_efficiency"];

    /// <summary>The profiles, in dataset order.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="cancellationToken">Cancels between links.</param>
    public static ResultList<InstitutionProfile> Of(AnalysisResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var network = result.Network;
        var institutions = network.Institutions;
        int n = institutions.Count;
        var columns = new List<(string Name, IReadOnlyList<double> Values)>();
        foreach (var measure in CentralityMeasureNames.Basic.Where(result.Centrality.ContainsKey))
        {
            columns.Add((measure.ColumnName(), result.Centrality.Column(measure)));
        }

        var ego = result.Ego;
        columns.Add(("ego_size", [.. ego.Select(e => (double)e.Size)]));
        columns.Add(("ego_ties", [.. ego.Select(e => (double)e.Ties)]));
        columns.Add(("ego_pairs", [.. ego.Select(e => (double)e.Pairs)]));
        columns.Add(("ego_density", [.. ego.Select(e => e.Density)]));
        columns.Add(("ego_components", [.. ego.Select(e => (double)e.Components)]));
        columns.Add(("two_step_reach", [.. ego.Select(e => e.TwoStepReach)]));
        columns.Add(("reach_efficiency", [.. ego.Select(e => e.ReachEfficiency)]));
        var ranked = columns.Select(c => (c.Name, c.Values, Ranks: Rank(c.Values))).ToList();

        var active = result.Gaps.Active.ToHashSet(StringComparer.Ordinal);
        var isActive = institutions.Select(i => active.Contains(i.Id)).ToArray();
        var robustness = result.Gaps.LinkRobustness;
        var carriers = LinkCarriers.Compute(institutions, isActive, network.Graph, robustness, cancellationToken);
        var carried = new List<SectorPair>[n];
        for (int l = 0; l < robustness.Count; l++)
        {
            foreach (int x in carriers[l])
            {
                (carried[x] ??= []).Add(robustness[l].Link);
            }
        }

        var actions = new Dictionary<string, List<JointAction>>(StringComparer.Ordinal);
        foreach (var action in result.Dataset.JointActions.Where(result.Options.Window.Includes).OrderBy(a => a.Date).ThenBy(a => a.Id, StringComparer.Ordinal))
        {
            foreach (var id in action.Participants.Select(p => p.InstitutionId).Distinct(StringComparer.Ordinal))
            {
                if (!actions.TryGetValue(id, out var list))
                {
                    actions[id] = list = [];
                }

                list.Add(action);
            }
        }

        var required = result.Gaps.Links.Select(l => l.Link).ToList();
        var removal = result.Structure.FragmentationWithout;
        var profiles = new InstitutionProfile[n];
        for (int i = 0; i < n; i++)
        {
            var institution = institutions[i];
            var partners = network.Graph.Neighbours(i).ToArray();
            Array.Sort(partners);
            var partnerSectors = partners.Select(p => institutions[p].Sector).ToHashSet();
            var brokerage = result.Brokerage[institution.Id];
            profiles[i] = new InstitutionProfile
            {
                Institution = institution,
                Partners = [.. partners.Select(p => institutions[p].Id)],
                Measures = [.. ranked.Select(c => new ProfileMeasure(c.Name, c.Values[i], c.Ranks.Rank[i], c.Ranks.Percentile[i], c.Ranks.Count))],
                RealisedLinks = [.. required.Where(link => Realises(link, institution.Sector, partnerSectors))],
                CarriedLinks = carried[i] is { } links ? [.. links] : [],
                IsArticulationPoint = removal[i].IsArticulationPoint,
                FragmentationWithout = removal[i].Fragmentation,
                Brokerage = brokerage.Observed,
                BrokerageZ = brokerage.Z,
                Community = result.Communities.Membership[i],
                JointActions = actions.TryGetValue(institution.Id, out var own) ? [.. own] : [],
            };
        }

        return new ResultList<InstitutionProfile>(profiles);
    }

    private static bool Realises(SectorPair link, Sector sector, HashSet<Sector> partnerSectors) =>
        (link.First == sector && partnerSectors.Contains(link.Second)) || (link.Second == sector && partnerSectors.Contains(link.First));

    /// <summary>Competition ranks (1 = highest, ties share the best) and weak percentiles over the defined values.</summary>
    internal static (int?[] Rank, double[] Percentile, int Count) Rank(IReadOnlyList<double> values)
    {
        int n = values.Count;
        var defined = new List<double>(n);
        for (int i = 0; i < n; i++)
        {
            if (!double.IsNaN(values[i]))
            {
                defined.Add(values[i]);
            }
        }

        var sorted = defined.ToArray();
        Array.Sort(sorted);
        int count = sorted.Length;
        var rank = new int?[n];
        var percentile = new double[n];
        for (int i = 0; i < n; i++)
        {
            double v = values[i];
            if (double.IsNaN(v))
            {
                percentile[i] = double.NaN;
                continue;
            }

            int atOrBelow = UpperBound(sorted, v);
            rank[i] = count - atOrBelow + 1;
            percentile[i] = 100.0 * atOrBelow / count;
        }

        return (rank, percentile, count);
    }

    /// <summary>The number of values ≤ <paramref name="value"/> in an ascending array.</summary>
    private static int UpperBound(double[] sorted, double value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }
}
