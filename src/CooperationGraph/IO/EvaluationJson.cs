using System.Text.Json;
using CooperationGraph.Metrics.Gaps;

namespace CooperationGraph.IO;

/// <summary>
/// The parts of <c>gaps.json</c> that evaluate the model beyond one window: <c>mrqap</c> (the regression of enacted on
/// declared ties) and <c>durability</c> (what lasts after the project). Undefined numbers are <c>null</c>.
/// </summary>
internal static class EvaluationJson
{
    /// <summary>
    /// <c>"mrqap": {"institutions", "pairs", "permutations", "seed", "rSquared", "terms": [{"term", "coefficient",
    /// "standardError", "tValue", "pLessOrEqual", "pGreaterOrEqual", "pAbsGreaterOrEqual"}]}</c>, or <c>null</c> when
    /// left out.
    /// </summary>
    public static void WriteMrqap(Utf8JsonWriter writer, MrqapResult? mrqap)
    {
        if (mrqap is null)
        {
            writer.WriteNull("mrqap");
            return;
        }

        writer.WriteStartObject("mrqap");
        writer.WriteNumber("institutions", mrqap.Institutions);
        writer.WriteNumber("pairs", mrqap.Pairs);
        writer.WriteNumber("permutations", mrqap.Permutations);
        writer.WriteNumber("seed", mrqap.Seed);
        JsonOutput.Number(writer, "rSquared", mrqap.RSquared);
        writer.WriteStartArray("terms");
        foreach (var term in mrqap.Terms)
        {
            writer.WriteStartObject();
            writer.WriteString("term", term.Name);
            JsonOutput.Number(writer, "coefficient", term.Coefficient);
            JsonOutput.Number(writer, "standardError", term.StandardError);
            JsonOutput.Number(writer, "tValue", term.TValue);
            JsonOutput.Number(writer, "pLessOrEqual", term.PLessOrEqual);
            JsonOutput.Number(writer, "pGreaterOrEqual", term.PGreaterOrEqual);
            JsonOutput.Number(writer, "pAbsGreaterOrEqual", term.PAbsGreaterOrEqual);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
