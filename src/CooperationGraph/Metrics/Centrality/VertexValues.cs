using System.Collections;
using System.Globalization;

namespace CooperationGraph;

/// <summary>
/// One value per vertex of a graph (a measure's result), read-only, indexable by vertex and enumerated in the graph's
/// vertex order. Undefined values are NaN.
/// </summary>
/// <typeparam name="TVertex">The graph's vertex type; vertices are compared with its default equality.</typeparam>
public sealed class VertexValues<TVertex> : IReadOnlyDictionary<TVertex, double>
    where TVertex : notnull
{
    private readonly TVertex[] vertices;
    private readonly double[] values;
    private readonly Dictionary<TVertex, int> index;

    internal VertexValues(TVertex[] vertices, double[] values, Dictionary<TVertex, int> index)
    {
        this.vertices = vertices;
        this.values = values;
        this.index = index;
    }

    /// <summary>The value of a vertex.</summary>
    /// <exception cref="KeyNotFoundException">The vertex is not in the graph.</exception>
    public double this[TVertex key] => index.TryGetValue(key, out int i)
        ? values[i]
        : throw new KeyNotFoundException($"Vertex '{key}' is not in the graph.");

    /// <summary>The vertices, in the graph's order.</summary>
    public IEnumerable<TVertex> Keys => Array.AsReadOnly(vertices);

    /// <summary>The values, in the graph's vertex order.</summary>
    public IEnumerable<double> Values => Array.AsReadOnly(values);

    /// <summary>Number of vertices.</summary>
    public int Count => vertices.Length;

    /// <summary>Whether the vertex is in the graph.</summary>
    public bool ContainsKey(TVertex key) => index.ContainsKey(key);

    /// <summary>The value of a vertex, or false when it is not in the graph.</summary>
    public bool TryGetValue(TVertex key, out double value)
    {
        bool found = index.TryGetValue(key, out int i);
        value = found ? values[i] : default;
        return found;
    }

    /// <summary>(vertex, value) pairs in the graph's vertex order.</summary>
    public IEnumerator<KeyValuePair<TVertex, double>> GetEnumerator()
    {
        for (int i = 0; i < vertices.Length; i++)
        {
            yield return new KeyValuePair<TVertex, double>(vertices[i], values[i]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The first few pairs, e.g. <c>{a: 0.5, b: 1, …}</c>.</summary>
    public override string ToString() =>
        "{" + string.Join(", ", this.Take(8).Select(p => $"{p.Key}: {p.Value.ToString("G6", CultureInfo.InvariantCulture)}")) + (Count > 8 ? ", …}" : "}");
}
