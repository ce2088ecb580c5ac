namespace CooperationGraph;

/// <summary>
/// How joined-up the help one family received was. Counts are text because a count below the suppression threshold
/// is written as <c>&lt;3</c> (or <c>&lt;k</c>), never as the number.
/// </summary>
/// <param name="Family">The family's pseudonym (<c>F-</c> and 12 hex digits), never its id.</param>
/// <param name="Actions">Joint actions it received.</param>
/// <param name="Sectors">Distinct sectors that took part in them.</param>
/// <param name="Institutions">Distinct institutions that took part in them.</param>
/// <param name="OverlappingSameKind">Pairs of same-kind actions whose days overlap (possible duplicated services).</param>
public sealed record FamilySummary(string Family, string Actions, string Sectors, string Institutions, string OverlappingSameKind);
