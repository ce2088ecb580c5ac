using CooperationGraph.Graph;

namespace CooperationGraph;

public sealed partial class CooperationNetwork
{
    /// <summary>
    /// The ego network of an institution as a network of its own: the institution first, then its partners in this
    /// network's order, and every tie among them with its weight and events (NetworkX <c>nx.ego_graph(G, v)</c>; the
    /// egonet of <see cref="EgoMeasures"/>). The options are this network's. O(Σ deg) over the members, after a
    /// one-time O(m log d) index of the ties (shared with the QuikGraph view).
    /// </summary>
    /// <param name="institutionId">The institution (the ego).</param>
    /// <exception cref="KeyNotFoundException">No institution has that id.</exception>
    public CooperationNetwork Ego(string institutionId)
    {
        ArgumentNullException.ThrowIfNull(institutionId);
        int ego = IndexOf(institutionId);
        var at = new Dictionary<int, int> { [ego] = 0 };
        foreach (int v in Graph.Neighbours(ego))
        {
            at[v] = at.Count;
        }

        var members = new Institution[at.Count];
        foreach (var (node, position) in at)
        {
            members[position] = Institutions[node];
        }

        // Each tie among the members once, from the lower of its ends, through the adjacency slots' ties.
        var slots = SlotTies();
        var kept = new List<(int U, int V, NetworkTie Tie)>();
        foreach (var (node, u) in at)
        {
            for (int slot = Graph.Offsets[node]; slot < Graph.Offsets[node + 1]; slot++)
            {
                int other = Graph.Targets[slot];
                if (other > node && at.TryGetValue(other, out int v))
                {
                    kept.Add((Math.Min(u, v), Math.Max(u, v), Ties[slots[slot]]));
                }
            }
        }

        kept.Sort((a, b) => a.U != b.U ? a.U.CompareTo(b.U) : a.V.CompareTo(b.V));
        var ties = kept.Select(k => new NetworkTie(members[k.U].Id, members[k.V].Id, k.Tie.Weight, k.Tie.Events)).ToList();
        var graph = WeightedGraph.FromEdges(members.Length, [.. kept.Select(k => (k.U, k.V, k.Tie.Weight))]);
        return new CooperationNetwork(members, graph, ties, Options);
    }
}
