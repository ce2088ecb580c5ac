using System.Collections.ObjectModel;

namespace CooperationGraph;

/// <summary>
/// A position for every institution of a network, in network order, rescaled as NetworkX <c>rescale_layout</c> does: each
/// axis centred on its mean, then both divided by the largest absolute coordinate, so the layout spans [−1, 1] on its
/// longer side and keeps its aspect ratio. Made by <see cref="NetworkLayout"/>.
/// </summary>
public sealed class NodePositions
{
    private readonly Dictionary<string, int> index;
    private readonly double[] x;
    private readonly double[] y;

    internal NodePositions(IReadOnlyList<string> ids, double[] x, double[] y)
    {
        this.x = x;
        this.y = y;
        Ids = new ReadOnlyCollection<string>([.. ids]);
        X = new ReadOnlyCollection<double>(x);
        Y = new ReadOnlyCollection<double>(y);
        index = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (int i = 0; i < ids.Count; i++)
        {
            index[ids[i]] = i;
        }
    }

    /// <summary>Number of institutions.</summary>
    public int Count => x.Length;

    /// <summary>The institution ids, in network order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Horizontal coordinates, in network order.</summary>
    public IReadOnlyList<double> X { get; }

    /// <summary>Vertical coordinates, in network order.</summary>
    public IReadOnlyList<double> Y { get; }

    /// <summary>The index of an institution, or −1 when it is not here.</summary>
    internal int IndexOf(string institutionId) => index.TryGetValue(institutionId, out int i) ? i : -1;

    /// <summary>The position of one institution.</summary>
    /// <exception cref="KeyNotFoundException">The institution is not in the network; the message names it.</exception>
    public (double X, double Y) this[string institutionId] => index.TryGetValue(institutionId, out int i)
        ? (x[i], y[i])
        : throw new KeyNotFoundException($"unknown institution '{institutionId}'");
}
