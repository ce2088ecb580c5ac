namespace CooperationGraph;

/// <summary>The language of a dataset's file, sheet and column names (and of the words it writes for kinds, roles
/// and levels). Reading accepts both, table by table; writing uses one.</summary>
public enum DatasetLanguage
{
    /// <summary><c>institutions.csv</c> with <c>id,name,sector,unit,level</c>: the canonical names.</summary>
    English,

    /// <summary><c>instytucje.csv</c> with <c>id,nazwa,sektor,jednostka,poziom</c>, as a gmina office names them.</summary>
    Polish,
}
