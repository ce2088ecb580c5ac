namespace CooperationGraph;

/// <summary>
/// Does cooperation last after the project? With the project's last day, compares the enacted ties and required links
/// of the project (the analysis window up to that day) with those after it (the day after to the window's end).
/// </summary>
/// <remarks>
/// A tie is enacted in a period when a joint action of both institutions overlaps it (as in <see cref="TieDynamics"/>);
/// an action that runs across the end counts in both periods. A required link is realised in a period when some
/// institution pair of its two sectors is tied in it. Dated direct ties from <c>ties.csv</c> count like
/// actions; undated ones cannot be placed in time and are left out.
/// The shares are NaN when nothing was enacted during the project. Time O(Σ_a k_a²).
/// </remarks>
public static class Durability
{
    /// <summary>Ties, required links and active institutions during the project and after its end.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="projectEnd">The project's last day.</param>
    /// <param name="model">The model whose required links are followed.</param>
    /// <param name="window">The whole period looked at; everything by default.</param>
    /// <exception cref="ArgumentException">The project's end is outside the window.</exception>
    public static DurabilityResult Compute(CooperationDataset dataset, DateOnly projectEnd, CooperationModel model, AnalysisWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(model);
        window ??= AnalysisWindow.All;
        if ((window.From is { } from && projectEnd < from) || (window.To is { } to && projectEnd >= to))
        {
            throw new ArgumentException($"The project end {projectEnd:yyyy-MM-dd} must fall inside the analysis window {window} and before its last day.");
        }

        var during = new AnalysisWindow(window.From, projectEnd);
        var after = new AnalysisWindow(projectEnd.AddDays(1), window.To);
        var pairs = TieDynamics.TiedPairs(dataset, [during, after]);
        var institutions = dataset.Institutions;
        int n = institutions.Count;
        var kept = new HashSet<long>(pairs[0]);
        kept.IntersectWith(pairs[1]);
        var linksDuring = Realised(model, institutions, pairs[0], n);
        var linksAfter = Realised(model, institutions, pairs[1], n);
        var activeDuring = Active(dataset, during);
        var activeAfter = Active(dataset, after);
        return new DurabilityResult
        {
            ProjectEnd = projectEnd,
            During = during,
            After = after,
            TiesDuring = pairs[0].Count,
            TiesAfter = pairs[1].Count,
            TiesKept = kept.Count,
            RequiredLinksDuring = [.. model.RequiredLinks.Where(linksDuring.Contains)],
            RequiredLinksKept = [.. model.RequiredLinks.Where(l => linksDuring.Contains(l) && linksAfter.Contains(l))],
            ActiveDuring = [.. institutions.Where(i => activeDuring.Contains(i.Id)).Select(i => i.Id)],
            KeptActing = [.. institutions.Where(i => activeDuring.Contains(i.Id) && activeAfter.Contains(i.Id)).Select(i => i.Id)],
            StoppedActing = [.. institutions.Where(i => activeDuring.Contains(i.Id) && !activeAfter.Contains(i.Id)).Select(i => i.Id)],
            StartedAfter = [.. institutions.Where(i => !activeDuring.Contains(i.Id) && activeAfter.Contains(i.Id)).Select(i => i.Id)],
        };
    }

    private static HashSet<SectorPair> Realised(CooperationModel model, IReadOnlyList<Institution> institutions, HashSet<long> pairs, int n)
    {
        var required = model.RequiredLinks.ToHashSet();
        var realised = new HashSet<SectorPair>();
        foreach (long pair in pairs)
        {
            var link = new SectorPair(institutions[(int)(pair / n)].Sector, institutions[(int)(pair % n)].Sector);
            if (required.Contains(link))
            {
                realised.Add(link);
            }
        }

        return realised;
    }

    private static HashSet<string> Active(CooperationDataset dataset, AnalysisWindow window) =>
        dataset.JointActions.Where(window.Includes).SelectMany(a => a.Participants).Select(p => p.InstitutionId).ToHashSet(StringComparer.Ordinal);
}
