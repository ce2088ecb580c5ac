namespace CooperationGraph;

/// <summary>
/// The partner survey of a dataset: who was invited, who answered, and each respondent's ratings of its partners
/// (<c>survey.csv</c> and <c>respondents.csv</c>). Empty when the dataset has none; then nothing about it is written.
/// </summary>
/// <remarks>
/// <para>Without <c>respondents.csv</c> the invited are exactly the institutions that appear as respondents, all of them
/// answered. A respondent that listed no row for a partner reported level 0 for it.</para>
/// <para><b>Waves.</b> When <c>survey.csv</c> has a <c>date</c> column every row has a date (the day of its wave), and a
/// (respondent, partner) pair may appear once per date. An analysis window sees the survey of <see cref="In"/>: the rows
/// dated inside it, the latest row per pair. An undated survey is the same in every window.</para>
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

    private PartnerSurvey(SurveyResponse[] responses, SurveyInvitation[] invitations, bool hasInvitations)
    {
        Responses = responses;
        Invitations = invitations;
        HasInvitations = hasInvitations;
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

    /// <summary>Whether the rows carry dates (<c>survey.csv</c> has a <c>date</c> column): the survey was run in waves.</summary>
    public bool IsDated => Responses.Any(r => r.Date is not null);

    /// <summary>The waves: the distinct dates of the rows, earliest first; empty for an undated survey.</summary>
    public IReadOnlyList<DateOnly> Waves => [.. Responses.Where(r => r.Date is not null).Select(r => r.Date!.Value).Distinct().Order()];

    /// <summary>
    /// The survey as an analysis window sees it. An undated survey is returned as it is. A dated one keeps the rows
    /// dated inside the window (<see cref="AnalysisWindow.From"/> ≤ date ≤ <see cref="AnalysisWindow.To"/>, open ends
    /// unbounded) and, when a pair (respondent, partner) was rated in more than one wave there, only its latest row (the
    /// rows stay in input order); a pair listed in an earlier wave of the window and not in the latest keeps its earlier
    /// row. The invited stay as they are; an invited institution counts as answering in the window only when it answered
    /// (in <c>respondents.csv</c>) and has at least one row in the window: one without rows there did not answer that
    /// wave. <see cref="HasInvitations"/> is kept.
    /// </summary>
    /// <param name="window">The analysis window.</param>
    public PartnerSurvey In(AnalysisWindow window)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (!IsDated)
        {
            return this;
        }

        var latest = new Dictionary<(string, string), int>();
        for (int r = 0; r < Responses.Count; r++)
        {
            var row = Responses[r];
            if (row.Date is { } day && (window.From is not { } from || day >= from) && (window.To is not { } to || day <= to))
            {
                var pair = (row.RespondentId, row.PartnerId);
                if (!latest.TryGetValue(pair, out int held) || Responses[held].Date < day)
                {
                    latest[pair] = r;
                }
            }
        }

        var kept = latest.Values.Order().Select(r => Responses[r]).ToArray();
        var answering = kept.Select(r => r.RespondentId).ToHashSet(StringComparer.Ordinal);
        var invitations = Invitations.Select(i => i.Responded && !answering.Contains(i.InstitutionId) ? i with { Responded = false } : i).ToArray();
        return new PartnerSurvey(kept, invitations, HasInvitations);
    }

    /// <inheritdoc/>
    public bool Equals(PartnerSurvey? other) =>
        other is not null && HasInvitations == other.HasInvitations && Responses.SequenceEqual(other.Responses) && Invitations.SequenceEqual(other.Invitations);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => Equals(obj as PartnerSurvey);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Responses.Count, Invitations.Count);
}
