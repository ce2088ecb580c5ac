namespace CooperationGraph;

/// <summary>
/// The size and shape of a synthetic cooperation dataset. The defaults give a small voivodeship; Poland has 16
/// voivodeships, about 380 powiats and 2 477 gminas.
/// </summary>
public sealed record GeneratorOptions
{
    /// <summary>Number of gminas; 100 by default.</summary>
    public int Gminas { get; init; } = 100;

    /// <summary>Gminas per powiat (the last powiat may have fewer); 6 by default, close to Poland's 6.5.</summary>
    public int GminasPerPowiat { get; init; } = 6;

    /// <summary>Powiats per voivodeship; 24 by default (Poland: 380 / 16).</summary>
    public int PowiatsPerVoivodeship { get; init; } = 24;

    /// <summary>Team meetings per gmina; 5 by default.</summary>
    public int MeetingsPerGmina { get; init; } = 5;

    /// <summary>Share of gminas that make a study visit to another gmina; 0.2 by default.</summary>
    public double StudyVisitShare { get; init; } = 0.2;

    /// <summary>
    /// How many of a gmina's institutions work directly with its powiat's institutions (PCPR, PUP, police, PPP), from
    /// one to many. <see langword="null"/> (the default) keeps the mixed pattern of earlier versions: OPS with PCPR or
    /// PUP, OPS, the interdisciplinary team and a school with the police, a school with the PPP, which knits gmina and
    /// powiat into one biconnected block. 1: only the OPS, so each gmina hangs on its powiat through one institution
    /// (an articulation point); k: the OPS and k − 1 more (the team, then schools, NGOs, culture…), each in one action with a
    /// powiat institution. Real gminas vary between the two.
    /// </summary>
    public int? PowiatLinks { get; init; }

    /// <summary>The seed: the same options give the same dataset, on every machine.</summary>
    public int Seed { get; init; } = 2018;
}
