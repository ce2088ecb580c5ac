using Microsoft.Data.Analysis;

namespace CooperationGraph.Tables;

/// <summary>Typed <see cref="DataFrame"/> columns from plain values: undefined numbers (NaN) become nulls.</summary>
internal static class FrameColumns
{
    public static DoubleDataFrameColumn Doubles(string name, IEnumerable<double> values) =>
        new(name, values.Select(v => double.IsNaN(v) ? (double?)null : v));

    public static DoubleDataFrameColumn Doubles(string name, IEnumerable<double?> values) =>
        new(name, values.Select(v => v is { } d && double.IsNaN(d) ? null : v));

    public static Int32DataFrameColumn Ints(string name, IEnumerable<int?> values) => new(name, values);

    public static StringDataFrameColumn Strings(string name, IEnumerable<string?> values) => new(name, values);

    public static BooleanDataFrameColumn Bools(string name, IEnumerable<bool?> values) => new(name, values);
}
