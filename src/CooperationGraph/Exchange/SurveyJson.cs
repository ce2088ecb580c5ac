using System.Text.Json;
using CooperationGraph.IO;

namespace CooperationGraph.Exchange;

/// <summary>The part of <c>gaps.json</c> added by issue 23 (the partner survey). Undefined numbers are <c>null</c>.</summary>
internal static class SurveyJson
{
    /// <summary>
    /// <c>"survey": {"invited", "respondents", "responseRate", "ratings", "meanLevel", "reciprocity", "meanDiscrepancy",
    /// "discordantPairs", "trust", "value", "perceivedDensity": {"weak", "strong"}, "multiplexity", "qapEnacted": {"r",
    /// "p"}, "regression", "logistic"}</c> (<c>p</c> = share of permutations with a correlation ≥ the observed one;
    /// <c>regression</c> and <c>logistic</c> the MRQAP and logistic network regression of the perceived ties, shaped as
    /// the top-level <c>mrqap</c> and <c>netlogit</c>, <c>null</c> when left out), then for a survey in waves
    /// <c>"waves": ["YYYY-MM-DD", …]</c> (the dates in the window, <see cref="PerceivedCooperation.Waves"/>); nothing
    /// without a survey.
    /// </summary>
    public static void Write(Utf8JsonWriter writer, PerceivedCooperation? survey, LayerAgreement agreement)
    {
        if (survey is null)
        {
            return;
        }

        writer.WriteStartObject("survey");
        writer.WriteNumber("invited", survey.InvitedCount);
        writer.WriteNumber("respondents", survey.Respondents);
        JsonOutput.Number(writer, "responseRate", survey.ResponseRate);
        writer.WriteNumber("ratings", survey.Ratings);
        JsonOutput.Number(writer, "meanLevel", survey.MeanLevel);
        JsonOutput.Number(writer, "reciprocity", survey.Reciprocity);
        JsonOutput.Number(writer, "meanDiscrepancy", survey.MeanDiscrepancy);
        writer.WriteNumber("discordantPairs", survey.DiscordantPairs);
        JsonOutput.Number(writer, "trust", survey.Trust);
        JsonOutput.Number(writer, "value", survey.Value);
        writer.WriteStartObject("perceivedDensity");
        JsonOutput.Number(writer, "weak", survey.WeakDensity);
        JsonOutput.Number(writer, "strong", survey.StrongDensity);
        writer.WriteEndObject();
        JsonOutput.Number(writer, "multiplexity", survey.Multiplexity);
        writer.WriteStartObject("qapEnacted");
        JsonOutput.Number(writer, "r", survey.EnactedQap.Correlation);
        JsonOutput.Number(writer, "p", survey.EnactedQap.PGreaterOrEqual);
        writer.WriteEndObject();
        EvaluationJson.WriteMrqap(writer, agreement.PerceivedRegression, "regression");
        StatisticsJson.WriteNetlogit(writer, agreement.PerceivedLogistic, "logistic");
        if (survey.Waves.Count > 0)
        {
            writer.WriteStartArray("waves");
            foreach (var wave in survey.Waves)
            {
                writer.WriteStringValue(Text.InvariantText.Day(wave));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }
}
