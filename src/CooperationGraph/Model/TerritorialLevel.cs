namespace CooperationGraph;

/// <summary>The tier of Polish territorial self-government an institution works at.</summary>
public enum TerritorialLevel
{
    /// <summary>Municipality (gmina): OPS, school, GOK, urząd gminy.</summary>
    Gmina,

    /// <summary>County (powiat): PCPR, PUP, KPP, starostwo.</summary>
    Powiat,

    /// <summary>Voivodeship (województwo): ROPS, urząd marszałkowski.</summary>
    Voivodeship,

    /// <summary>National level: ministries, national agencies.</summary>
    National,
}
