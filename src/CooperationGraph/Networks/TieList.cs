using System.Collections;

namespace CooperationGraph.Networks;

/// <summary>
/// A network's ties held as arrays (ends, weight, and the events of all ties in one array), each
/// <see cref="NetworkTie"/> made when it is read. Its <see cref="NetworkTie.Events"/> is a view of the shared array, so
/// two reads of one tie are equal records. The national declared network (250 061 ties) held 29 MB alive as one object
/// and one events array per tie, 14 MB as arrays.
/// </summary>
internal sealed class TieList : IReadOnlyList<NetworkTie>
{
    private readonly IReadOnlyList<Institution> institutions;
    private readonly int[] sources;
    private readonly int[] targets;
    private readonly double[] weights;
    private readonly int[] starts;
    private readonly string[] events;

    /// <param name="institutions">The nodes, whose ids the ties name.</param>
    /// <param name="sources">Each tie's first end (node position).</param>
    /// <param name="targets">Each tie's second end.</param>
    /// <param name="weights">Each tie's weight.</param>
    /// <param name="starts">Where each tie's events begin in <paramref name="events"/>; one more entry than ties.</param>
    /// <param name="events">The events of every tie, tie after tie.</param>
    public TieList(IReadOnlyList<Institution> institutions, int[] sources, int[] targets, double[] weights, int[] starts, string[] events)
    {
        this.institutions = institutions;
        this.sources = sources;
        this.targets = targets;
        this.weights = weights;
        this.starts = starts;
        this.events = events;
    }

    public int Count => sources.Length;

    public NetworkTie this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return new NetworkTie(institutions[sources[index]].Id, institutions[targets[index]].Id, weights[index],
                new ArraySegment<string>(events, starts[index], starts[index + 1] - starts[index]));
        }
    }

    public IEnumerator<NetworkTie> GetEnumerator()
    {
        for (int i = 0; i < Count; i++)
        {
            yield return this[i];
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
