namespace CooperationGraph;

/// <summary>
/// A family (or person) that received a joint action, usually a service of the social package. <b>Personal data</b>:
/// the family id never leaves the input; analyses report pseudonyms and suppress small counts
/// (see <c>Metrics.Families.FamilyIntegration</c>).
/// </summary>
/// <param name="FamilyId">The family's identifier as kept by the OPS.</param>
/// <param name="ActionId">The joint action it received.</param>
public sealed record BeneficiaryService(string FamilyId, string ActionId);
