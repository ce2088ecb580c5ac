namespace CooperationGraph;

/// <summary>What removing one institution does to the network.</summary>
/// <param name="InstitutionId">The institution removed.</param>
/// <param name="IsArticulationPoint">Whether its removal splits its component.</param>
/// <param name="Fragmentation">Borgatti's fragmentation of the n − 1 institutions left; NaN with fewer than three institutions.</param>
public sealed record RemovalEffect(string InstitutionId, bool IsArticulationPoint, double Fragmentation);
