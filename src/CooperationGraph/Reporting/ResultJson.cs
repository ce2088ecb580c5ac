using System.Text.Json;
using CooperationGraph.Exchange;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> (the file <c>gaps.json</c>) or a <see cref="WindowComparison"/>
/// (<c>comparison.json</c>) as JSON with camel-case keys:
/// <c>missingSectors</c> (codes), <c>missingLinks</c> (pairs of codes), <c>declaredInactive</c>, <c>activeUndeclared</c>
/// (institution ids), <c>activationRate</c>, <c>linkRobustness</c> (per required link: <c>sectors</c>, <c>institutions</c>,
/// <c>ties</c>), and every other measure of the report. Undefined numbers are <c>null</c>.
/// Text is escaped so that the JSON is safe to embed in HTML (<c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, quotes).
/// </summary>
public static class ResultJson
{
    /// <summary>The analysis as a JSON document: its gaps, structure, the network's Freeman centralization, mixing,
    /// brokerage, QAP tests, regression, durability and suggested ties.</summary>
    public static string ToJson(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonOutput.Document(writer => Write(writer, result, result.Centrality.Centralization));
    }

    /// <summary>Writes <see cref="ToJson(AnalysisResult)"/>'s document into <paramref name="stream"/> as UTF-8, the same
    /// bytes, without holding the text (3 MB at national size) in memory.</summary>
    internal static void Write(AnalysisResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        JsonOutput.Document(stream, writer => Write(writer, result, result.Centrality.Centralization));
    }

    /// <summary>The comparison as a JSON document: <c>first</c>, <c>second</c> (each a report) and <c>changes</c>.</summary>
    public static string ToJson(WindowComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        return JsonOutput.Document(writer =>
        {
            writer.WriteStartObject();
            writer.WritePropertyName("first");
            Write(writer, comparison.First);
            writer.WritePropertyName("second");
            Write(writer, comparison.Second);
            writer.WriteStartObject("changes");
            Number(writer, "activationRate", comparison.ActivationRateChange);
            Number(writer, "density", comparison.DensityChange);
            Number(writer, "fragmentation", comparison.FragmentationChange);
            Number(writer, "eiIndex", comparison.EIIndexChange);
            JsonOutput.SectorPairs(writer, "linksRealised", comparison.LinksRealised);
            JsonOutput.SectorPairs(writer, "linksLost", comparison.LinksLost);
            Strings(writer, "sectorsJoined", comparison.SectorsJoined.Select(s => s.Code));
            Strings(writer, "sectorsLost", comparison.SectorsLost.Select(s => s.Code));
            Strings(writer, "activated", comparison.Activated);
            Strings(writer, "deactivated", comparison.Deactivated);
            writer.WriteEndObject();
            var test = comparison.DensityTest;
            writer.WriteStartObject("densityTest");
            Number(writer, "difference", test.Difference);
            Number(writer, "standardError", test.StandardError);
            Number(writer, "z", test.Z);
            Number(writer, "p", test.P);
            writer.WriteEndObject();
            var qap = comparison.QapCorrelation;
            writer.WriteStartObject("qapCorrelation");
            Number(writer, "correlation", qap.Correlation);
            Number(writer, "p", qap.PGreaterOrEqual);
            writer.WriteNumber("permutations", qap.Permutations);
            writer.WriteEndObject();
            writer.WriteEndObject();
        });
    }

    private static void Write(Utf8JsonWriter writer, AnalysisResult result, Centralization? centralization = null)
    {
        var report = result.Gaps;
        writer.WriteStartObject();
        writer.WriteString("model", report.Model.Name);
        writer.WriteStartObject("window");
        Date(writer, "from", report.Window.From);
        Date(writer, "to", report.Window.To);
        writer.WriteEndObject();
        Strings(writer, "missingSectors", report.MissingSectors.Select(s => s.Code));
        JsonOutput.SectorPairs(writer, "missingLinks", report.MissingLinks);
        Strings(writer, "declaredInactive", report.DeclaredInactive);
        Strings(writer, "activeUndeclared", report.ActiveUndeclared);
        Number(writer, "activationRate", report.ActivationRate);
        Strings(writer, "declared", report.Declared);
        Strings(writer, "active", report.Active);
        JsonOutput.Objects(writer, "links", report.Links, (w, link) =>
        {
            Strings(w, "sectors", [link.Link.First.Code, link.Link.Second.Code]);
            w.WriteNumber("institutionPairs", link.InstitutionPairs);
            w.WriteBoolean("missing", link.IsMissing);
        });
        JsonOutput.Objects(writer, "linkRobustness", report.LinkRobustness, (w, robustness) =>
        {
            Strings(w, "sectors", [robustness.Link.First.Code, robustness.Link.Second.Code]);
            w.WriteNumber("institutions", robustness.Institutions);
            w.WriteNumber("ties", robustness.Ties);
        });
        JsonOutput.Objects(writer, "sectors", report.Sectors, (w, sector) =>
        {
            w.WriteString("code", sector.Sector.Code);
            w.WriteNumber("activeInstitutions", sector.ActiveInstitutions);
            w.WriteBoolean("required", sector.Required);
            w.WriteBoolean("singlePointOfFailure", sector.IsSinglePointOfFailure);
        });
        Strings(writer, "singlePointSectors", report.SinglePointSectors.Select(s => s.Sector.Code));
        WriteStructure(writer, result);
        if (centralization is not null)
        {
            writer.WriteStartObject("centralization");
            Number(writer, "degree", centralization.Degree);
            Number(writer, "betweenness", centralization.Betweenness);
            Number(writer, "closeness", centralization.Closeness);
            writer.WriteEndObject();
        }

        WriteMixing(writer, result.Mixing);
        GroupsJson.Write(writer, result);
        WriteBrokerage(writer, result.Brokerage);
        writer.WriteStartObject("qap");
        Qap(writer, "declaredVersusEnacted", result.LayerAgreement.DeclaredVersusEnacted);
        Qap(writer, "modelVersusObserved", result.LayerAgreement.ModelVersusObserved);
        writer.WriteEndObject();
        EvaluationJson.WriteMrqap(writer, result.LayerAgreement.Regression);
        StatisticsJson.WriteNetlogit(writer, result.LayerAgreement.Logistic);
        StatisticsJson.WriteEITest(writer, result.Statistics?.EITest);
        StatisticsJson.WriteIntervals(writer, result.Statistics?.Intervals);
        EvaluationJson.WriteDurability(writer, result.Durability);
        SurveyJson.Write(writer, result.PerceivedCooperation, result.LayerAgreement);
        JsonOutput.Objects(writer, "suggestedTies", report.SuggestedTies, (w, tie) =>
        {
            Strings(w, "link", [tie.Link.First.Code, tie.Link.Second.Code]);
            w.WriteString("source", tie.SourceId);
            w.WriteString("target", tie.TargetId);
            Number(w, "adamicAdar", tie.AdamicAdar);
            w.WriteNumber("commonPartners", tie.CommonPartners);
        });
        writer.WriteEndObject();
    }

    private static void WriteStructure(Utf8JsonWriter writer, AnalysisResult result)
    {
        var structure = result.Structure;
        writer.WriteStartObject("structure");
        Number(writer, "density", structure.Density);
        Number(writer, "fragmentation", structure.Fragmentation);
        writer.WriteNumber("components", structure.Components.Count);
        writer.WriteStartArray("componentSizes");
        foreach (var component in structure.Components)
        {
            writer.WriteNumberValue(component.Count);
        }

        writer.WriteEndArray();
        Strings(writer, "articulationPoints", structure.ArticulationPoints);
        writer.WriteStartArray("bridges");
        foreach (var (a, b) in structure.Bridges)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(a);
            writer.WriteStringValue(b);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        writer.WriteStartObject("fragmentationWithout");
        foreach (var (id, _, value) in structure.FragmentationWithout)
        {
            Number(writer, id, value);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteMixing(Utf8JsonWriter writer, SectorMixing mixing)
    {
        writer.WriteStartObject("mixing");
        Strings(writer, "sectors", mixing.Sectors.Select(s => s.Code));
        writer.WriteStartArray("matrix");
        foreach (var a in mixing.Sectors)
        {
            writer.WriteStartArray();
            foreach (var b in mixing.Sectors)
            {
                writer.WriteNumberValue(mixing[a, b]);
            }

            writer.WriteEndArray();
        }

        writer.WriteEndArray();
        Number(writer, "eiIndex", mixing.EIIndex);
        writer.WriteStartObject("sectorEIIndex");
        foreach (var (sector, ei) in mixing.SectorEIIndex)
        {
            Number(writer, sector.Code, ei);
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteBrokerage(Utf8JsonWriter writer, BrokerageResult brokerage)
    {
        writer.WriteStartObject("brokerage");
        writer.WriteNumber("directedTies", brokerage.DirectedTies);
        writer.WriteNumber("actionsWithoutLead", brokerage.ActionsWithoutLead);
        var network = brokerage.Network;
        foreach (var (name, roles) in new[] { ("observed", network.Observed), ("expected", network.Expected), ("standardDeviation", network.StandardDeviation), ("z", network.Z) })
        {
            writer.WriteStartObject(name);
            for (int role = 0; role < BrokerageRoles.Names.Count; role++)
            {
                Number(writer, BrokerageRoles.Names[role], roles[role]);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void Qap(Utf8JsonWriter writer, string name, QapResult qap)
    {
        writer.WriteStartObject(name);
        Number(writer, "correlation", qap.Correlation);
        Number(writer, "pGreaterOrEqual", qap.PGreaterOrEqual);
        Number(writer, "pLessOrEqual", qap.PLessOrEqual);
        writer.WriteNumber("permutations", qap.Permutations);
        writer.WriteNumber("seed", qap.Seed);
        writer.WriteEndObject();
    }

    private static void Number(Utf8JsonWriter writer, string name, double value) => JsonOutput.Number(writer, name, value);

    private static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values) => JsonOutput.Strings(writer, name, values);

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
