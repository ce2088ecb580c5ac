namespace CooperationGraph;

/// <summary>
/// The partner survey's headline figures in one window (or one gmina): the survey columns of <c>over_time.csv</c>.
/// Taken from <see cref="PerceivedCooperation"/>, which defines each and cites its source; NaN (null in tables) where
/// undefined.
/// </summary>
/// <param name="ResponseRate">Respondents / invited (<see cref="PerceivedCooperation.ResponseRate"/>).</param>
/// <param name="MeanLevel">Mean Frey level over the ratings, 1–5 (<see cref="PerceivedCooperation.MeanLevel"/>).</param>
/// <param name="Trust">Mean PARTNER trust over the ratings, 1–4 (<see cref="PerceivedCooperation.Trust"/>).</param>
/// <param name="Value">Mean PARTNER value over the ratings, 1–4 (<see cref="PerceivedCooperation.Value"/>).</param>
/// <param name="WeakDensity">Density of the weak perceived network over the invited (<see cref="PerceivedCooperation.WeakDensity"/>, sna <c>symmetrize(rule = "weak")</c> then <c>gden</c>; NetworkX has no equivalent).</param>
public sealed record SurveyIndicators(double ResponseRate, double MeanLevel, double Trust, double Value, double WeakDensity)
{
    /// <summary>
    /// The column names, in order: <c>survey_response_rate, survey_mean_level, survey_trust, survey_value</c> (the
    /// names <c>comparison.csv</c> uses, <see cref="GminaComparison.SurveyColumns"/>) and <c>survey_weak_density</c>.
    /// </summary>
    public static IReadOnlyList<string> Columns { get; } = [.. GminaComparison.SurveyColumns, "survey_weak_density"];

    /// <summary>The figures of a scored survey.</summary>
    /// <param name="survey">The survey's scores in the window.</param>
    public static SurveyIndicators From(PerceivedCooperation survey)
    {
        ArgumentNullException.ThrowIfNull(survey);
        return new(survey.ResponseRate, survey.MeanLevel, survey.Trust, survey.Value, survey.WeakDensity);
    }

    /// <summary>The values in <see cref="Columns"/> order.</summary>
    public IReadOnlyList<double> Values() => [ResponseRate, MeanLevel, Trust, Value, WeakDensity];
}
