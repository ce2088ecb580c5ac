using CooperationGraph.Metrics.Brokerage;
using CooperationGraph.Metrics.Structure;
using CooperationGraph.Model;
using CooperationGraph.Networks;

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
/// <para>The report also carries the structure of the enacted network (<see cref="StructureAnalysis"/>), sector mixing
/// and E-I indices (<see cref="SectorMixing"/>), the robustness of each required link (<see cref="LinkRobustness"/>), brokerage (<see cref="BrokerageAnalysis"/>), two QAP tests and
/// suggested ties (<see cref="SuggestedTie"/>).</para>
/// <para>Time O(Σ_a k_a² + m + P·m) for actions a with k_a participants, m enacted ties and P permutations.</para>
/// </remarks>
public static class GapAnalysis
{
    /// <summary>Measures the dataset against the model.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="model">The model; <see cref="CooperationModel.RuralGmina"/> by default.</param>
    /// <param name="options">Window, permutations, seed; see <see cref="GapOptions"/> for defaults.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    public static GapReport Compute(CooperationDataset dataset, CooperationModel? model = null, GapOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(dataset);
        model ??= CooperationModel.RuralGmina;
        options ??= new GapOptions();
        var window = options.Window;
        var institutions = dataset.Institutions;
        int n = institutions.Count;
        var network = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted, Window = window });
        var graph = network.Graph;
        var declaredPairs = new HashSet<(int, int)>();
        var isDeclared = new bool[n];
        foreach (var declaration in dataset.Declarations.Where(window.Includes))
        {
            var signatories = declaration.Signatories;
            for (int a = 0; a < signatories.Count; a++)
            {
                int i = network.IndexOf(signatories[a]);
                isDeclared[i] = true;
                for (int b = a + 1; b < signatories.Count; b++)
                {
                    int j = network.IndexOf(signatories[b]);
                    declaredPairs.Add((Math.Min(i, j), Math.Max(i, j)));
                }
            }
        }

        var isActive = new bool[n];
        foreach (var action in dataset.JointActions.Where(window.Includes))
        {
            foreach (var participant in action.Participants)
            {
                isActive[network.IndexOf(participant.InstitutionId)] = true;
            }
        }

        var pairs = graph.Edges().ToArray();
        var links = model.RequiredLinks.Select(link => new LinkRealisation(link, pairs.Count(p => new SectorPair(institutions[p.U].Sector, institutions[p.V].Sector) == link))).ToList();
        var sectors = model.RequiredSectors.Concat(institutions.Select(i => i.Sector)).Distinct().ToList();
        var presence = sectors.Select(sector => new SectorPresence(sector, Enumerable.Range(0, n).Count(i => isActive[i] && institutions[i].Sector == sector), model.RequiredSectors.Contains(sector))).ToList();
        var missing = links.Where(l => l.IsMissing).Select(l => l.Link);
        return new GapReport(
            model: model,
            options: options,
            network: network,
            declared: [.. Enumerable.Range(0, n).Where(i => isDeclared[i]).Select(i => institutions[i].Id)],
            active: [.. Enumerable.Range(0, n).Where(i => isActive[i]).Select(i => institutions[i].Id)],
            links: links,
            linkRobustness: LinkRobustnessAnalysis.Compute(institutions, isActive, graph, links, cancellationToken),
            sectors: presence,
            structure: StructureAnalysis.Compute(network, cancellationToken),
            mixing: SectorMixing.Compute(institutions, pairs),
            brokerage: BrokerageAnalysis.Compute(dataset, window, cancellationToken),
            declaredVersusEnacted: QapKernel.Test(n, [.. declaredPairs.Select(p => (p.Item1, p.Item2, 1.0))], [.. pairs.Select(p => (p.U, p.V, 1.0))], options.Permutations, options.Seed, cancellationToken),
            modelVersusObserved: ModelQap(model, sectors, institutions, pairs, options, cancellationToken),
            mrqap: Gaps.Mrqap.Fit(network, declaredPairs, options.Mrqap with { Permutations = options.Permutations, Seed = options.Seed }, cancellationToken),
            durability: options.ProjectEnd is { } end ? Dynamics.Durability.Compute(dataset, end, model, window) : null,
            suggestedTies: TieSuggester.Suggest(institutions, isActive, graph.Offsets, graph.Targets, missing, options.SuggestionsPerLink));
    }

    private static QapResult ModelQap(CooperationModel model, List<Sector> sectors, IReadOnlyList<Institution> institutions, (int U, int V)[] pairs, GapOptions options, CancellationToken cancellationToken)
    {
        var position = sectors.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var required = model.RequiredLinks.Where(l => !l.IsWithinSector).Select(l => (position[l.First], position[l.Second], 1.0)).ToList();
        var observed = new Dictionary<(int, int), double>();
        foreach (var (u, v) in pairs)
        {
            int a = position[institutions[u].Sector], b = position[institutions[v].Sector];
            if (a != b)
            {
                var key = (Math.Min(a, b), Math.Max(a, b));
                observed[key] = observed.GetValueOrDefault(key) + 1;
            }
        }

        return QapKernel.Test(sectors.Count, required, [.. observed.Select(o => (o.Key.Item1, o.Key.Item2, o.Value))], options.Permutations, options.Seed, cancellationToken);
    }
}
