using System.Text.Json;
using CooperationGraph.IO;

namespace CooperationGraph.Exchange;

/// <summary>The parts of <c>gaps.json</c> added by issue 24 (defensible numbers). Undefined numbers are <c>null</c>.</summary>
internal static class StatisticsJson
{
    /// <summary><c>"eiTest": {"observed", "expected", "pGreaterOrEqual", "pLessOrEqual"}</c>, or <c>null</c> without tests.</summary>
    public static void WriteEITest(Utf8JsonWriter writer, EITest? test)
    {
        if (test is null)
        {
            writer.WriteNull("eiTest");
            return;
        }

        writer.WriteStartObject("eiTest");
        JsonOutput.Number(writer, "observed", test.Observed);
        JsonOutput.Number(writer, "expected", test.Expected);
        JsonOutput.Number(writer, "pGreaterOrEqual", test.PGreaterOrEqual);
        JsonOutput.Number(writer, "pLessOrEqual", test.PLessOrEqual);
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"netlogit": {"pairs", "logLikelihood", "aic", "terms": [{"term", "coefficient", "standardError", "z", "p",
    /// "oddsRatio"}]}</c> (<c>p</c> two-sided, from QAP), or <c>null</c> when left out. A separated fit has null
    /// coefficients and a null log-likelihood and AIC. Under <paramref name="name"/> (<c>survey.logistic</c> for the
    /// perceived outcome, same shape).
    /// </summary>
    public static void WriteNetlogit(Utf8JsonWriter writer, NetlogitResult? netlogit, string name = "netlogit")
    {
        if (netlogit is null)
        {
            writer.WriteNull(name);
            return;
        }

        writer.WriteStartObject(name);
        writer.WriteNumber("pairs", netlogit.Pairs);
        JsonOutput.Number(writer, "logLikelihood", netlogit.IsFitted ? netlogit.LogLikelihood : double.NaN);
        JsonOutput.Number(writer, "aic", netlogit.IsFitted ? netlogit.Aic : double.NaN);
        JsonOutput.Objects(writer, "terms", netlogit.Terms, (w, term) =>
        {
            w.WriteString("term", term.Name);
            JsonOutput.Number(w, "coefficient", term.Coefficient);
            JsonOutput.Number(w, "standardError", term.StandardError);
            JsonOutput.Number(w, "z", term.ZValue);
            JsonOutput.Number(w, "p", term.PAbsGreaterOrEqual);
            JsonOutput.Number(w, "oddsRatio", term.OddsRatio);
        });
        writer.WriteEndObject();
    }

    /// <summary>
    /// <c>"intervals": {"density", "degreeCentralization", "betweennessCentralization", "eiIndex", "activationRate"}</c>,
    /// each <c>{"estimate", "low", "high"}</c> (95 % vertex-bootstrap percentile interval), or <c>null</c> when left out.
    /// </summary>
    public static void WriteIntervals(Utf8JsonWriter writer, BootstrapIntervals? intervals)
    {
        if (intervals is null)
        {
            writer.WriteNull("intervals");
            return;
        }

        writer.WriteStartObject("intervals");
        Interval(writer, "density", intervals.Density);
        Interval(writer, "degreeCentralization", intervals.DegreeCentralization);
        Interval(writer, "betweennessCentralization", intervals.BetweennessCentralization);
        Interval(writer, "eiIndex", intervals.EIIndex);
        Interval(writer, "activationRate", intervals.ActivationRate);
        writer.WriteEndObject();
    }

    private static void Interval(Utf8JsonWriter writer, string name, BootstrapInterval interval)
    {
        writer.WriteStartObject(name);
        JsonOutput.Number(writer, "estimate", interval.Estimate);
        JsonOutput.Number(writer, "low", interval.Low);
        JsonOutput.Number(writer, "high", interval.High);
        writer.WriteEndObject();
    }
}
