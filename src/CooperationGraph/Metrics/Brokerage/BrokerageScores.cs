namespace CooperationGraph;

/// <summary>Observed brokerage of one institution (or of the whole network) against what chance would give.</summary>
/// <param name="InstitutionId">The institution, or <see langword="null"/> for the whole network.</param>
/// <param name="Observed">Number of open two-paths it brokers, per role.</param>
/// <param name="Expected">Expected number in a random directed graph of the same density and sector sizes.</param>
/// <param name="StandardDeviation">Standard deviation of that number.</param>
/// <param name="Z">(observed − expected) / standard deviation; NaN where the deviation is 0.</param>
public sealed record BrokerageScores(string? InstitutionId, BrokerageRoles Observed, BrokerageRoles Expected, BrokerageRoles StandardDeviation, BrokerageRoles Z);
