namespace CooperationGraph;

/// <summary>The column names of the <see cref="CentralityMeasure"/>s, and the way back from a name.</summary>
public static class CentralityMeasureNames
{
    /// <summary>Every measure, in column order.</summary>
    public static IReadOnlyList<CentralityMeasure> All { get; } = Enum.GetValues<CentralityMeasure>();

    /// <summary>The basic suite (every measure but Katz): the columns of <c>metrics.csv</c> and of the <c>centrality</c> command by default.</summary>
    public static IReadOnlyList<CentralityMeasure> Basic { get; } = [.. All.Where(m => m != CentralityMeasure.Katz)];

    /// <summary>Every column name, in column order: <c>degree, strength, …, katz</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. All.Select(ColumnName)];

    /// <summary>The column name of a measure, e.g. <c>effective_size</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Not a defined measure.</exception>
    public static string ColumnName(this CentralityMeasure measure) => measure switch
    {
        CentralityMeasure.Degree => "degree",
        CentralityMeasure.Strength => "strength",
        CentralityMeasure.Betweenness => "betweenness",
        CentralityMeasure.Closeness => "closeness",
        CentralityMeasure.Harmonic => "harmonic",
        CentralityMeasure.Eigenvector => "eigenvector",
        CentralityMeasure.PageRank => "pagerank",
        CentralityMeasure.Clustering => "clustering",
        CentralityMeasure.Constraint => "constraint",
        CentralityMeasure.EffectiveSize => "effective_size",
        CentralityMeasure.Core => "core",
        CentralityMeasure.Katz => "katz",
        _ => throw new ArgumentOutOfRangeException(nameof(measure), measure, "Not a centrality measure."),
    };

    /// <summary>The measure with this column name (exact, lower case), or false.</summary>
    public static bool TryParse(string? name, out CentralityMeasure measure)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(candidate.ColumnName(), name, StringComparison.Ordinal))
            {
                measure = candidate;
                return true;
            }
        }

        measure = default;
        return false;
    }

    /// <summary>The measure with this column name.</summary>
    /// <exception cref="ArgumentException">Unknown name; the message lists the known ones.</exception>
    public static CentralityMeasure Parse(string name) => TryParse(name, out var measure)
        ? measure
        : throw new ArgumentException($"unknown measure '{name}'; known measures: {string.Join(", ", Names)}");

    /// <summary>Measures from a comma-separated list of column names (spaces and empty items ignored), in the order given.</summary>
    /// <exception cref="ArgumentException">An unknown name, or none; the message names the unknown ones and lists the known ones.</exception>
    public static IReadOnlyList<CentralityMeasure> ParseList(string list)
    {
        ArgumentNullException.ThrowIfNull(list);
        var names = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !TryParse(n, out _)).ToList();
        if (unknown.Count > 0 || names.Length == 0)
        {
            string what = unknown.Count > 0 ? $"unknown measure '{string.Join("', '", unknown)}'" : "no measure named";
            throw new ArgumentException($"{what}; known measures: {string.Join(", ", Names)}");
        }

        return [.. names.Select(Parse)];
    }
}
