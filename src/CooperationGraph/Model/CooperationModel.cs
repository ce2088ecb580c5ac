namespace CooperationGraph;

/// <summary>
/// The cooperation a gmina committed to: which sectors must take part and which pairs of sectors must work
/// together. Observed networks are measured against it. A model is data, not code: the three models of the
/// "Księga Rekomendacyjna" (rural, urban-rural, town) are all expressed this way.
/// </summary>
public sealed class CooperationModel
{
    /// <summary>Creates a model.</summary>
    /// <param name="name">A name to show in reports.</param>
    /// <param name="requiredSectors">Sectors that must have at least one active institution.</param>
    /// <param name="requiredLinks">Sector pairs that must be joined by at least one enacted tie. Both ends must be required sectors too; they are added when missing.</param>
    public CooperationModel(string name, IEnumerable<Sector> requiredSectors, IEnumerable<SectorPair> requiredLinks)
        : this(name, requiredSectors, requiredLinks, [])
    {
    }

    /// <summary>Creates a model that names the sectors it puts at the centre.</summary>
    /// <param name="name">A name to show in reports.</param>
    /// <param name="requiredSectors">Sectors that must have at least one active institution.</param>
    /// <param name="requiredLinks">Sector pairs that must be joined by at least one enacted tie (both ends are added to the required sectors).</param>
    /// <param name="centre">The sectors the model puts at the centre (the report asks whether their institutions are in the
    /// network's core); none means the social assistance centre, OPS.</param>
    public CooperationModel(string name, IEnumerable<Sector> requiredSectors, IEnumerable<SectorPair> requiredLinks, IEnumerable<Sector> centre)
    {
        ArgumentNullException.ThrowIfNull(centre);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(requiredSectors);
        ArgumentNullException.ThrowIfNull(requiredLinks);
        Name = name;
        var links = requiredLinks.Distinct().ToList();
        RequiredLinks = links;
        RequiredSectors = requiredSectors.Concat(links.SelectMany(l => new[] { l.First, l.Second })).Distinct().ToList();
        var named = centre.Distinct().ToList();
        CentreSectors = named.Count > 0 ? named : [SectorCatalog.Default["OPS"]];
    }

    /// <summary>The model's name.</summary>
    public string Name { get; }

    /// <summary>The sectors that must take part, in the order given.</summary>
    public IReadOnlyList<Sector> RequiredSectors { get; }

    /// <summary>The sector pairs that must cooperate, in the order given, without repeats.</summary>
    public IReadOnlyList<SectorPair> RequiredLinks { get; }

    /// <summary>The sectors the model puts at the centre, in the order given (the model file's optional <c>centre</c>); OPS when it names none.</summary>
    public IReadOnlyList<Sector> CentreSectors { get; }

    /// <summary>
    /// The model for a rural gmina (model "Liderzy Kooperacji", macroregion I): the social assistance centre (OPS) at the
    /// centre, linked with the county family centre (PCPR), the labour office (PUP), schools, police, health care, the
    /// court and probation officers, NGOs, the interdisciplinary team and culture.
    /// </summary>
    public static CooperationModel RuralGmina { get; } = Create(
        "Model kooperacji dla gminy wiejskiej (OPS w centrum)",
        ["OPS", "PCPR", "PUP", "SCHOOL", "POLICE", "HEALTH", "COURT", "NGO", "INTERDISCIPLINARY_TEAM", "CULTURE"],
        ["PCPR", "PUP", "SCHOOL", "POLICE", "HEALTH", "COURT", "NGO", "INTERDISCIPLINARY_TEAM", "CULTURE"]);

    private static CooperationModel Create(string name, string[] sectors, string[] linkedToOps)
    {
        var catalog = SectorCatalog.Default;
        var ops = catalog["OPS"];
        return new CooperationModel(name, sectors.Select(code => catalog[code]), linkedToOps.Select(code => new SectorPair(ops, catalog[code])), [ops]);
    }

    /// <summary>The name and the counts of required sectors and links.</summary>
    public override string ToString() => $"{Name} ({RequiredSectors.Count} sectors, {RequiredLinks.Count} links)";
}
