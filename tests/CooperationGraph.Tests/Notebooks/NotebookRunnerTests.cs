using CooperationGraph.Notebooks;
using static CooperationGraph.Tests.Notebooks.NotebookFixtures;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>The runner against small hand-written Polyglot notebooks (Fixtures/Notebooks).</summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookRunnerTests
{
    [Fact]
    public void State_carries_from_cell_to_cell_and_each_run_cell_gets_the_next_count()
    {
        var run = Run("carries-state.ipynb");

        Assert.True(run.Succeeded, run.FirstFailure?.ToString());
        Assert.Equal(
            [CellOutcome.Copied, CellOutcome.Ran, CellOutcome.Ran, CellOutcome.Ran, CellOutcome.Ran],
            run.Cells.Select(c => c.Outcome));
        Assert.Equal([null, 1, 2, 3, 4], run.Cells.Select(c => c.ExecutionCount));
        var result = Assert.Single(OutputsOfType(run.Cells[2], "execute_result"));
        Assert.Equal("42", Data(result, "text/plain"));
        Assert.Contains("<pre>42</pre>", Data(result, "text/html"), StringComparison.Ordinal);
        Assert.Equal(2, (int?)result["execution_count"]);
    }

    [Fact]
    public void Console_output_is_a_stream_and_display_a_display_data_in_the_order_they_happen()
    {
        var cell = Run("carries-state.ipynb").Cells[3];

        Assert.Equal(["stream", "display_data", "stream"], cell.Outputs.Select(o => (string?)o["output_type"]));
        Assert.Equal("stdout", (string?)cell.Outputs[0]["name"]);
        Assert.Equal("cześć, 42\n", TextOf(cell.Outputs[0]["text"]));
        Assert.Equal("<b>shown</b>", Data(cell.Outputs[1], "text/html"));
        Assert.Equal("after the display\n", TextOf(cell.Outputs[2]["text"]));
        Assert.Empty(OutputsOfType(cell, "execute_result")); // ends in a statement
    }

    [Fact]
    public void The_working_directory_is_the_notebook_folder_during_the_run_and_restored_after()
    {
        string before = Directory.GetCurrentDirectory();

        var cell = Run("carries-state.ipynb").Cells[4];

        Assert.Equal(Path.GetFullPath(Folder).TrimEnd('/'), Data(Assert.Single(cell.Outputs), "text/plain"));
        Assert.Equal(before, Directory.GetCurrentDirectory());
    }

    [Fact]
    public void The_package_directives_give_cooperation_graph_and_an_analysis_shows_as_our_html_summary()
    {
        var run = Run("result-table.ipynb");

        Assert.True(run.Succeeded, run.FirstFailure?.ToString());
        Assert.Empty(run.Cells[1].Outputs); // #i and #r only
        var result = Assert.Single(run.Cells[2].Outputs);
        Assert.Equal("execute_result", (string?)result["output_type"]);
        string html = Data(result, "text/html");
        Assert.Contains("<table class=\"cg-table\"><caption>Required links</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">link</th>", html, StringComparison.Ordinal);
        Assert.Contains("<td class=\"num\">1</td>", html, StringComparison.Ordinal); // OPS–PUP: one institution pair
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.Contains("; model Model kooperacji dla gminy wiejskiej", Data(result, "text/plain"), StringComparison.Ordinal); // AnalysisResult.ToString()
    }

    [Fact]
    public void Directives_after_code_are_hoisted_and_compiler_positions_stay_the_cells_own()
    {
        var run = Run("directive-after-code.ipynb");

        Assert.True(run.Succeeded, run.FirstFailure?.ToString());
        Assert.Equal("1", Data(Assert.Single(run.Cells[0].Outputs), "text/plain"));
    }

    [Fact]
    public void A_compile_error_stops_the_run_with_an_error_output_and_later_cells_get_no_outputs()
    {
        var run = Run("compile-error.ipynb");

        Assert.False(run.Succeeded);
        Assert.Equal(
            [CellOutcome.Ran, CellOutcome.Failed, CellOutcome.Copied, CellOutcome.NotRun],
            run.Cells.Select(c => c.Outcome));
        var failed = run.Cells[1];
        Assert.Same(failed, run.FirstFailure);
        Assert.StartsWith("(1,14): error CS0029", failed.Error, StringComparison.Ordinal);
        var error = Assert.Single(failed.Outputs);
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.Equal("CompilationError", (string?)error["ename"]);
        Assert.Contains("CS0029", (string?)error["evalue"], StringComparison.Ordinal);
        Assert.Empty(run.Cells[3].Outputs);
        Assert.Null(run.Cells[3].ExecutionCount);
        Assert.Null((int?)run.Document["cells"]![3]!["execution_count"]);
    }

    [Fact]
    public void An_exception_keeps_the_console_output_before_it_and_names_its_type()
    {
        var run = Run("runtime-error.ipynb");

        var cell = run.Cells[0];
        Assert.Equal(CellOutcome.Failed, cell.Outcome);
        Assert.Equal("System.InvalidOperationException: the data folder is empty", cell.Error);
        Assert.Equal(["stream", "error"], cell.Outputs.Select(o => (string?)o["output_type"]));
        Assert.Equal("System.InvalidOperationException", (string?)cell.Outputs[1]["ename"]);
        Assert.Equal(CellOutcome.NotRun, run.Cells[1].Outcome);
    }

    [Fact]
    public void A_package_other_than_cooperation_graph_fails_the_cell_clearly()
    {
        var cell = Run("unknown-package.ipynb").Cells[0];

        Assert.Equal(CellOutcome.Failed, cell.Outcome);
        Assert.Contains("provides only the CooperationGraph package", cell.Error, StringComparison.Ordinal);
        Assert.Contains("cannot restore Plotly.NET", cell.Error, StringComparison.Ordinal);
        Assert.Empty(OutputsOfType(cell, "stream")); // nothing of the cell ran
    }

    [Theory]
    [InlineData("#r \"nuget: CooperationGraph, 9.9.9\"", "the runner provides")]
    [InlineData("#i \"../artifacts\"", "only #i \"nuget: SOURCE\"")]
    [InlineData("1 + 1\n#!time", "magic command '#!time' is not supported")]
    public void Directives_the_runner_cannot_honour_fail_the_cell(string source, string message)
    {
        using var folder = new TempNotebookFolder();
        string path = folder.Write("directive.ipynb", source);

        var run = new NotebookRunner().Run(path, CancellationToken.None);

        Assert.Contains(message, run.Cells[0].Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("var a = 1;\n#r \"System.Xml.Linq.dll\"\nint b = \"x\";", "(3,9): error CS0029")] // hoisted, same line
    [InlineData("File.Exists(\"x\")", "error CS0103: The name 'File' does not exist")] // System.IO is not a default import
    [InlineData("new CooperationGraph.Tables.ResultTable(\"t\", [], [])", "error CS0234")] // no #r, no library
    public void Compilation_is_the_kernels(string source, string error)
    {
        using var folder = new TempNotebookFolder();

        var run = new NotebookRunner().Run(folder.Write("compile.ipynb", source), CancellationToken.None);

        Assert.Contains(error, run.Cells[0].Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Display_with_mime_types_writes_only_those()
    {
        using var folder = new TempNotebookFolder();

        var run = new NotebookRunner().Run(folder.Write("display.ipynb", "display(42, \"text/plain\");"), CancellationToken.None);

        var data = Assert.Single(run.Cells[0].Outputs)["data"]!.AsObject();
        Assert.Equal(["text/plain"], data.Select(p => p.Key));
        Assert.Equal("42", TextOf(data["text/plain"]));
    }

    [Fact]
    public void The_executed_notebook_keeps_ids_and_metadata_and_is_written_as_jupyter_writes()
    {
        string written = Run("carries-state.ipynb").ToJson();

        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"id\": \"4f0c2a8e\",", written, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"c27a6f10\"", written, StringComparison.Ordinal);
        Assert.Contains("\"defaultKernelName\": \"csharp\"", written, StringComparison.Ordinal);
        Assert.Contains("\"nbformat_minor\": 5", written, StringComparison.Ordinal);
        Assert.Contains("cześć", written, StringComparison.Ordinal); // not \u escaped
        Assert.DoesNotContain("\r\n \"", written, StringComparison.Ordinal);
        Assert.EndsWith("}\n", written, StringComparison.Ordinal);
    }

    [Fact]
    public void Only_csharp_cells_run()
    {
        using var folder = new TempNotebookFolder();
        string path = folder.Write("mixed.ipynb", "Console.WriteLine(\"C#\");", ("fsharp", "printfn \"F#\""));

        var run = new NotebookRunner().Run(path, CancellationToken.None);

        Assert.Equal([CellOutcome.Ran, CellOutcome.Skipped], run.Cells.Select(c => c.Outcome));
        Assert.Null(run.Cells[1].ExecutionCount);
    }
}
