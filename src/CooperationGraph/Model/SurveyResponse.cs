namespace CooperationGraph;

/// <summary>
/// One row of <c>survey.csv</c> (<c>ankieta</c>): how a respondent rates one partner. The level is on the Frey scale
/// (0–5); the six PARTNER items (Visible Network Labs) are rated 1–4 or left empty: reliability, mission and openness
/// make up trust; power, involvement and resources make up value.
/// </summary>
/// <param name="RespondentId">The institution that answered.</param>
/// <param name="PartnerId">The institution it rates.</param>
/// <param name="Level">How closely they work together (0 = no interaction).</param>
public sealed record SurveyResponse(string RespondentId, string PartnerId, CollaborationLevel Level)
{
    /// <summary>The partner is reliable (1–4), a trust item; null when not given.</summary>
    public int? Reliability { get; init; }

    /// <summary>The partner supports the shared mission (1–4), a trust item; null when not given.</summary>
    public int? Mission { get; init; }

    /// <summary>The partner is open to discussion (1–4), a trust item; null when not given.</summary>
    public int? Openness { get; init; }

    /// <summary>The partner's power and influence (1–4), a value item; null when not given.</summary>
    public int? Power { get; init; }

    /// <summary>The partner's level of involvement (1–4), a value item; null when not given.</summary>
    public int? Involvement { get; init; }

    /// <summary>The partner's resource contribution (1–4), a value item; null when not given.</summary>
    public int? Resources { get; init; }

    /// <summary>The day the answer was given (the survey wave); null when the file has no <c>date</c> column.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>Further columns of the row, kept as written.</summary>
    public AttributeList Attributes { get; init; } = new([]);

    /// <summary>The six items in the file's order: reliability, mission, openness, power, involvement, resources.</summary>
    public IReadOnlyList<int?> Items => [Reliability, Mission, Openness, Power, Involvement, Resources];

    /// <summary>Whether any of the six items is given.</summary>
    public bool HasItems => Items.Any(i => i is not null);
}
