using System.Text.Json.Nodes;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>
/// The runner run as a developer runs it, as its own process (<c>dotnet CooperationGraph.Notebooks.dll NB… --out
/// DIR</c>), once for the whole collection: the shipped notebooks with the fixtures that run clean, then the fixtures
/// whose cells fail. Each run packs CooperationGraph from this checkout with a fresh version.
/// </summary>
public sealed class NotebookRuns : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    public NotebookRuns()
    {
        Output = Directory.CreateTempSubdirectory("cg-notebook-runs-").FullName;
        string[] shipped = Directory.Exists(RepositoryFolders.Notebooks)
            ? [.. Directory.GetFiles(RepositoryFolders.Notebooks, "*.ipynb").Order(StringComparer.Ordinal)]
            : [];
        Clean = Run(Path.Combine(Output, "clean"), [.. shipped, .. new[] { "carries-state", "result-table", "dataframe", "mixed" }.Select(Fixture)]);
        Failing = Run(Path.Combine(Output, "failing"), [Fixture("compile-error"), Fixture("runtime-error"), Fixture("plotly-net")]);
    }

    /// <summary>The run of the shipped notebooks, <c>carries-state</c>, <c>result-table</c>, <c>dataframe</c> and <c>mixed</c>.</summary>
    public DotnetProcess.Result Clean { get; }

    /// <summary>The run of <c>compile-error</c>, <c>runtime-error</c> and <c>plotly-net</c>.</summary>
    public DotnetProcess.Result Failing { get; }

    public string Output { get; }

    /// <summary>The runner's own build, beside this test assembly's configuration (<c>bin/Debug/net10.0</c>).</summary>
    public static string RunnerDll
    {
        get
        {
            var tfm = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
            return Path.Combine(RepositoryFolders.Root, "tests", "CooperationGraph.Notebooks", "bin", tfm.Parent!.Name, tfm.Name, "CooperationGraph.Notebooks.dll");
        }
    }

    /// <summary>An executed notebook of the clean run (or of the failing one).</summary>
    public JsonObject Executed(string name, bool failing = false) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(Output, failing ? "failing" : "clean", name)))!.AsObject();

    /// <summary>The cells of an executed notebook.</summary>
    public JsonObject[] Cells(string name, bool failing = false) =>
        [.. Executed(name, failing)["cells"]!.AsArray().Select(c => c!.AsObject())];

    public static DotnetProcess.Result Run(string outDir, IEnumerable<string> notebooks) =>
        DotnetProcess.Run(RepositoryFolders.Root, Timeout, ["exec", RunnerDll, .. notebooks, "--out", outDir]);

    public void Dispose() => Directory.Delete(Output, recursive: true);

    private static string Fixture(string name) => NotebookFixtures.PathOf(name + ".ipynb");
}
