using System.Collections;

namespace CooperationGraph;

/// <summary>
/// An ordered, read-only list of named text values with structural equality. Names are unique
/// (ordinal comparison).
/// </summary>
public sealed class AttributeList : IReadOnlyList<KeyValuePair<string, string>>, IEquatable<AttributeList>
{
    private readonly KeyValuePair<string, string>[] items;

    /// <summary>Creates the list.</summary>
    /// <exception cref="ArgumentException">A name is empty or repeated.</exception>
    public AttributeList(IEnumerable<KeyValuePair<string, string>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        this.items = [.. items];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in this.items)
        {
            if (string.IsNullOrEmpty(key) || !seen.Add(key))
            {
                throw new ArgumentException($"Attribute names must be non-empty and unique; '{key}' is not.", nameof(items));
            }

            ArgumentNullException.ThrowIfNull(value);
        }
    }

    /// <inheritdoc/>
    public int Count => items.Length;

    /// <inheritdoc/>
    public KeyValuePair<string, string> this[int index] => items[index];

    /// <summary>The value of the named attribute, or <see langword="null"/>.</summary>
    public string? this[string name]
    {
        get
        {
            foreach (var (key, value) in items)
            {
                if (string.Equals(key, name, StringComparison.Ordinal))
                {
                    return value;
                }
            }

            return null;
        }
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, string>>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public bool Equals(AttributeList? other) => other is not null && items.AsSpan().SequenceEqual(other.items);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as AttributeList);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = default(HashCode);
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }
}
