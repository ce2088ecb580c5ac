namespace CooperationGraph;

/// <summary>An unordered pair of sectors, e.g. a link the cooperation model requires. <c>(OPS, PUP)</c> equals <c>(PUP, OPS)</c>.</summary>
public readonly struct SectorPair : IEquatable<SectorPair>
{
    /// <summary>Creates the pair; the two codes are stored in ordinal order.</summary>
    public SectorPair(Sector first, Sector second)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        bool ordered = string.CompareOrdinal(first.Code, second.Code) <= 0;
        First = ordered ? first : second;
        Second = ordered ? second : first;
    }

    /// <summary>The sector whose code sorts first.</summary>
    public Sector First { get; }

    /// <summary>The other sector.</summary>
    public Sector Second { get; }

    /// <summary>Whether both ends are the same sector (a link inside one sector).</summary>
    public bool IsWithinSector => First == Second;

    /// <inheritdoc/>
    public bool Equals(SectorPair other) => First == other.First && Second == other.Second;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SectorPair other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(First, Second);

    /// <summary><c>OPS–PUP</c>.</summary>
    public override string ToString() => $"{First.Code}–{Second.Code}";

    /// <summary>Equality regardless of order.</summary>
    public static bool operator ==(SectorPair left, SectorPair right) => left.Equals(right);

    /// <summary>Inequality regardless of order.</summary>
    public static bool operator !=(SectorPair left, SectorPair right) => !left.Equals(right);
}
