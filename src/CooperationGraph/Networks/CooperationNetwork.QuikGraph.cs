using QuikGraph;

namespace CooperationGraph;

/// <summary>
/// The network as a QuikGraph <see cref="IUndirectedGraph{TVertex, TEdge}"/>: vertices are the institutions (in dataset
/// order, isolates included), edges are <see cref="NetworkEdge"/>s made on the fly from the compact arrays, so any
/// QuikGraph algorithm for undirected graphs (connected components, Dijkstra, Kruskal, Prim…) runs on it without a copy.
/// There are no parallel edges and no self-loops. The first QuikGraph call builds an index from adjacency slots to
/// ties (4 bytes per tie end, O(m log d)); the rest is read from the arrays: <c>AdjacentEdges</c> O(d),
/// <c>TryGetEdge</c> O(log d), vertex lookup one hash of the id.
/// </summary>
public sealed partial class CooperationNetwork : IUndirectedGraph<Institution, NetworkEdge>
{
    private int[]? slotTies;

    /// <summary>Every institution, in dataset order (the same list as <see cref="Institutions"/>).</summary>
    public IEnumerable<Institution> Vertices => Institutions;

    /// <summary>Number of institutions.</summary>
    public int VertexCount => Institutions.Count;

    /// <summary>Every tie once, as an edge, in the order of <see cref="Ties"/> positions (by the first end, then the second).</summary>
    public IEnumerable<NetworkEdge> Edges
    {
        get
        {
            var graph = Graph;
            for (int u = 0; u < graph.NodeCount; u++)
            {
                for (int i = graph.Offsets[u]; i < graph.Offsets[u + 1]; i++)
                {
                    if (graph.Targets[i] > u)
                    {
                        yield return EdgeAt(u, i);
                    }
                }
            }
        }
    }

    /// <summary>Number of ties.</summary>
    public int EdgeCount => Graph.EdgeCount;

    bool IGraph<Institution, NetworkEdge>.IsDirected => false;

    bool IGraph<Institution, NetworkEdge>.AllowParallelEdges => false;

    bool IVertexSet<Institution>.IsVerticesEmpty => Institutions.Count == 0;

    bool IEdgeSet<Institution, NetworkEdge>.IsEdgesEmpty => Graph.EdgeCount == 0;

    EdgeEqualityComparer<Institution> IImplicitUndirectedGraph<Institution, NetworkEdge>.EdgeEqualityComparer =>
        EdgeExtensions.UndirectedVertexEquality;

    /// <summary>Whether the institution is a node of this network (same id and equal record).</summary>
    public bool ContainsVertex(Institution vertex) => TryIndex(vertex, out _);

    /// <summary>Whether the edge is a tie of this network.</summary>
    public bool ContainsEdge(NetworkEdge edge) =>
        edge.Tie is not null && TryGetEdge(edge.Source, edge.Target, out var found) && found.Equals(edge);

    /// <summary>Whether the two institutions are tied (either order).</summary>
    public bool ContainsEdge(Institution source, Institution target) => TryGetEdge(source, target, out _);

    /// <summary>The tie between two institutions (either order), as an edge.</summary>
    public bool TryGetEdge(Institution source, Institution target, out NetworkEdge edge)
    {
        edge = default;
        if (!TryIndex(source, out int u) || !TryIndex(target, out int v))
        {
            return false;
        }

        int i = Graph.Neighbours(u).BinarySearch(v);
        if (i < 0)
        {
            return false;
        }

        edge = EdgeAt(u, Graph.Offsets[u] + i);
        return true;
    }

    /// <summary>The ties of an institution, by partner in dataset order.</summary>
    /// <exception cref="VertexNotFoundException">The institution is not a node of this network.</exception>
    public IEnumerable<NetworkEdge> AdjacentEdges(Institution vertex)
    {
        int u = Index(vertex);
        for (int i = Graph.Offsets[u]; i < Graph.Offsets[u + 1]; i++)
        {
            yield return EdgeAt(u, i);
        }
    }

    /// <summary>Number of partners of an institution.</summary>
    /// <exception cref="VertexNotFoundException">The institution is not a node of this network.</exception>
    public int AdjacentDegree(Institution vertex) => Graph.Degree(Index(vertex));

    /// <summary>Whether an institution has no tie.</summary>
    /// <exception cref="VertexNotFoundException">The institution is not a node of this network.</exception>
    public bool IsAdjacentEdgesEmpty(Institution vertex) => AdjacentDegree(vertex) == 0;

    /// <summary>The institution's tie to its <paramref name="index"/>-th partner (partners in dataset order).</summary>
    /// <exception cref="VertexNotFoundException">The institution is not a node of this network.</exception>
    public NetworkEdge AdjacentEdge(Institution vertex, int index)
    {
        int u = Index(vertex);
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Graph.Degree(u));
        return EdgeAt(u, Graph.Offsets[u] + index);
    }

    private NetworkEdge EdgeAt(int u, int slot)
    {
        var tie = Ties[SlotTies()[slot]];
        int v = Graph.Targets[slot];
        return u < v
            ? new NetworkEdge(Institutions[u], Institutions[v], tie)
            : new NetworkEdge(Institutions[v], Institutions[u], tie);
    }

    private int Index(Institution vertex) => TryIndex(vertex, out int i)
        ? i
        : throw new VertexNotFoundException($"Institution '{vertex?.Id}' is not a node of this network.");

    private bool TryIndex(Institution vertex, out int i)
    {
        ArgumentNullException.ThrowIfNull(vertex);
        return index.TryGetValue(vertex.Id, out i) && (ReferenceEquals(Institutions[i], vertex) || Institutions[i].Equals(vertex));
    }

    /// <summary>For each adjacency slot, the position of its tie in <see cref="Ties"/>.</summary>
    private int[] SlotTies()
    {
        if (slotTies is { } done)
        {
            return done;
        }

        var graph = Graph;
        var slots = new int[graph.Targets.Length];
        for (int k = 0; k < Ties.Count; k++)
        {
            int u = index[Ties[k].SourceId], v = index[Ties[k].TargetId];
            if (u != v)
            {
                slots[graph.Offsets[u] + graph.Neighbours(u).BinarySearch(v)] = k;
                slots[graph.Offsets[v] + graph.Neighbours(v).BinarySearch(u)] = k;
            }
        }

        return Interlocked.CompareExchange(ref slotTies, slots, null) ?? slots;
    }
}
