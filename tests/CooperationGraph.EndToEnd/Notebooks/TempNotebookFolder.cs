using System.Text.Json.Nodes;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>A temporary folder for notebooks written by a test, deleted after it.</summary>
internal sealed class TempNotebookFolder : IDisposable
{
    public TempNotebookFolder()
    {
        Path = Directory.CreateTempSubdirectory("cg-notebooks-").FullName;
    }

    public string Path { get; }

    /// <summary>Writes a C# notebook (Polyglot metadata) with one C# cell and, optionally, cells of other kernels.</summary>
    public string Write(string name, string csharpSource, params (string Kernel, string Source)[] more)
    {
        var cells = new JsonArray { Cell("csharp", csharpSource, 0) };
        for (int i = 0; i < more.Length; i++)
        {
            cells.Add(Cell(more[i].Kernel, more[i].Source, i + 1));
        }

        var notebook = JsonNode.Parse(File.ReadAllText(NotebookFixtures.PathOf("carries-state.ipynb")))!.AsObject();
        notebook["cells"] = cells;
        return WriteText(name, notebook.ToJsonString());
    }

    public string WriteText(string name, string text)
    {
        string path = System.IO.Path.Combine(Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);

    private static JsonObject Cell(string kernel, string source, int index) => new()
    {
        ["cell_type"] = "code",
        ["execution_count"] = null,
        ["id"] = $"cell{index:D4}",
        ["metadata"] = new JsonObject
        {
            ["dotnet_interactive"] = new JsonObject { ["language"] = kernel },
            ["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernel },
        },
        ["outputs"] = new JsonArray(),
        ["source"] = source,
    };
}
