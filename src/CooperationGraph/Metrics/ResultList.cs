using System.Collections;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Metrics;

/// <summary>
/// An immutable list of result records (required links, suggested ties, E-I per institution…) that also turns into a
/// <see cref="DataFrame"/> with one typed column per field, for filtering, sorting and joining in a notebook.
/// </summary>
/// <remarks>
/// Every tabular result of the library follows one rule: the result itself is small, typed and immutable, and
/// <c>ToDataFrame()</c> returns a new frame on each call (undefined numbers as nulls, rows in the result's order), so
/// changing a frame never changes the result it came from.
/// </remarks>
/// <typeparam name="T">The record type.</typeparam>
public sealed class ResultList<T> : IReadOnlyList<T>
{
    private readonly T[] items;
    private readonly Func<IReadOnlyList<T>, DataFrame> frame;

    internal ResultList(IEnumerable<T> items, Func<IReadOnlyList<T>, DataFrame> frame)
    {
        this.items = [.. items];
        this.frame = frame;
    }

    /// <summary>The number of records.</summary>
    public int Count => items.Length;

    /// <summary>A record by position.</summary>
    public T this[int index] => items[index];

    /// <summary>The records as a new <see cref="DataFrame"/>, one row per record in this list's order.</summary>
    public DataFrame ToDataFrame() => frame(this);

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
