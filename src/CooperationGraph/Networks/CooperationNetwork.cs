using CooperationGraph.Graph;
using CooperationGraph.Networks;

namespace CooperationGraph;

/// <summary>
/// An undirected, weighted network of institutions built from a dataset: every institution is a node, isolated or
/// not, in dataset order; ties come from the chosen layers. Weights are <b>strengths</b> (more = more cooperation);
/// path measures that use weights take distance = 1/weight.
/// </summary>
public sealed partial class CooperationNetwork
{
    private readonly Dictionary<string, int> index;

    internal CooperationNetwork(IReadOnlyList<Institution> institutions, WeightedGraph graph, IReadOnlyList<NetworkTie> ties, NetworkOptions options)
    {
        Institutions = institutions;
        Graph = graph;
        Ties = ties;
        Options = options;
        index = new Dictionary<string, int>(institutions.Count, StringComparer.Ordinal);
        for (int i = 0; i < institutions.Count; i++)
        {
            index[institutions[i].Id] = i;
        }
    }

    /// <summary>The nodes: every institution of the dataset, in dataset order.</summary>
    public IReadOnlyList<Institution> Institutions { get; }

    /// <summary>The ties, each once, ordered by the dataset positions of their ends.</summary>
    public IReadOnlyList<NetworkTie> Ties { get; }

    /// <summary>The options it was built with.</summary>
    public NetworkOptions Options { get; }

    internal WeightedGraph Graph { get; }

    /// <summary>Number of distinct partners of an institution.</summary>
    public int Degree(string institutionId) => Graph.Degree(IndexOf(institutionId));

    /// <summary>The weight of the tie between two institutions, or 0 when they are not tied.</summary>
    public double Weight(string sourceId, string targetId) => Graph.Weight(IndexOf(sourceId), IndexOf(targetId));

    internal int IndexOf(string institutionId) => index.TryGetValue(institutionId, out int i)
        ? i
        : throw new KeyNotFoundException($"unknown institution '{institutionId}'");

    /// <summary>Builds the network of a dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Layers, window and weighting; see <see cref="NetworkOptions"/> for defaults.</param>
    public static CooperationNetwork Build(CooperationDataset dataset, NetworkOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new NetworkOptions();
        var affiliations = AffiliationNetwork.Build(dataset, options);
        var edges = new List<(int U, int V, double Weight, string Event)>();
        affiliations.ProjectInto(edges, options.Weighting);
        if (options.Layers.HasFlag(NetworkLayers.DirectTies))
        {
            var positions = affiliations.InstitutionIndex;
            foreach (var tie in dataset.Ties.Where(options.Window.Includes))
            {
                int u = positions[tie.SourceId], v = positions[tie.TargetId];
                edges.Add((Math.Min(u, v), Math.Max(u, v), tie.Weight, "tie:" + tie.Layer));
            }
        }

        if (options.Layers.HasFlag(NetworkLayers.Perceived))
        {
            PerceivedTies.AddTo(dataset, affiliations.InstitutionIndex, options.PerceivedRule, edges, options.Window);
        }

        return FromEdges(dataset.Institutions, edges, options);
    }

    /// <summary>
    /// A network from a plain edge list (as the <c>centrality</c> command reads): each distinct id becomes an
    /// institution of the neutral sector <c>UNKNOWN</c>, in order of first appearance; repeated pairs add up.
    /// </summary>
    /// <param name="edges">Pairs of ids with a positive weight (strength).</param>
    public static CooperationNetwork FromEdgeList(IEnumerable<(string Source, string Target, double Weight)> edges)
    {
        ArgumentNullException.ThrowIfNull(edges);
        var unknown = new Sector("UNKNOWN", "nieznany", "unknown");
        var institutions = new List<Institution>();
        var positions = new Dictionary<string, int>(StringComparer.Ordinal);
        int Position(string id)
        {
            if (!positions.TryGetValue(id, out int i))
            {
                positions[id] = i = institutions.Count;
                institutions.Add(new Institution(id, id, unknown));
            }

            return i;
        }

        var list = new List<(int, int, double, string)>();
        foreach (var (source, target, weight) in edges)
        {
            if (!(weight > 0) || !double.IsFinite(weight))
            {
                throw new ArgumentException($"Edge {source}–{target}: a weight must be a positive finite number (a strength), not {weight}.", nameof(edges));
            }

            int u = Position(source), v = Position(target);
            if (u != v)
            {
                list.Add((Math.Min(u, v), Math.Max(u, v), weight, "edge"));
            }
        }

        return FromEdges(institutions, list, new NetworkOptions { Layers = NetworkLayers.DirectTies });
    }

    internal static CooperationNetwork FromEdges(IReadOnlyList<Institution> institutions, List<(int U, int V, double Weight, string Event)> edges, NetworkOptions options)
    {
        edges = [.. edges.OrderBy(e => e.U).ThenBy(e => e.V)];
        int count = 0;
        for (int i = 0; i < edges.Count; i++)
        {
            count += i == 0 || edges[i].U != edges[i - 1].U || edges[i].V != edges[i - 1].V ? 1 : 0;
        }

        var sources = new int[count];
        var targets = new int[count];
        var weights = new double[count];
        var starts = new int[count + 1];
        var events = new string[edges.Count];
        var merged = new (int, int, double)[count];
        int t = 0;
        for (int i = 0; i < edges.Count;)
        {
            int j = i;
            double weight = 0;
            while (j < edges.Count && edges[j].U == edges[i].U && edges[j].V == edges[i].V)
            {
                weight += edges[j].Weight;
                events[j] = edges[j].Event;
                j++;
            }

            (sources[t], targets[t], weights[t], starts[t]) = (edges[i].U, edges[i].V, weight, i);
            merged[t++] = (edges[i].U, edges[i].V, weight);
            i = j;
        }

        starts[count] = edges.Count;
        var ties = new TieList(institutions, sources, targets, weights, starts, events);
        return new CooperationNetwork(institutions, WeightedGraph.FromEdges(institutions.Count, merged), ties, options);
    }

    /// <summary>Counts of institutions and ties.</summary>
    public override string ToString() => $"{Institutions.Count} institutions, {Ties.Count} ties ({Options.Layers})";
}
