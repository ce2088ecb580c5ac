namespace CooperationGraph;

/// <summary>
/// Centrality of every institution of a network: one column per measure (in <see cref="CentralityMeasureNames.All"/> order),
/// one row per institution (in network order). Undefined values are NaN. Made by
/// <see cref="CentralityAnalysis.Compute(CooperationNetwork, CentralityOptions?, CancellationToken)"/>.
/// </summary>
/// <remarks>
/// The same contract as the batch call on any QuikGraph graph: a read-only dictionary from the measure to its
/// <see cref="VertexValues{TVertex}"/> (here keyed by institution id), so <c>table[CentralityMeasure.Betweenness]["OPS"]</c>
/// reads as <c>CentralityAnalysis.Compute(graph)[CentralityMeasure.Betweenness][vertex]</c> does; it adds the Freeman
/// <see cref="Centralization"/> of the network.
/// </remarks>
public sealed class CentralityTable : IReadOnlyDictionary<CentralityMeasure, VertexValues<string>>
{
    private readonly Dictionary<string, int> rowIndex;
    private readonly Dictionary<CentralityMeasure, double[]> columns;
    private readonly Dictionary<CentralityMeasure, VertexValues<string>> byMeasure;

    internal CentralityTable(IReadOnlyList<string> ids, IReadOnlyList<CentralityMeasure> measures, IReadOnlyList<double[]> values, Centralization centralization)
    {
        Ids = [.. ids];
        Measures = [.. measures];
        columns = measures.Select((m, i) => (m, values[i])).ToDictionary(p => p.m, p => p.Item2);
        rowIndex = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        string[] vertices = [.. ids];
        byMeasure = columns.ToDictionary(c => c.Key, c => new VertexValues<string>(vertices, c.Value, rowIndex));
        Centralization = centralization;
    }

    /// <summary>The institution ids, in row order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The measures computed, in column order (their column names: <see cref="CentralityMeasureNames.ColumnName"/>).</summary>
    public IReadOnlyList<CentralityMeasure> Measures { get; }

    /// <summary>Freeman centralization of the network for degree, betweenness and closeness.</summary>
    public Centralization Centralization { get; }

    /// <summary>One measure of one institution.</summary>
    /// <exception cref="KeyNotFoundException">Unknown institution or measure not computed.</exception>
    public double this[string institutionId, CentralityMeasure measure] => Column(measure)[Row(institutionId)];

    /// <summary>One measure for every institution, in row order.</summary>
    /// <exception cref="KeyNotFoundException">The measure was not computed; the message lists those that were.</exception>
    public IReadOnlyList<double> Column(CentralityMeasure measure) => columns.TryGetValue(measure, out var values)
        ? Array.AsReadOnly(values)
        : throw new KeyNotFoundException($"measure '{measure.ColumnName()}' was not computed; computed: {string.Join(", ", Measures.Select(m => m.ColumnName()))}");

    /// <summary>Number of measures computed.</summary>
    public int Count => Measures.Count;

    /// <inheritdoc/>
    public IEnumerable<CentralityMeasure> Keys => Measures;

    /// <inheritdoc/>
    public IEnumerable<VertexValues<string>> Values => Measures.Select(m => byMeasure[m]);

    /// <summary>One measure of every institution, by institution id.</summary>
    /// <exception cref="KeyNotFoundException">The measure was not computed; the message lists those that were.</exception>
    public VertexValues<string> this[CentralityMeasure measure] => byMeasure.TryGetValue(measure, out var values)
        ? values
        : throw new KeyNotFoundException($"measure '{measure.ColumnName()}' was not computed; computed: {string.Join(", ", Measures.Select(m => m.ColumnName()))}");

    /// <inheritdoc/>
    public bool ContainsKey(CentralityMeasure key) => byMeasure.ContainsKey(key);

    /// <inheritdoc/>
    public bool TryGetValue(CentralityMeasure key, [System.Diagnostics.CodeAnalysis.MaybeNullWhen(false)] out VertexValues<string> value) => byMeasure.TryGetValue(key, out value);

    /// <summary>(measure, values) pairs in <see cref="Measures"/> order.</summary>
    public IEnumerator<KeyValuePair<CentralityMeasure, VertexValues<string>>> GetEnumerator() =>
        Measures.Select(m => new KeyValuePair<CentralityMeasure, VertexValues<string>>(m, byMeasure[m])).GetEnumerator();

    global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

    private int Row(string id) => rowIndex.TryGetValue(id, out int r) ? r : throw new KeyNotFoundException($"unknown institution '{id}'");
}
