using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CooperationGraph.Notebooks;

/// <summary>
/// Reads and writes <c>.ipynb</c> files (nbformat 4). Writes as Jupyter and VS Code do: keys sorted, one-space
/// indent, LF line ends, non-ASCII text unescaped, a final newline, UTF-8 without BOM; multi-line texts as arrays of
/// lines. Everything the runner does not touch (cell ids, metadata) is kept.
/// </summary>
internal static class NotebookJson
{
    private static readonly JsonSerializerOptions WriteOptions = new()
    {
        WriteIndented = true,
        IndentSize = 1,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Reads a notebook and checks its shape.</summary>
    /// <exception cref="InvalidNotebookException">The file cannot be read or is not an nbformat 4 notebook.</exception>
    public static JsonObject Load(string path)
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
                || !TryGetText(cell["source"], out _))
            {
                throw new InvalidNotebookException($"{path}: cell {i + 1} is not a notebook cell (it needs \"cell_type\" and a text \"source\").");
            }
        }

        return notebook;
    }

    /// <summary>The notebook as text, keys sorted.</summary>
    public static string Serialize(JsonObject notebook) => Sorted(notebook)!.ToJsonString(WriteOptions) + "\n";

    /// <summary>Writes <see cref="Serialize"/> to a file, UTF-8 without BOM.</summary>
    public static void Save(JsonObject notebook, string path) => File.WriteAllText(path, Serialize(notebook), new UTF8Encoding(false));

    /// <summary>A multi-line text as nbformat writes it: an array of lines, each but the last ending in <c>\n</c>.</summary>
    public static JsonArray Lines(string text)
    {
        var lines = new JsonArray();
        int start = 0;
        while (start < text.Length)
        {
            int end = text.IndexOf('\n', start);
            int next = end < 0 ? text.Length : end + 1;
            lines.Add(text[start..next]);
            start = next;
        }

        return lines;
    }

    /// <summary>A text field (<c>source</c>, <c>text</c>, a MIME bundle entry): a string or an array of strings.</summary>
    public static bool TryGetText(JsonNode? node, out string text)
    {
        text = string.Empty;
        switch (node)
        {
            case JsonValue value when value.TryGetValue(out string? s):
                text = s;
                return true;
            case JsonArray array:
                var joined = new StringBuilder();
                foreach (var item in array)
                {
                    if (item is not JsonValue part || !part.TryGetValue(out string? line))
                    {
                        return false;
                    }

                    joined.Append(line);
                }

                text = joined.ToString();
                return true;
            default:
                return false;
        }
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(p => p.Key, StringComparer.Ordinal)
            .Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };
}
