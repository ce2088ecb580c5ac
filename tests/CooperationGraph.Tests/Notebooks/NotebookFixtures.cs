using System.Text.Json.Nodes;
using CooperationGraph.Notebooks;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>The hand-written notebooks in Fixtures/Notebooks and helpers to read outputs.</summary>
internal static class NotebookFixtures
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Notebooks");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    public static ExecutedNotebook Run(string name) => new NotebookRunner().Run(PathOf(name), CancellationToken.None);

    /// <summary>The outputs of one type in a cell.</summary>
    public static JsonObject[] OutputsOfType(CellResult cell, string outputType) =>
        [.. cell.Outputs.Where(o => (string?)o["output_type"] == outputType)];

    /// <summary>A text field of an output (<c>text</c>) or of its data (<c>text/html</c>), joined from its lines.</summary>
    public static string TextOf(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? string.Empty,
        _ => throw new Xunit.Sdk.XunitException($"expected a text, found {node?.ToJsonString() ?? "nothing"}"),
    };

    public static string Data(JsonObject output, string mimeType) => TextOf(output["data"]?[mimeType]);
}
