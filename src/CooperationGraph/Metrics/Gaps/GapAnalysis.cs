using CooperationGraph.Metrics.Brokerage;
using CooperationGraph.Model;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// Gap metrics: how far observed cooperation is from a <see cref="CooperationModel"/>.
/// </summary>
/// <remarks>
/// <para>Definitions (part of the contract): an institution is <b>active</b> when it took part in at least one joint
/// action in the window, and <b>declared</b> when it signed at least one declaration in force in the window (signed on
/// or before its end). <c>declaredInactive</c> = declared − active; <c>activeUndeclared</c> = active − declared;
/// <c>activationRate</c> = |declared ∩ active| / |declared|. A required sector is <b>missing</b> when none of its
/// institutions is active; a required link is <b>missing</b> when the <b>enacted</b> layer (co-participation in joint
/// actions in the window, and direct ties) joins no institution of one sector with any of the other. Declarations never
/// realise a link: the model asks for cooperation done, not promised. A link within one sector needs two distinct
/// institutions of it.</para>
/// <para>Time O(Σ_a k_a² + m) for actions a with k_a participants.</para>
/// </remarks>
public static class GapAnalysis
{
    /// <summary>Measures the dataset against the model in the window.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="model">The model; <see cref="CooperationModel.RuralGmina"/> by default.</param>
    /// <param name="window">The window; everything by default.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    public static GapReport Compute(CooperationDataset dataset, CooperationModel? model = null, AnalysisWindow? window = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        model ??= CooperationModel.RuralGmina;
        window ??= AnalysisWindow.All;
        var institutions = dataset.Institutions;
        var index = new Dictionary<string, int>(institutions.Count, StringComparer.Ordinal);
        for (int i = 0; i < institutions.Count; i++)
        {
            index[institutions[i].Id] = i;
        }

        var isActive = new bool[institutions.Count];
        var isDeclared = new bool[institutions.Count];
        foreach (var declaration in dataset.Declarations.Where(window.Includes))
        {
            foreach (var id in declaration.Signatories)
            {
                isDeclared[index[id]] = true;
            }
        }

        var pairs = new HashSet<(int, int)>();
        foreach (var action in dataset.JointActions.Where(window.Includes))
        {
            var participants = action.Participants;
            for (int a = 0; a < participants.Count; a++)
            {
                int i = index[participants[a].InstitutionId];
                isActive[i] = true;
                for (int b = a + 1; b < participants.Count; b++)
                {
                    int j = index[participants[b].InstitutionId];
                    pairs.Add((Math.Min(i, j), Math.Max(i, j)));
                }
            }
        }

        foreach (var tie in dataset.Ties)
        {
            int i = index[tie.Source], j = index[tie.Target];
            pairs.Add((Math.Min(i, j), Math.Max(i, j)));
        }

        var links = new List<LinkRealisation>(model.RequiredLinks.Count);
        foreach (var link in model.RequiredLinks)
        {
            int count = 0;
            foreach (var (i, j) in pairs)
            {
                var pair = new SectorPair(institutions[i].Sector, institutions[j].Sector);
                count += pair == link ? 1 : 0;
            }

            links.Add(new LinkRealisation(link, count));
        }

        var sectors = model.RequiredSectors.Concat(institutions.Select(i => i.Sector)).Distinct()
            .Select(sector => new SectorPresence(sector, Count(institutions, isActive, sector), model.RequiredSectors.Contains(sector)))
            .ToList();
        return new GapReport(model, window,
            [.. institutions.Where((_, i) => isDeclared[i]).Select(i => i.Id)],
            [.. institutions.Where((_, i) => isActive[i]).Select(i => i.Id)],
            links, sectors, BrokerageAnalysis.Compute(dataset, window, cancellationToken));
    }

    private static int Count(IReadOnlyList<Institution> institutions, bool[] active, Sector sector)
    {
        int count = 0;
        for (int i = 0; i < institutions.Count; i++)
        {
            count += active[i] && institutions[i].Sector == sector ? 1 : 0;
        }

        return count;
    }
}
