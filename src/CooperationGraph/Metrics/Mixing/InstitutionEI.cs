namespace CooperationGraph;

/// <summary>The Krackhardt–Stern E-I index of one institution's own ties.</summary>
/// <param name="InstitutionId">The institution.</param>
/// <param name="EIIndex">(E − I) / (E + I) over its ties; NaN for an isolated institution.</param>
public sealed record InstitutionEI(string InstitutionId, double EIIndex);
