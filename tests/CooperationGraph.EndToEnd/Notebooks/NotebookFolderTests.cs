using System.Text.RegularExpressions;
using CooperationGraph.Plotting;
using CooperationGraph.Tests.Plotting;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>
/// Every notebook in the repository's <c>notebooks/</c> folder runs through the runner without an error, and every
/// file-based twin (<c>notebooks/NAME.cs</c>) runs with <c>dotnet run</c>. The cases come from the folder, so a new
/// notebook is tested without touching this file (the notebooks run once, in <see cref="NotebookRuns"/>); with no notebook (or no twin) there, xunit reports the theory as
/// having no data.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookFolderTests(NotebookRuns runs)
{
    private static readonly TimeSpan TwinTimeout = TimeSpan.FromMinutes(5);

    public static TheoryData<string> Notebooks => FilesInNotebookFolder("*.ipynb");

    public static TheoryData<string> Twins => FilesInNotebookFolder("*.cs");

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_code_cell_of_the_notebook_runs_clean_in_the_kernel_and_it_shows_tables(string name)
    {
        var cells = runs.Cells(name);

        Assert.True(NotebookFixtures.Errors(cells).Length == 0, $"{name}: {string.Join("; ", NotebookFixtures.Errors(cells))}");
        var code = cells.Where(c => (string?)c["cell_type"] == "code").ToList();
        Assert.Equal(Enumerable.Range(1, code.Count), code.Select(c => (int?)c["execution_count"] ?? 0));
        Assert.Contains(cells.SelectMany(NotebookFixtures.Outputs), o => NotebookFixtures.Data(o, "text/html").Contains("<table", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [MemberData(nameof(Notebooks))]
    public void The_charts_of_the_executed_notebook_draw_in_a_browser(string name)
    {
        HeadlessChromium.SkipUnlessAvailable();
        using var folder = new TempNotebookFolder();
        var figures = runs.Cells(name).SelectMany(NotebookFixtures.Outputs)
            .Select(o => NotebookFixtures.Data(o, "text/html"))
            .Where(html => html.Contains("class=\"cg-figure\"", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(figures);
        string page = Path.Combine(folder.Path, "outputs.html");
        File.WriteAllText(page, $"<!DOCTYPE html><html><head><meta charset=\"utf-8\"><script>{PlotlyJs.Script}</script></head><body>{string.Concat(figures)}</body></html>");

        string dom = HeadlessChromium.DumpDom(page);

        Assert.Equal(figures.Count, Regex.Count(dom, "class=\"cg-figure js-plotly-plot\""));
        Assert.Contains("class=\"main-svg\"", dom, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Twins))]
    public void The_file_based_twin_runs_and_saves_its_charts(string name)
    {
        using var output = new TempNotebookFolder();

        var result = DotnetProcess.Run(RepositoryFolders.Root, TwinTimeout, "run", $"notebooks/{name}", output.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        var pages = Directory.GetFiles(output.Path, "*.html");
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.Contains("Plotly.newPlot", File.ReadAllText(page), StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void The_notebook_is_a_polyglot_csharp_notebook_that_loads_this_version_of_the_package(string name)
    {
        var notebook = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.Notebooks, name)))!;
        Assert.Equal(4, (int)notebook["nbformat"]!);
        Assert.Equal(5, (int)notebook["nbformat_minor"]!);
        Assert.Equal(".net-csharp", (string?)notebook["metadata"]!["kernelspec"]!["name"]);
        Assert.Equal("csharp", (string?)notebook["metadata"]!["polyglot_notebook"]!["kernelInfo"]!["defaultKernelName"]);
        var code = notebook["cells"]!.AsArray().Where(c => (string?)c!["cell_type"] == "code").ToList();
        Assert.All(code, c => Assert.Equal("csharp", (string?)c!["metadata"]!["polyglot_notebook"]!["kernelName"]));
        Assert.All(code, c => Assert.Empty(c!["outputs"]!.AsArray())); // shipped without outputs; the runner writes them
        string version = typeof(AnalysisResult).Assembly.GetName().Version!.ToString(3);
        Assert.Equal($"#r \"nuget: CooperationGraph, {version}\"", string.Concat(code[0]!["source"]!.AsArray().Select(l => (string?)l)).Trim());
        Assert.True(notebook["cells"]![0]!["cell_type"]!.ToString() == "markdown", "a notebook opens with its explanation");
    }

    [Fact]
    public void There_are_at_least_four_notebooks_each_with_its_twin()
    {
        var notebooks = Names("*.ipynb").Select(Path.GetFileNameWithoutExtension).ToList();
        var twins = Names("*.cs").Select(Path.GetFileNameWithoutExtension).ToList();

        Assert.True(notebooks.Count >= 4, string.Join(", ", notebooks));
        Assert.Equal(notebooks, twins);
    }

    private static TheoryData<string> FilesInNotebookFolder(string pattern)
    {
        var data = new TheoryData<string>();
        foreach (string name in Names(pattern))
        {
            data.Add(name);
        }

        return data;
    }

    private static IEnumerable<string> Names(string pattern) => Directory.Exists(RepositoryFolders.Notebooks)
        ? Directory.GetFiles(RepositoryFolders.Notebooks, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!
        : [];
}
