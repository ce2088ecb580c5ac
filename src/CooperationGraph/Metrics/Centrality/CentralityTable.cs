namespace CooperationGraph;

/// <summary>
/// Centrality of every institution of a network: one column per measure (in <see cref="CentralityMeasureNames.All"/> order),
/// one row per institution (in network order). Undefined values are NaN. Made by <see cref="CentralityAnalysis.Compute"/>.
/// </summary>
public sealed class CentralityTable
{
    private readonly Dictionary<string, int> rowIndex;
    private readonly Dictionary<CentralityMeasure, double[]> columns;

    internal CentralityTable(IReadOnlyList<string> ids, IReadOnlyList<CentralityMeasure> measures, IReadOnlyList<double[]> values, Centralization centralization)
    {
        Ids = [.. ids];
        Measures = [.. measures];
        columns = measures.Select((m, i) => (m, values[i])).ToDictionary(p => p.m, p => p.Item2);
        rowIndex = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i, StringComparer.Ordinal);
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

    private int Row(string id) => rowIndex.TryGetValue(id, out int r) ? r : throw new KeyNotFoundException($"unknown institution '{id}'");
}
