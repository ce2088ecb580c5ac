using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;

namespace CooperationGraph.Notebooks;

/// <summary>
/// Reads <c>.ipynb</c> files with .NET Interactive's own reader (<see cref="Notebook"/>) after checking their shape, so
/// that a file the kernel cannot run gives one line naming it; writes them back with the same library, as Polyglot
/// Notebooks saves them, UTF-8 without BOM.
/// </summary>
public static class NotebookFile
{
    /// <summary>The kernels a cell may name: the C# kernel the runner hosts, and its aliases.</summary>
    public static KernelInfoCollection Kernels { get; } = [new KernelInfo("csharp", "C#", ["c#", "C#", "cs"])];

    /// <summary>Reads a notebook and checks its shape.</summary>
    /// <exception cref="InvalidNotebookException">The file cannot be read or is not an nbformat 4 notebook.</exception>
    public static InteractiveDocument Load(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, Encoding.UTF8);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new InvalidNotebookException($"{path}: cannot read the notebook: {e.Message}", e);
        }

        CheckShape(path, text);
        try
        {
            return Notebook.Parse(text, Kernels);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or ArgumentException or FormatException)
        {
            throw new InvalidNotebookException($"{path}: .NET Interactive cannot read the notebook: {e.Message}", e);
        }
    }

    /// <summary>The notebook as .NET Interactive writes it (<c>.ipynb</c>, LF line ends, a final newline).</summary>
    public static string ToJson(InteractiveDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        string json = document.ToJupyterJson().ReplaceLineEndings("\n");
        return json.EndsWith('\n') ? json : json + "\n";
    }

    /// <summary>Writes <see cref="ToJson"/> to a file, UTF-8 without BOM.</summary>
    public static void Save(InteractiveDocument document, string path) =>
        File.WriteAllText(path, ToJson(document), new UTF8Encoding(false));

    private static void CheckShape(string path, string text)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new InvalidNotebookException($"{path}: not valid JSON: {e.Message}", e);
        }

        if (root is not JsonObject notebook)
        {
            throw new InvalidNotebookException($"{path}: not a notebook: the JSON is not an object.");
        }

        if (notebook["nbformat"] is not JsonValue format || !format.TryGetValue(out int major) || major != 4)
        {
            throw new InvalidNotebookException($"{path}: not an nbformat 4 notebook (\"nbformat\" is {notebook["nbformat"]?.ToJsonString() ?? "missing"}).");
        }

        if (notebook["cells"] is not JsonArray cells)
        {
            throw new InvalidNotebookException($"{path}: not a notebook: no \"cells\" array.");
        }

        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject cell || cell["cell_type"] is not JsonValue type || !type.TryGetValue(out string? _)
                || cell["source"] is not (JsonArray or JsonValue))
            {
                throw new InvalidNotebookException($"{path}: cell {i + 1} is not a notebook cell (it needs \"cell_type\" and a text \"source\").");
            }
        }
    }
}
