namespace CooperationGraph;

/// <summary>How a required sector link was realised in the enacted network.</summary>
/// <param name="Link">The required pair of sectors.</param>
/// <param name="InstitutionPairs">Number of distinct pairs of institutions, one from each sector, joined by an enacted tie.</param>
public sealed record LinkRealisation(SectorPair Link, int InstitutionPairs)
{
    /// <summary>Whether no pair of institutions realises the link.</summary>
    public bool IsMissing => InstitutionPairs == 0;
}
