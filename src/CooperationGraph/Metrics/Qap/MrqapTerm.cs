namespace CooperationGraph;

/// <summary>One term of an MRQAP regression (<see cref="Mrqap"/>): its coefficient and permutation test.</summary>
/// <param name="Name">The term: <c>intercept</c>, <c>declared</c>, <c>same_sector</c>, <c>same_unit</c> or a user covariate's name.</param>
/// <param name="Coefficient">The least-squares coefficient (sna <c>netlm</c>'s <c>coefficients</c>); NaN when the term is aliased (a linear combination of the terms before it).</param>
/// <param name="StandardError">The coefficient's standard error, √(σ̂²·[(X'X)⁻¹]ₖₖ); NaN when aliased.</param>
/// <param name="TValue">Coefficient / standard error: the test statistic (sna <c>tstat</c>).</param>
/// <param name="PLessOrEqual">Share of permutations whose t is ≤ the observed t (sna <c>pleeq</c>); NaN without permutations.</param>
/// <param name="PGreaterOrEqual">Share of permutations whose t is ≥ the observed t (sna <c>pgreq</c>).</param>
/// <param name="PAbsGreaterOrEqual">Share of permutations whose |t| is ≥ the observed |t| (sna <c>pgreqabs</c>): the two-sided p-value.</param>
public sealed record MrqapTerm(string Name, double Coefficient, double StandardError, double TValue, double PLessOrEqual, double PGreaterOrEqual, double PAbsGreaterOrEqual);
