namespace CooperationGraph;

/// <summary>An institution taking part in local cooperation: an OPS, a school, a police station…</summary>
/// <remarks>Equality is structural: two institutions are equal when all their fields and attributes are.</remarks>
public sealed record Institution
{
    /// <summary>Creates an institution.</summary>
    /// <param name="id">A short identifier unique in its dataset, e.g. <c>OPS_LONIOW</c>.</param>
    /// <param name="name">The full name, e.g. <c>Ośrodek Pomocy Społecznej w Łoniowie</c>.</param>
    /// <param name="sector">Its sector.</param>
    /// <param name="unit">The territorial unit it serves, e.g. <c>Łoniów</c>; optional.</param>
    /// <param name="level">The territorial level it works at; optional.</param>
    /// <param name="attributes">Further named values kept from the input, in their order.</param>
    public Institution(string id, string name, Sector sector, string? unit = null, TerritorialLevel? level = null,
        IEnumerable<KeyValuePair<string, string>>? attributes = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(sector);
        Id = id;
        Name = name;
        Sector = sector;
        Unit = string.IsNullOrEmpty(unit) ? null : unit;
        Level = level;
        Attributes = new AttributeList(attributes ?? []);
    }

    /// <summary>The identifier, unique in the dataset.</summary>
    public string Id { get; }

    /// <summary>The full name.</summary>
    public string Name { get; }

    /// <summary>The sector.</summary>
    public Sector Sector { get; }

    /// <summary>
    /// A short name for labels on maps, e.g. <c>OPS Łoniów</c> (the <c>short_name</c> column, Polish
    /// <c>nazwa_skrócona</c>), or <see langword="null"/> when not given (blank counts as not given).
    /// </summary>
    public string? ShortName
    {
        get => shortName;
        init => shortName = string.IsNullOrWhiteSpace(value) ? null : value;
    }

    private readonly string? shortName;

    /// <summary>The territorial unit (gmina or powiat name), or <see langword="null"/>.</summary>
    public string? Unit { get; }

    /// <summary>The territorial level, or <see langword="null"/> when not given.</summary>
    public TerritorialLevel? Level { get; }

    /// <summary>Further attributes from the input (columns beyond the known ones), in input order.</summary>
    public AttributeList Attributes { get; }

    /// <summary>The id and name.</summary>
    public override string ToString() => $"{Id} ({Name})";
}
