namespace CooperationGraph;

/// <summary>
/// Two institutions of a partner survey and what each reports of the other: null for one that did not respond (its
/// view is unknown, not 0).
/// </summary>
/// <param name="FirstId">The first institution (earlier among the invited).</param>
/// <param name="SecondId">The second institution.</param>
/// <param name="FirstReports">The level the first reports for the second; null when it did not respond.</param>
/// <param name="SecondReports">The level the second reports for the first; null when it did not respond.</param>
public sealed record SurveyPair(string FirstId, string SecondId, CollaborationLevel? FirstReports, CollaborationLevel? SecondReports);
