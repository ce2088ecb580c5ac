namespace CooperationGraph;

/// <summary>A tie that would close a missing link of the model, ranked by how close the two institutions already are.</summary>
/// <param name="Link">The missing sector link it would realise.</param>
/// <param name="SourceId">An institution of the link's first sector.</param>
/// <param name="TargetId">An institution of its second sector.</param>
/// <param name="AdamicAdar">Σ 1 / ln(degree) over their common partners in the enacted network (NetworkX
/// <c>adamic_adar_index</c>); 0 when they share none.</param>
/// <param name="CommonPartners">Number of institutions both already cooperate with.</param>
public sealed record SuggestedTie(SectorPair Link, string SourceId, string TargetId, double AdamicAdar, int CommonPartners);
