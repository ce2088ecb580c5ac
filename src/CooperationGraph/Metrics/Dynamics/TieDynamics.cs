namespace CooperationGraph;

/// <summary>
/// How ties form, persist, dissolve and re-appear from one window to the next.
/// </summary>
/// <remarks>
/// A pair of institutions is <b>tied in a window</b> when some joint action of both overlaps the window (the action's
/// days, from its date to its end date, meet the window's days): the enacted layer of <see cref="AnalysisWindow"/>.
/// A direct tie from <c>ties.csv</c> with a <c>date</c> (and <c>end_date</c>) is present in the windows its days overlap;
/// an undated one cannot be placed in time and is left out here. Windows are
/// compared in the order given (normally <see cref="TimeWindows.Cover"/>); with sliding windows a long action appears in
/// several windows and so persists. Definitions per window in <see cref="TieChange"/>. This is the dyad-level turnover
/// of Snijders' stochastic actor-oriented models' descriptive statistics (ties 0→1, 1→1, 1→0 between waves, Snijders,
/// van de Bunt and Steglich 2010, doi:10.1016/j.socnet.2009.02.004), with re-appearance split out of new ties.
/// NetworkX has no equivalent. Time O(Σ_a k_a²·w_a + W·m) for actions a with k_a participants overlapping w_a windows,
/// W windows and m tied pairs; institutions in no action are simply never tied.
/// </remarks>
public static class TieDynamics
{
    /// <summary>The ties formed, persisted, re-appeared and dissolved in each window.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="windows">The windows, in time order.</param>
    public static IReadOnlyList<TieChange> Compute(CooperationDataset dataset, IReadOnlyList<AnalysisWindow> windows)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(windows);
        var present = TiedPairs(dataset, windows);
        var seen = new HashSet<long>();
        var changes = new List<TieChange>(windows.Count);
        HashSet<long> previous = [];
        for (int w = 0; w < windows.Count; w++)
        {
            var now = present[w];
            int formed = 0, persisted = 0, reappeared = 0, dissolved = 0;
            foreach (long pair in now)
            {
                if (previous.Contains(pair))
                {
                    persisted++;
                }
                else if (seen.Contains(pair))
                {
                    reappeared++;
                }
                else
                {
                    formed++;
                }
            }

            foreach (long pair in previous)
            {
                dissolved += now.Contains(pair) ? 0 : 1;
            }

            seen.UnionWith(now);
            changes.Add(new TieChange(windows[w], now.Count, formed, persisted, reappeared, dissolved));
            previous = now;
        }

        return changes;
    }

    /// <summary>Per window, the pairs (u·n + v, u &lt; v, dataset positions) tied by a joint action overlapping it.</summary>
    internal static HashSet<long>[] TiedPairs(CooperationDataset dataset, IReadOnlyList<AnalysisWindow> windows)
    {
        int n = dataset.Institutions.Count;
        var position = new Dictionary<string, int>(n, StringComparer.Ordinal);
        for (int i = 0; i < n; i++)
        {
            position[dataset.Institutions[i].Id] = i;
        }

        var present = new HashSet<long>[windows.Count];
        for (int w = 0; w < windows.Count; w++)
        {
            present[w] = [];
        }

        var members = new List<int>();
        foreach (var action in dataset.JointActions)
        {
            members.Clear();
            foreach (var participant in action.Participants)
            {
                members.Add(position[participant.InstitutionId]);
            }

            for (int w = 0; w < windows.Count; w++)
            {
                if (!windows[w].Includes(action))
                {
                    continue;
                }

                for (int a = 0; a < members.Count; a++)
                {
                    for (int b = a + 1; b < members.Count; b++)
                    {
                        int u = Math.Min(members[a], members[b]), v = Math.Max(members[a], members[b]);
                        if (u != v)
                        {
                            present[w].Add(((long)u * n) + v);
                        }
                    }
                }
            }
        }

        foreach (var tie in dataset.Ties.Where(t => t.Date is not null))
        {
            int u = Math.Min(position[tie.SourceId], position[tie.TargetId]), v = Math.Max(position[tie.SourceId], position[tie.TargetId]);
            for (int w = 0; w < windows.Count; w++)
            {
                if (windows[w].Includes(tie))
                {
                    present[w].Add(((long)u * n) + v);
                }
            }
        }

        return present;
    }
}
