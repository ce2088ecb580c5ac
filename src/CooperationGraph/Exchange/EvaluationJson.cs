using System.Text.Json;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph.Exchange;

/// <summary>
/// The parts of <c>gaps.json</c> that evaluate the model beyond one window: <c>mrqap</c> (the regression of enacted on
/// declared ties) and <c>durability</c> (what lasts after the project). Undefined numbers are <c>null</c>.
/// </summary>
internal static class EvaluationJson
{
    /// <summary>
    /// <c>"mrqap": {"institutions", "pairs", "permutations", "seed", "rSquared", "terms": [{"term", "coefficient",
    /// "standardError", "tValue", "pLessOrEqual", "pGreaterOrEqual", "pAbsGreaterOrEqual"}]}</c>, or <c>null</c> when
    /// left out; under <paramref name="name"/> (<c>survey.regression</c> for the perceived outcome, same shape).
    /// </summary>
    public static void WriteMrqap(Utf8JsonWriter writer, MrqapResult? mrqap, string name = "mrqap")
    {
        if (mrqap is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("institutions", mrqap.Institutions);
        writer.WriteNumber("pairs", mrqap.Pairs);
        writer.WriteNumber("permutations", mrqap.Permutations);
        writer.WriteNumber("seed", mrqap.Seed);
        JsonOutput.Number(writer, "rSquared", mrqap.RSquared);
        JsonOutput.Objects(writer, "terms", mrqap.Terms, (w, term) =>
        {
            w.WriteString("term", term.Name);
            JsonOutput.Number(w, "coefficient", term.Coefficient);
            JsonOutput.Number(w, "standardError", term.StandardError);
            JsonOutput.Number(w, "tValue", term.TValue);
            JsonOutput.Number(w, "pLessOrEqual", term.PLessOrEqual);
            JsonOutput.Number(w, "pGreaterOrEqual", term.PGreaterOrEqual);
            JsonOutput.Number(w, "pAbsGreaterOrEqual", term.PAbsGreaterOrEqual);
        });
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"durability": {"projectEnd", "during": {"from", "to"}, "after": {"from", "to"}, "tiesDuring", "tiesAfter",
    /// "tiesKept", "tieShare", "requiredLinksDuring", "requiredLinksKept" (pairs of sector codes), "requiredLinkShare",
    /// "activeDuring", "keptActing", "stoppedActing", "startedAfter" (institution ids)}</c>, or <c>null</c> without a
    /// project end.
    /// </summary>
    public static void WriteDurability(Utf8JsonWriter writer, DurabilityResult? durability)
    {
        if (durability is null)
        {
            writer.WriteNull("durability");
            return;
        }

        writer.WriteStartObject("durability");
        writer.WriteString("projectEnd", InvariantText.Day(durability.ProjectEnd));
        foreach (var (name, window) in new[] { ("during", durability.During), ("after", durability.After) })
        {
            writer.WriteStartObject(name);
            Date(writer, "from", window.From);
            Date(writer, "to", window.To);
            writer.WriteEndObject();
        }

        writer.WriteNumber("tiesDuring", durability.TiesDuring);
        writer.WriteNumber("tiesAfter", durability.TiesAfter);
        writer.WriteNumber("tiesKept", durability.TiesKept);
        JsonOutput.Number(writer, "tieShare", durability.TieShare);
        JsonOutput.SectorPairs(writer, "requiredLinksDuring", durability.RequiredLinksDuring);
        JsonOutput.SectorPairs(writer, "requiredLinksKept", durability.RequiredLinksKept);

        JsonOutput.Number(writer, "requiredLinkShare", durability.RequiredLinkShare);
        JsonOutput.Strings(writer, "activeDuring", durability.ActiveDuring);
        JsonOutput.Strings(writer, "keptActing", durability.KeptActing);
        JsonOutput.Strings(writer, "stoppedActing", durability.StoppedActing);
        JsonOutput.Strings(writer, "startedAfter", durability.StartedAfter);
        writer.WriteEndObject();
    }

    private static void Date(Utf8JsonWriter writer, string name, DateOnly? date)
    {
        if (date is { } value)
        {
            writer.WriteString(name, InvariantText.Day(value));
        }
        else
        {
            writer.WriteNull(name);
        }
    }
}
