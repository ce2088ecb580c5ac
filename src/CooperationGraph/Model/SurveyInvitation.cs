namespace CooperationGraph;

/// <summary>One row of <c>respondents.csv</c> (<c>respondenci</c>): an institution invited to the survey and whether it answered.</summary>
/// <param name="InstitutionId">The institution invited.</param>
/// <param name="Responded">Whether it answered (its rows in <c>survey.csv</c> are then its whole answer).</param>
public sealed record SurveyInvitation(string InstitutionId, bool Responded);
