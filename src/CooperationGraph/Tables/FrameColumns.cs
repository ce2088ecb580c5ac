using Microsoft.Data.Analysis;

namespace CooperationGraph.Tables;

/// <summary>Typed <see cref="DataFrame"/> columns from sequences: NaN and infinities become nulls (undefined).</summary>
internal static class FrameColumns
{
    public static StringDataFrameColumn Text(string name, IEnumerable<string?> values) => new(name, values);

    public static DoubleDataFrameColumn Number(string name, IEnumerable<double> values) =>
        new(name, values.Select(v => double.IsFinite(v) ? v : (double?)null));

    public static DoubleDataFrameColumn Number(string name, IEnumerable<double?> values) =>
        new(name, values.Select(v => v is { } d && !double.IsFinite(d) ? null : v));

    public static Int32DataFrameColumn Count(string name, IEnumerable<int?> values) => new(name, values);

    public static Int32DataFrameColumn Count(string name, IEnumerable<int> values) => new(name, values.Select(v => (int?)v));

    public static Int64DataFrameColumn Count(string name, IEnumerable<long> values) => new(name, values.Select(v => (long?)v));

    public static BooleanDataFrameColumn Flag(string name, IEnumerable<bool> values) => new(name, values.Select(v => (bool?)v));
}
