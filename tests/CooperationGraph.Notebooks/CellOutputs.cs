using System.Text;
using System.Text.Json.Nodes;

namespace CooperationGraph.Notebooks;

/// <summary>
/// The outputs of one cell in the order they happen: console text becomes <c>stream</c> outputs (consecutive writes to
/// one stream merge, as in Jupyter), <c>display()</c> a <c>display_data</c>, the last expression an
/// <c>execute_result</c>, a failure an <c>error</c>. Safe to write from several threads.
/// </summary>
internal sealed class CellOutputs
{
    private readonly Lock gate = new();
    private readonly JsonArray outputs = [];
    private readonly StringBuilder pendingText = new();
    private string? pendingStream;

    public CellOutputs()
    {
        StandardOutput = new CapturingWriter(this, "stdout");
        StandardError = new CapturingWriter(this, "stderr");
    }

    /// <summary>Stands in for <see cref="Console.Out"/> while the cell runs.</summary>
    public TextWriter StandardOutput { get; }

    /// <summary>Stands in for <see cref="Console.Error"/> while the cell runs.</summary>
    public TextWriter StandardError { get; }

    public void AddDisplay(object? value, IReadOnlyList<string> mimeTypes)
    {
        var data = MimeBundle.Create(value, mimeTypes);
        Add(new JsonObject { ["output_type"] = "display_data", ["data"] = data, ["metadata"] = new JsonObject() });
    }

    public void AddResult(object? value, int executionCount)
    {
        var data = MimeBundle.Create(value, []);
        Add(new JsonObject
        {
            ["output_type"] = "execute_result",
            ["execution_count"] = executionCount,
            ["data"] = data,
            ["metadata"] = new JsonObject(),
        });
    }

    public void AddError(string name, string value, IEnumerable<string> traceback) => Add(new JsonObject
    {
        ["output_type"] = "error",
        ["ename"] = name,
        ["evalue"] = value,
        ["traceback"] = new JsonArray([.. traceback.Select(line => (JsonNode?)JsonValue.Create(line))]),
    });

    /// <summary>The outputs so far, pending console text included.</summary>
    public JsonArray Complete()
    {
        lock (gate)
        {
            FlushText();
            return outputs;
        }
    }

    private void Add(JsonObject output)
    {
        lock (gate)
        {
            FlushText();
            outputs.Add(output);
        }
    }

    private void Write(string stream, string text)
    {
        lock (gate)
        {
            if (pendingStream != stream)
            {
                FlushText();
                pendingStream = stream;
            }

            pendingText.Append(text);
        }
    }

    private void FlushText()
    {
        if (pendingStream is not null && pendingText.Length > 0)
        {
            outputs.Add(new JsonObject
            {
                ["output_type"] = "stream",
                ["name"] = pendingStream,
                ["text"] = NotebookJson.Lines(pendingText.ToString()),
            });
        }

        pendingText.Clear();
        pendingStream = null;
    }

    private sealed class CapturingWriter(CellOutputs outputs, string stream) : TextWriter
    {
        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => outputs.Write(stream, value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                outputs.Write(stream, value);
            }
        }

        public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

        public override void WriteLine(string? value) => Write(value + "\n");

        public override void WriteLine() => Write("\n");
    }
}
