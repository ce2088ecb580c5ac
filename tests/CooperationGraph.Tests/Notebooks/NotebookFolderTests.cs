using CooperationGraph.Notebooks;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>
/// Every notebook in the repository's <c>notebooks/</c> folder runs through the runner without an error, and every
/// file-based twin (<c>notebooks/NAME.cs</c>) runs with <c>dotnet run</c>. The cases come from the folder, so a new
/// notebook is tested without touching this file; with no notebook (or no twin) there, xunit reports the theory as
/// having no data.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookFolderTests
{
    private static readonly TimeSpan TwinTimeout = TimeSpan.FromMinutes(5);

    public static TheoryData<string> Notebooks => FilesInNotebookFolder("*.ipynb");

    public static TheoryData<string> Twins => FilesInNotebookFolder("*.cs");

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Every_code_cell_of_the_notebook_runs_and_it_shows_html(string name)
    {
        using var output = new TempNotebookFolder();

        var run = new NotebookRunner().Run(Path.Combine(RepositoryFolders.Notebooks, name), CancellationToken.None);
        run.Save(Path.Combine(output.Path, name));

        Assert.All(run.Cells.Where(c => c.Kind == "code"), cell => Assert.True(cell.Outcome == CellOutcome.Ran, cell.ToString()));
        Assert.Contains(run.Cells.SelectMany(c => c.Outputs), o => o["data"]?["text/html"] is not null);
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
