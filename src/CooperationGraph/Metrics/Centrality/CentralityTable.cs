namespace CooperationGraph;

/// <summary>
/// Centrality of every institution of a network: one column per measure (in <see cref="CentralityMeasureNames.All"/> order),
/// one row per institution (in network order). Undefined values are NaN. Made by <see cref="CentralityMeasures.Compute"/>.
/// </summary>
public sealed class CentralityTable
{
    private readonly Dictionary<string, int> rowIndex;
    private readonly Dictionary<string, double[]> columns;

    internal CentralityTable(IReadOnlyList<string> ids, IReadOnlyList<string> names, IReadOnlyList<double[]> values, Centralization centralization)
    {
        Ids = [.. ids];
        Columns = [.. names];
        columns = names.Select((n, i) => (n, values[i])).ToDictionary(p => p.n, p => p.Item2, StringComparer.Ordinal);
        rowIndex = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
        Centralization = centralization;
    }

    /// <summary>The institution ids, in row order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The measures computed, in column order.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>Freeman centralization of the network for degree, betweenness and closeness.</summary>
    public Centralization Centralization { get; }

    /// <summary>One measure of one institution.</summary>
    /// <exception cref="KeyNotFoundException">Unknown institution or measure not computed.</exception>
    public double this[string institutionId, string column] => Column(column)[Row(institutionId)];

    /// <summary>One measure for every institution, in row order.</summary>
    /// <exception cref="KeyNotFoundException">The measure was not computed; the message lists those that were.</exception>
    public IReadOnlyList<double> Column(string name) => columns.TryGetValue(name, out var values)
        ? Array.AsReadOnly(values)
        : throw new KeyNotFoundException($"measure '{name}' was not computed; computed: {string.Join(", ", Columns)}");

    private int Row(string id) => rowIndex.TryGetValue(id, out int r) ? r : throw new KeyNotFoundException($"unknown institution '{id}'");
}
