using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;

namespace CooperationGraph.Notebooks;

/// <summary>
/// Runs a Polyglot notebook's C# cells in order, as the .NET Interactive C# kernel does on "Run All", and returns the
/// executed notebook. C# cells are those whose cell metadata (<c>polyglot_notebook.kernelName</c>, else
/// <c>dotnet_interactive.language</c>) or, lacking it, the notebook's default kernel says <c>csharp</c>; other code
/// cells and markdown are copied. The first failing cell stops the run: it gets an <c>error</c> output, later code
/// cells get no outputs. While a notebook runs, the working directory is its folder (so <c>../samples/loniow</c>
/// works), and <see cref="Console.Out"/>, <see cref="Console.Error"/> and the formatter's settings are the notebook's;
/// all are restored after. These are process-wide, so run one notebook at a time.
/// </summary>
public sealed class NotebookRunner
{
    /// <summary>Runs a notebook.</summary>
    /// <exception cref="InvalidNotebookException">The file cannot be read or is not an nbformat 4 notebook.</exception>
    /// <exception cref="OperationCanceledException">The run was cancelled.</exception>
    public ExecutedNotebook Run(string notebookPath, CancellationToken cancellationToken = default) =>
        RunAsync(notebookPath, cancellationToken).GetAwaiter().GetResult();

    /// <inheritdoc cref="Run"/>
    public async Task<ExecutedNotebook> RunAsync(string notebookPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notebookPath);
        var document = NotebookJson.Load(notebookPath);
        string folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        string? defaultKernel = DefaultKernel(document);
        var globals = new NotebookGlobals();
        var session = new ScriptSession(folder, globals);
        var results = new List<CellResult>();
        string previousDirectory = Directory.GetCurrentDirectory();
        Formatter.ResetToDefault();
        Directory.SetCurrentDirectory(folder);
        try
        {
            int executionCount = 0;
            bool stopped = false;
            var cells = (JsonArray)document["cells"]!;
            for (int i = 0; i < cells.Count; i++)
            {
                var cell = (JsonObject)cells[i]!;
                string kind = cell["cell_type"]!.GetValue<string>();
                string? language = kind == "code" ? Text(cell, "metadata", "polyglot_notebook", "kernelName")
                    ?? Text(cell, "metadata", "dotnet_interactive", "language") ?? defaultKernel : null;
                if (kind != "code" || !IsCSharp(language))
                {
                    results.Add(new CellResult(i + 1, kind, language, kind == "code" ? CellOutcome.Skipped : CellOutcome.Copied, null, null, null));
                    continue;
                }

                if (stopped)
                {
                    cell["outputs"] = new JsonArray();
                    cell["execution_count"] = null;
                    results.Add(new CellResult(i + 1, kind, language, CellOutcome.NotRun, null, null, null));
                    continue;
                }

                NotebookJson.TryGetText(cell["source"], out string source);
                var outputs = new CellOutputs();
                string? error = await CellExecution.RunAsync(session, globals, source, outputs, ++executionCount, cancellationToken)
                    .ConfigureAwait(false);
                var written = outputs.Complete();
                cell["outputs"] = written;
                cell["execution_count"] = executionCount;
                stopped = error is not null;
                results.Add(new CellResult(i + 1, kind, language, stopped ? CellOutcome.Failed : CellOutcome.Ran, executionCount, error, written));
            }
        }
        finally
        {
            Directory.SetCurrentDirectory(previousDirectory);
            Formatter.ResetToDefault();
        }

        return new ExecutedNotebook(notebookPath, document, results);
    }

    private static bool IsCSharp(string? language) =>
        string.Equals(language, "csharp", StringComparison.OrdinalIgnoreCase) || string.Equals(language, "c#", StringComparison.OrdinalIgnoreCase);

    private static string? DefaultKernel(JsonObject notebook) =>
        Text(notebook, "metadata", "polyglot_notebook", "kernelInfo", "defaultKernelName")
        ?? Text(notebook, "metadata", "kernelspec", "language");

    private static string? Text(JsonNode? node, params string[] path)
    {
        foreach (string key in path)
        {
            node = (node as JsonObject)?[key];
        }

        return node is JsonValue value && value.TryGetValue(out string? text) ? text : null;
    }
}
