namespace CooperationGraph;

/// <summary>
/// The partner survey of a dataset: who was invited, who answered, and each respondent's ratings of its partners
/// (<c>survey.csv</c> and <c>respondents.csv</c>). Empty when the dataset has none; then nothing about it is written.
/// </summary>
/// <remarks>
/// Without <c>respondents.csv</c> the invited are exactly the institutions that appear as respondents, all of them
/// answered. A respondent that listed no row for a partner reported level 0 for it.
/// </remarks>
public sealed class PartnerSurvey : IEquatable<PartnerSurvey>
{
    /// <summary>Creates the survey (checked against the institutions when the dataset is built).</summary>
    /// <param name="responses">One row per (respondent, partner).</param>
    /// <param name="invitations">Who was invited and who answered; null when <c>respondents.csv</c> is not given.</param>
    public PartnerSurvey(IEnumerable<SurveyResponse> responses, IEnumerable<SurveyInvitation>? invitations = null)
    {
        ArgumentNullException.ThrowIfNull(responses);
        Responses = [.. responses];
        HasInvitations = invitations is not null;
        Invitations = invitations is null
            ? [.. Responses.Select(r => r.RespondentId).Distinct(StringComparer.Ordinal).Select(id => new SurveyInvitation(id, true))]
            : [.. invitations];
    }

    /// <summary>No survey.</summary>
    public static PartnerSurvey None { get; } = new([]);

    /// <summary>The rows of <c>survey.csv</c>, in input order.</summary>
    public IReadOnlyList<SurveyResponse> Responses { get; }

    /// <summary>The invited institutions in input order (from <c>respondents.csv</c>, or the respondents when it is absent).</summary>
    public IReadOnlyList<SurveyInvitation> Invitations { get; }

    /// <summary>Whether <c>respondents.csv</c> was given (the invitations were listed, not inferred).</summary>
    public bool HasInvitations { get; }

    /// <summary>Whether there is any survey at all (a response or an invitation).</summary>
    public bool IsEmpty => Responses.Count == 0 && Invitations.Count == 0;

    /// <inheritdoc/>
    public bool Equals(PartnerSurvey? other) =>
        other is not null && HasInvitations == other.HasInvitations && Responses.SequenceEqual(other.Responses) && Invitations.SequenceEqual(other.Invitations);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PartnerSurvey);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Responses.Count, Invitations.Count);
}
