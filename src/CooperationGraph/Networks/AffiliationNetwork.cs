namespace CooperationGraph;

/// <summary>
/// The bipartite institution × event network: declarations and joint actions (in the window, of the chosen layers)
/// on one side, institutions on the other, a membership for each signature or participation.
/// <see cref="Project"/> turns it into the institution network.
/// </summary>
public sealed class AffiliationNetwork
{
    private AffiliationNetwork(IReadOnlyList<Institution> institutions, IReadOnlyList<string> events, IReadOnlyList<int[]> members, Dictionary<string, int> institutionIndex, NetworkOptions options)
    {
        Institutions = institutions;
        Events = events;
        this.members = members;
        InstitutionIndex = institutionIndex;
        Options = options;
    }

    private readonly IReadOnlyList<int[]> members;

    /// <summary>The institutions (one side), in dataset order.</summary>
    public IReadOnlyList<Institution> Institutions { get; }

    /// <summary>The event ids (other side): declarations first, then joint actions, in dataset order.</summary>
    public IReadOnlyList<string> Events { get; }

    /// <summary>The options used to select events.</summary>
    public NetworkOptions Options { get; }

    internal Dictionary<string, int> InstitutionIndex { get; }

    /// <summary>The ids of the institutions that belong to an event (signed it, or took part).</summary>
    public IReadOnlyList<string> Members(int eventIndex) => [.. members[eventIndex].Select(i => Institutions[i].Id)];

    /// <summary>All memberships as (institution id, event id) pairs.</summary>
    public IEnumerable<(string InstitutionId, string EventId)> Memberships =>
        Events.SelectMany((e, k) => members[k].Select(i => (Institutions[i].Id, e)));

    /// <summary>The bipartite network of the dataset's declarations and/or actions.</summary>
    public static AffiliationNetwork Build(CooperationDataset dataset, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new NetworkOptions();
        var index = new Dictionary<string, int>(dataset.Institutions.Count, StringComparer.Ordinal);
        for (int i = 0; i < dataset.Institutions.Count; i++)
        {
            index[dataset.Institutions[i].Id] = i;
        }

        var events = new List<string>();
        var members = new List<int[]>();
        if (options.Layers.HasFlag(NetworkLayers.Declared))
        {
            foreach (var declaration in dataset.Declarations.Where(options.Window.Includes))
            {
                events.Add(declaration.Id);
                members.Add([.. declaration.Signatories.Select(id => index[id])]);
            }
        }

        if (options.Layers.HasFlag(NetworkLayers.JointActions))
        {
            foreach (var action in dataset.JointActions.Where(options.Window.Includes))
            {
                events.Add(action.Id);
                members.Add([.. action.Participants.Select(p => index[p.InstitutionId])]);
            }
        }

        return new AffiliationNetwork(dataset.Institutions, events, members, index, options);
    }

    /// <summary>
    /// The one-mode projection onto institutions: two institutions are tied when they share an event; the weight adds
    /// 1 per shared event, or 1/(k − 1) with Newman weighting.
    /// </summary>
    public CooperationNetwork Project(EventWeighting weighting = EventWeighting.Count)
    {
        var edges = new List<(int, int, double, string)>();
        ProjectInto(edges, weighting);
        return CooperationNetwork.FromEdges(Institutions, edges, Options with { Weighting = weighting, Layers = Options.Layers & ~NetworkLayers.DirectTies });
    }

    internal void ProjectInto(List<(int U, int V, double Weight, string Event)> edges, EventWeighting weighting)
    {
        for (int k = 0; k < members.Count; k++)
        {
            var group = members[k];
            double weight = weighting == EventWeighting.Newman && group.Length > 1 ? 1.0 / (group.Length - 1) : 1.0;
            for (int a = 0; a < group.Length; a++)
            {
                for (int b = a + 1; b < group.Length; b++)
                {
                    edges.Add((Math.Min(group[a], group[b]), Math.Max(group[a], group[b]), weight, Events[k]));
                }
            }
        }
    }
}
