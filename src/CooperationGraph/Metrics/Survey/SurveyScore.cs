namespace CooperationGraph;

/// <summary>
/// One institution's row of <c>survey.csv</c>: how the respondents rate it and how it rates them. A received score is
/// NaN when no rating gives it or when fewer than <see cref="SurveyOptions.MinRaters"/> raters contributed to it
/// (privacy); <see cref="RatingsReceived"/> is always given.
/// </summary>
/// <remarks>
/// A rating is a respondent's row with level ≥ 1 (level 0 is no tie, its items are not counted). Items follow PARTNER
/// (Visible Network Labs): trust = reliability, mission, openness; value = power, involvement, resources, each 1–4.
/// </remarks>
public sealed record SurveyScore
{
    /// <summary>The institution.</summary>
    public required Institution Institution { get; init; }

    /// <summary>The institution's id.</summary>
    public string InstitutionId => Institution.Id;

    /// <summary>Whether it answered (for a survey in waves: answered with a row in the window's waves); null when it was not invited.</summary>
    public bool? Responded { get; init; }

    /// <summary>Ratings of it (respondents' rows naming it with level ≥ 1).</summary>
    public int RatingsReceived { get; init; }

    /// <summary>Mean level (1–5) of the ratings of it; NaN below the raters threshold.</summary>
    public double LevelReceived { get; init; } = double.NaN;

    /// <summary>Mean level of its own ratings of others (its own view, never suppressed); NaN when it gave none.</summary>
    public double LevelGiven { get; init; } = double.NaN;

    /// <summary>Mean, over the ratings of it that give all three trust items, of their mean (1–4); NaN below the threshold.</summary>
    public double Trust { get; init; } = double.NaN;

    /// <summary>Mean, over the ratings of it that give all three value items, of their mean (1–4); NaN below the threshold.</summary>
    public double Value { get; init; } = double.NaN;

    /// <summary>The six items' means over the ratings that give each, in the order reliability, mission, openness, power,
    /// involvement, resources; NaN below the threshold.</summary>
    public IReadOnlyList<double> Items { get; init; } = [double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN];
}
