using System.Text.Json.Nodes;
using CooperationGraph.Notebooks;
using static CooperationGraph.Tests.Notebooks.NotebookFixtures;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>The runner's command line: exit codes, what it prints, what it writes.</summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookCommandTests(NotebookRuns runs)
{
    [Fact]
    public void Exit_code_0_when_every_cell_ran_with_each_executed_notebook_written()
    {
        Assert.True(runs.Clean.ExitCode == Program.Success, runs.Clean.ToString());
        Assert.Contains("carries-state.ipynb: 4 C# cell(s) ran; wrote ", runs.Clean.Out, StringComparison.Ordinal);
        byte[] bytes = File.ReadAllBytes(Path.Combine(runs.Output, "clean", "result-table.ipynb"));
        Assert.Equal((byte)'{', bytes[0]); // no BOM
        Assert.Equal(2, (int?)JsonNode.Parse(bytes)!["cells"]![2]!["execution_count"]);
    }

    [Fact]
    public void Exit_code_1_when_a_cell_fails_with_one_line_per_failed_notebook_and_the_executed_notebooks_still_written()
    {
        Assert.True(runs.Failing.ExitCode == Program.CellFailed, runs.Failing.ToString());
        var lines = runs.Failing.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith($"{PathOf("compile-error.ipynb")}: cell 2 failed: (1,14): error CS0029", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{PathOf("runtime-error.ipynb")}: cell 1 failed: System.InvalidOperationException: the data folder is empty", lines[1], StringComparison.Ordinal);
        Assert.Equal("error", (string?)runs.Cells("compile-error.ipynb", failing: true)[1]["outputs"]![0]!["output_type"]);
    }

    [Theory]
    [InlineData(new string[0], "no notebook given")]
    [InlineData(new[] { "a.ipynb" }, "no output folder given")]
    [InlineData(new[] { "a.ipynb", "--out" }, "--out needs a folder")]
    [InlineData(new[] { "a.ipynb", "--out", "x", "--kernel", "fsharp" }, "unknown option --kernel")]
    public void Exit_code_2_for_bad_arguments(string[] args, string message)
    {
        var (code, _, stderr) = Run(args);

        Assert.Equal(Program.BadInput, code);
        Assert.Contains(message, stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing.ipynb", null, "cannot read the notebook")]
    [InlineData("broken.ipynb", "{ \"cells\": [", "not valid JSON")]
    [InlineData("old.ipynb", "{ \"cells\": [], \"nbformat\": 3 }", "not an nbformat 4 notebook")]
    [InlineData("cells.ipynb", "{ \"cells\": [{ \"cell_type\": \"code\" }], \"nbformat\": 4 }", "cell 1 is not a notebook cell")]
    public void Exit_code_2_for_a_notebook_that_cannot_be_read_with_one_line_naming_it(string name, string? text, string message)
    {
        using var folder = new TempNotebookFolder();
        string path = text is null ? Path.Combine(folder.Path, name) : folder.WriteText(name, text);
        string good = PathOf("carries-state.ipynb");
        string output = Path.Combine(folder.Path, "out");

        var (code, stdout, stderr) = Run(good, path, "--out", output);

        Assert.Equal(Program.BadInput, code);
        string line = Assert.Single(stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"error: {path}: ", line, StringComparison.Ordinal);
        Assert.Contains(message, line, StringComparison.Ordinal);
        Assert.Empty(stdout);
        Assert.False(Directory.Exists(output)); // nothing ran
    }

    [Fact]
    public void Help_prints_the_usage()
    {
        var (code, stdout, _) = Run("--help");

        Assert.Equal(Program.Success, code);
        Assert.Contains("--out DIR", stdout, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Error) Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        int code = Program.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
