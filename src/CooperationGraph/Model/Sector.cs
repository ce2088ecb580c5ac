namespace CooperationGraph;

/// <summary>
/// A kind of institution (a sector of local social policy), such as <c>OPS</c> (municipal social
/// assistance centre) or <c>SCHOOL</c>. Two sectors are equal when their codes are equal.
/// </summary>
/// <remarks>
/// The built-in sectors and their Polish aliases live in <see cref="SectorCatalog.Default"/>;
/// a dataset may declare more in <c>sectors.csv</c>.
/// </remarks>
public sealed class Sector : IEquatable<Sector>
{
    /// <summary>Creates a sector.</summary>
    /// <param name="code">Upper-case code, letters, digits and underscores, e.g. <c>OPS</c>.</param>
    /// <param name="namePl">Polish name.</param>
    /// <param name="nameEn">English name.</param>
    /// <exception cref="ArgumentException">The code is empty or not made of A–Z, 0–9 and underscores.</exception>
    public Sector(string code, string namePl, string nameEn)
    {
        ArgumentNullException.ThrowIfNull(code);
        if (!IsValidCode(code))
        {
            throw new ArgumentException($"Sector code '{code}' must be upper-case letters A-Z, digits and underscores.", nameof(code));
        }

        Code = code;
        NamePl = namePl ?? string.Empty;
        NameEn = nameEn ?? string.Empty;
    }

    /// <summary>The code, e.g. <c>PCPR</c>.</summary>
    public string Code { get; }

    /// <summary>The Polish name, e.g. <c>Powiatowe Centrum Pomocy Rodzinie</c>.</summary>
    public string NamePl { get; }

    /// <summary>The English name, e.g. <c>county family support centre</c>.</summary>
    public string NameEn { get; }

    /// <inheritdoc/>
    public bool Equals(Sector? other) => other is not null && string.Equals(Code, other.Code, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as Sector);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Code);

    /// <summary>The code.</summary>
    public override string ToString() => Code;

    /// <summary>The code with the name in the reader's language (the current UI culture): <c>OPS (Ośrodek Pomocy Społecznej)</c>,
    /// <c>OPS (municipal social assistance centre)</c>.</summary>
    internal string Labelled => Text.Words.Sector(Code, NamePl, NameEn, Messages.Polish);

    /// <summary>Equality by code.</summary>
    public static bool operator ==(Sector? left, Sector? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Inequality by code.</summary>
    public static bool operator !=(Sector? left, Sector? right) => !(left == right);

    internal static bool IsValidCode(string code)
    {
        if (code.Length == 0)
        {
            return false;
        }

        foreach (char c in code)
        {
            if (!(c is >= 'A' and <= 'Z' || c is >= '0' and <= '9' || c == '_'))
            {
                return false;
            }
        }

        return true;
    }
}
