using QuikGraph;

namespace CooperationGraph;

/// <summary>
/// A tie of a <see cref="CooperationNetwork"/> seen as a QuikGraph edge: its two institutions, its <b>strength</b>
/// and the events behind it. Made on the fly from the network's arrays (nothing is copied); two edges are equal when
/// they stand for the same tie.
/// </summary>
/// <remarks>
/// The edge is undirected, but it implements <see cref="IEdge{TVertex}"/> and not QuikGraph's
/// <c>IUndirectedEdge</c>, whose contract asks for <c>Source ≤ Target</c> under the default comparer of the vertex
/// type (institutions have no order). <see cref="Source"/> is always the institution that comes first in the
/// dataset, whichever end the edge was reached from; QuikGraph's undirected algorithms take the other end with
/// <c>GetOtherVertex</c>, and the network's <c>EdgeEqualityComparer</c> accepts both orientations.
/// </remarks>
public readonly struct NetworkEdge : IEdge<Institution>, IEquatable<NetworkEdge>
{
    internal NetworkEdge(Institution source, Institution target, NetworkTie tie)
    {
        Source = source;
        Target = target;
        Tie = tie;
    }

    /// <summary>The institution that comes first in the dataset.</summary>
    public Institution Source { get; }

    /// <summary>The other institution.</summary>
    public Institution Target { get; }

    /// <summary>The tie with its ids, weight and events.</summary>
    public NetworkTie Tie { get; }

    /// <summary>The tie's <b>strength</b> (larger = more cooperation). A path algorithm wants a distance: pass <c>e =&gt; 1 / e.Weight</c>.</summary>
    public double Weight => Tie.Weight;

    /// <summary>Ids of the declarations and joint actions behind the tie, then the layers of direct ties (<c>tie:LAYER</c>).</summary>
    public IReadOnlyList<string> Events => Tie.Events;

    /// <summary>Whether both stand for the same tie: the same ends, weight and events (a network makes its ties as they
    /// are read, so two reads of one tie are equal records, not one object).</summary>
    public bool Equals(NetworkEdge other) => Equals(Tie, other.Tie);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is NetworkEdge other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => Tie is null ? 0 : Tie.GetHashCode();

    /// <summary><c>SOURCE–TARGET (weight)</c>.</summary>
    public override string ToString() => $"{Source.Id}–{Target.Id} ({Weight})";

    /// <summary>Same tie.</summary>
    public static bool operator ==(NetworkEdge left, NetworkEdge right) => left.Equals(right);

    /// <summary>Different ties.</summary>
    public static bool operator !=(NetworkEdge left, NetworkEdge right) => !left.Equals(right);
}
