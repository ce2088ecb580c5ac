using System.Collections;

namespace CooperationGraph;

/// <summary>
/// An immutable list of result records (required links, suggested ties, E-I per institution…). Every tabular result
/// of the library is one: small, typed and immutable; <c>ToDataFrame()</c> (<c>ResultFrames</c>, the table layer)
/// turns it into a new frame on each call.
/// </summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class ResultList<T> : IReadOnlyList<T>
{
    private readonly T[] items;
    internal ResultList(IEnumerable<T> items) => this.items = [.. items];

    /// <summary>The number of records.</summary>
    public int Count => items.Length;

    /// <summary>A record by position.</summary>
    public T this[int index] => items[index];

    /// <inheritdoc/>
    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
