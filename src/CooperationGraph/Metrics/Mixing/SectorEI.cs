namespace CooperationGraph;

/// <summary>The Krackhardt–Stern E-I index of one sector (its institutions' ties summed).</summary>
/// <param name="Sector">The sector.</param>
/// <param name="EIIndex">(E − I) / (E + I); NaN when its institutions have no ties.</param>
public sealed record SectorEI(Sector Sector, double EIIndex);
