using System.Text.Json.Nodes;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>The hand-written notebooks in Fixtures/Notebooks and helpers to read the outputs of executed ones.</summary>
internal static class NotebookFixtures
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Notebooks");

    public static string PathOf(string name) => Path.Combine(Folder, name);

    /// <summary>The outputs of a cell.</summary>
    public static JsonObject[] Outputs(JsonObject cell) => [.. (cell["outputs"] as JsonArray ?? []).Select(o => o!.AsObject())];

    /// <summary>The outputs of one type in a cell.</summary>
    public static JsonObject[] OutputsOfType(JsonObject cell, string outputType) =>
        [.. Outputs(cell).Where(o => (string?)o["output_type"] == outputType)];

    /// <summary>A text field of an output (<c>text</c>) or of its data (<c>text/html</c>), joined from its lines.</summary>
    public static string TextOf(JsonNode? node) => node switch
    {
        JsonArray lines => string.Concat(lines.Select(l => (string?)l)),
        JsonValue value => (string?)value ?? string.Empty,
        _ => throw new Xunit.Sdk.XunitException($"expected a text, found {node?.ToJsonString() ?? "nothing"}"),
    };

    /// <summary>The output's data of one MIME type, empty when it has none.</summary>
    public static string Data(JsonObject output, string mimeType) => output["data"]?[mimeType] is { } data ? TextOf(data) : string.Empty;

    /// <summary>Every error output of a notebook as "cell N: ename: first line", for a failure message naming the cell.</summary>
    public static string[] Errors(JsonObject[] cells) =>
    [
        .. cells.SelectMany((cell, i) => OutputsOfType(cell, "error")
            .Select(e => $"cell {i + 1}: {(string?)e["ename"]}: {((string?)e["evalue"])?.Split('\n')[0]}")),
    ];
}
