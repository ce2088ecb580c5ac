using System.Text.Json;
using CooperationGraph.IO;

namespace CooperationGraph;

/// <summary>
/// The <c>gaps.json</c> keys of subgroups (issue 25): <c>communities</c> = <c>{"count", "modularity", "resolution",
/// "crossSector", "groups": [{"community", "size", "sectors": {code: count}}]}</c>; <c>corePeriphery</c> =
/// <c>{"core": [ids in dataset order], "correlation"}</c> (correlation null where undefined).
/// </summary>
internal static class GroupsJson
{
    /// <summary>Writes the keys into the open result object.</summary>
    public static void Write(Utf8JsonWriter writer, AnalysisResult result)
    {
        var communities = result.Communities;
        writer.WriteStartObject("communities");
        writer.WriteNumber("count", communities.Count);
        JsonOutput.Number(writer, "modularity", communities.Modularity);
        JsonOutput.Number(writer, "resolution", communities.Options.Resolution);
        JsonOutput.Number(writer, "crossSector", communities.CrossSector);
        JsonOutput.Objects(writer, "groups", communities.Groups, (w, group) =>
        {
            w.WriteNumber("community", group.Community);
            w.WriteNumber("size", group.Size);
            w.WriteStartObject("sectors");
            foreach (var (code, count) in group.Sectors)
            {
                w.WriteNumber(code, count);
            }

            w.WriteEndObject();
        });
        writer.WriteEndObject();
        writer.WriteStartObject("corePeriphery");
        writer.WriteStartArray("core");
        foreach (string id in result.CorePeriphery.Core)
        {
            writer.WriteStringValue(id);
        }

        writer.WriteEndArray();
        JsonOutput.Number(writer, "correlation", result.CorePeriphery.Correlation);
        writer.WriteEndObject();
    }
}
