namespace CooperationGraph;

/// <summary>One term of a logistic network regression (<see cref="Netlogit"/>): its coefficient, standard error and QAP test.</summary>
/// <param name="Name">The term: <c>intercept</c>, <c>declared</c>, <c>same_sector</c>, <c>same_unit</c> or a covariate's or predictor's name.</param>
/// <param name="Coefficient">The maximum-likelihood coefficient on the log-odds scale (sna <c>netlogit</c>'s <c>coefficients</c>,
/// R <c>glm</c>'s, statsmodels <c>Logit</c>'s); NaN when aliased or when the fit is separated (<see cref="NetlogitResult.Separated"/>).</param>
/// <param name="StandardError">√[(X'WX)⁻¹]ₖₖ, from the inverse Fisher information (sna's <c>se</c>); NaN when aliased or separated.</param>
/// <param name="ZValue">Coefficient / standard error: the test statistic (sna's <c>tstat</c> with <c>test.statistic = "z-value"</c>).</param>
/// <param name="PLessOrEqual">Share of permutations whose z is ≤ the observed z (sna <c>pleeq</c>); NaN without permutations.</param>
/// <param name="PGreaterOrEqual">Share of permutations whose z is ≥ the observed z (sna <c>pgreq</c>).</param>
/// <param name="PAbsGreaterOrEqual">Share of permutations whose |z| is ≥ the observed |z| (sna <c>pgreqabs</c>): the two-sided p-value.</param>
public sealed record NetlogitTerm(string Name, double Coefficient, double StandardError, double ZValue, double PLessOrEqual, double PGreaterOrEqual, double PAbsGreaterOrEqual)
{
    /// <summary>e^coefficient: how many times the odds of a tie multiply when the term goes up by one, the others equal; NaN when the coefficient is.</summary>
    public double OddsRatio => Math.Exp(Coefficient);
}
