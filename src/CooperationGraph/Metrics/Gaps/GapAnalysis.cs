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
/// <para>The report also carries the robustness of each required link (<see cref="LinkRobustness"/>) and suggested ties
/// (<see cref="SuggestedTie"/>). Structure, mixing, brokerage and the QAP tests are parts of their own, composed by
/// <c>CooperationAnalysis.Run</c>.</para>
/// <para>Time O(Σ_d s_d² + m + L·f) for declarations d with s_d signatories, m enacted ties and L required links whose
/// robustness takes f max-flow steps each.</para>
/// </remarks>
internal static class GapAnalysis
{
    /// <summary>Measures the enacted network of a window against the model.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="enacted">The enacted network of the window (<see cref="NetworkLayers.Enacted"/>).</param>
    /// <param name="model">The model.</param>
    /// <param name="window">The window: declarations signed by its end, actions overlapping it.</param>
    /// <param name="suggestionsPerLink">Suggested ties listed per missing link.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    public static GapReport Compute(CooperationDataset dataset, CooperationNetwork enacted, CooperationModel model, AnalysisWindow window, int suggestionsPerLink, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var institutions = dataset.Institutions;
        int n = institutions.Count;
        var graph = enacted.Graph;
        var isDeclared = new bool[n];
        foreach (var declaration in dataset.Declarations.Where(window.Includes))
        {
            foreach (var signatory in declaration.Signatories)
            {
                isDeclared[enacted.IndexOf(signatory)] = true;
            }
        }

        var isActive = new bool[n];
        foreach (var action in dataset.JointActions.Where(window.Includes))
        {
            foreach (var participant in action.Participants)
            {
                isActive[enacted.IndexOf(participant.InstitutionId)] = true;
            }
        }

        var pairs = graph.Edges().ToArray();
        var links = model.RequiredLinks.Select(link => new LinkRealisation(link, pairs.Count(p => new SectorPair(institutions[p.U].Sector, institutions[p.V].Sector) == link))).ToList();
        var sectors = model.RequiredSectors.Concat(institutions.Select(i => i.Sector)).Distinct().ToList();
        var presence = sectors.Select(sector => new SectorPresence(sector, Enumerable.Range(0, n).Count(i => isActive[i] && institutions[i].Sector == sector), model.RequiredSectors.Contains(sector))).ToList();
        var missing = links.Where(l => l.IsMissing).Select(l => l.Link);
        return new GapReport(
            model: model,
            window: window,
            declared: [.. Enumerable.Range(0, n).Where(i => isDeclared[i]).Select(i => institutions[i].Id)],
            active: [.. Enumerable.Range(0, n).Where(i => isActive[i]).Select(i => institutions[i].Id)],
            links: links,
            linkRobustness: LinkRobustnessAnalysis.Compute(institutions, isActive, graph, links, cancellationToken),
            sectors: presence,
            suggestedTies: TieSuggester.Suggest(institutions, isActive, graph.Offsets, graph.Targets, missing, suggestionsPerLink));
    }
}
