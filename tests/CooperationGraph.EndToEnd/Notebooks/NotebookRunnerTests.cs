using static CooperationGraph.Tests.Notebooks.NotebookFixtures;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>The runner against small hand-written Polyglot notebooks (Fixtures/Notebooks), run by the real kernel.</summary>
[Collection(NotebookCollection.Name)]
public sealed class NotebookRunnerTests(NotebookRuns runs)
{
    [Fact]
    public void State_carries_from_cell_to_cell_and_each_run_cell_gets_the_next_count()
    {
        var cells = runs.Cells("carries-state.ipynb");

        Assert.Equal([null, 1, 2, 3, 4], cells.Select(c => (int?)c["execution_count"]));
        var result = Assert.Single(OutputsOfType(cells[2], "execute_result"));
        Assert.StartsWith("<div class=\"dni-plaintext\"><pre>42</pre></div>", Data(result, "text/html"), StringComparison.Ordinal);
        Assert.Equal(2, (int?)result["execution_count"]);
    }

    [Fact]
    public void Console_output_is_a_stream_and_display_a_display_data_in_the_order_they_happen()
    {
        var cell = runs.Cells("carries-state.ipynb")[3];

        var outputs = Outputs(cell);
        Assert.Equal(["stream", "display_data", "stream"], outputs.Select(o => (string?)o["output_type"]));
        Assert.Equal("stdout", (string?)outputs[0]["name"]);
        Assert.Equal("cześć, 42\n", TextOf(outputs[0]["text"]));
        Assert.Equal("<b>shown</b>", Data(outputs[1], "text/html"));
        Assert.Equal("after the display\n", TextOf(outputs[2]["text"]));
    }

    [Fact]
    public void Relative_paths_resolve_from_the_notebook_folder()
    {
        var cell = runs.Cells("carries-state.ipynb")[4];

        Assert.Equal(Path.GetFullPath(Folder).TrimEnd('/'), Data(Assert.Single(Outputs(cell)), "text/plain"));
    }

    [Fact]
    public void The_package_is_the_one_packed_from_this_checkout_with_a_fresh_version_and_an_analysis_shows_as_our_summary()
    {
        var cells = runs.Cells("result-table.ipynb");

        // The #r cell: the restore, then the DataFrame formatter that Microsoft.Data.Analysis (a dependency) brings.
        var restoreOutputs = Outputs(cells[1]);
        string restore = Data(Assert.Single(restoreOutputs, o => o["data"]?["text/html"] is not null), "text/html");
        Assert.Contains("<strong>Restore sources</strong>", restore, StringComparison.Ordinal);
        Assert.Matches(@"<span>CooperationGraph, 0\.2\.0-notebook\.\d{14}\.\d+</span>", restore);
        Assert.Contains(restoreOutputs, o => Data(o, "text/plain").EndsWith("/interactive-extensions/dotnet/Microsoft.Data.Analysis.Interactive.dll`", StringComparison.Ordinal));
        Assert.Equal("#r \"nuget: CooperationGraph, 0.2.0\"", TextOf(cells[1]["source"])); // written as the notebook says
        var result = Assert.Single(Outputs(cells[2]));
        Assert.Equal("execute_result", (string?)result["output_type"]);
        string html = Data(result, "text/html");
        Assert.StartsWith("<div class=\"cg-summary\">", html, StringComparison.Ordinal);
        Assert.Contains("<table class=\"cg-table\"><caption>Required links</caption>", html, StringComparison.Ordinal);
        Assert.Contains("<td>OPS–PCPR</td><td>OPS</td><td>PCPR</td><td class=\"num\">0</td><td>yes</td>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_package_kernel_extension_loads_and_a_data_frame_shows_as_its_html_table()
    {
        var cells = runs.Cells("dataframe.ipynb");

        Assert.Contains(Outputs(cells[1]), o => Data(o, "text/plain").StartsWith("Loading extensions from `", StringComparison.Ordinal)
            && Data(o, "text/plain").EndsWith("/microsoft.data.analysis/0.23.1/interactive-extensions/dotnet/Microsoft.Data.Analysis.Interactive.dll`", StringComparison.Ordinal));
        string table = Data(Assert.Single(OutputsOfType(cells[2], "execute_result")), "text/html");
        Assert.StartsWith("<table id=\"table_", table, StringComparison.Ordinal);
        Assert.Contains("<th><i>index</i></th><th>institution</th><th>betweenness</th>", table, StringComparison.Ordinal);
        Assert.Contains("<td>&lt;img src=x onerror=alert(1)&gt;</td>", table, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", table, StringComparison.Ordinal);
        Assert.DoesNotContain("dni-treeview\">", table, StringComparison.Ordinal); // a table, not the default tree
        string filtered = Data(Assert.Single(OutputsOfType(cells[3], "display_data")), "text/html");
        Assert.Contains("<td>OPS Łoni&#243;w</td>", filtered, StringComparison.Ordinal);
        Assert.DoesNotContain("onerror", filtered, StringComparison.Ordinal);
    }

    [Fact]
    public void A_compile_error_stops_the_run_with_an_error_output_and_later_cells_get_no_outputs()
    {
        var cells = runs.Cells("compile-error.ipynb", failing: true);

        var error = Assert.Single(Outputs(cells[1]));
        Assert.Equal("error", (string?)error["output_type"]);
        Assert.Equal("CompilationError", (string?)error["ename"]);
        Assert.StartsWith("(1,14): error CS0029", (string?)error["evalue"], StringComparison.Ordinal);
        Assert.Empty(Outputs(cells[3]));
        Assert.Null((int?)cells[3]["execution_count"]);
    }

    [Fact]
    public void An_exception_keeps_the_console_output_before_it_and_names_its_type()
    {
        var cells = runs.Cells("runtime-error.ipynb", failing: true);

        Assert.Equal(["stream", "error"], Outputs(cells[0]).Select(o => (string?)o["output_type"]));
        Assert.Equal("System.InvalidOperationException", (string?)Outputs(cells[0])[1]["ename"]);
        Assert.StartsWith("System.InvalidOperationException: the data folder is empty", (string?)Outputs(cells[0])[1]["evalue"], StringComparison.Ordinal);
        Assert.Empty(Outputs(cells[1]));
    }

    [Fact]
    public void Display_with_mime_types_writes_only_those_and_only_csharp_cells_run()
    {
        var cells = runs.Cells("mixed.ipynb");

        var data = Assert.Single(Outputs(cells[0]))["data"]!.AsObject();
        Assert.Equal(["text/plain"], data.Select(p => p.Key));
        Assert.Equal("42", TextOf(data["text/plain"]));
        Assert.Empty(Outputs(cells[1])); // F#: no kernel for it here, copied as it is
        Assert.Null((int?)cells[1]["execution_count"]);
        Assert.Equal("after the F# cell", Data(Assert.Single(Outputs(cells[2])), "text/plain"));
        Assert.Equal(2, (int?)cells[2]["execution_count"]);
    }

    [Fact]
    public void Plotly_net_fails_in_the_kernel_as_in_the_real_tools_for_want_of_fsharp_core_10_1()
    {
        var cells = runs.Cells("plotly-net.ipynb", failing: true);

        Assert.Contains("Plotly.NET, 6.0.0", Data(Outputs(cells[1])[^1], "text/html"), StringComparison.Ordinal); // restored
        var error = Assert.Single(OutputsOfType(cells[2], "error"));
        Assert.Equal("System.IO.FileNotFoundException", (string?)error["ename"]);
        Assert.StartsWith(
            "System.IO.FileNotFoundException: Could not load file or assembly 'FSharp.Core, Version=10.1.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a'",
            (string?)error["evalue"], StringComparison.Ordinal);
    }

    [Fact]
    public void The_executed_notebook_keeps_ids_and_metadata_and_is_written_as_polyglot_notebooks_writes()
    {
        string written = File.ReadAllText(Path.Combine(runs.Output, "clean", "carries-state.ipynb"));

        Assert.StartsWith("{\n \"cells\": [\n  {\n   \"cell_type\": \"markdown\",\n   \"id\": \"4f0c2a8e\",", written, StringComparison.Ordinal);
        Assert.Contains("\"id\": \"c27a6f10\"", written, StringComparison.Ordinal);
        Assert.Contains("\"defaultKernelName\": \"csharp\"", written, StringComparison.Ordinal);
        Assert.Contains("\"nbformat\": 4", written, StringComparison.Ordinal);
        Assert.Contains("cześć", written, StringComparison.Ordinal); // not \u escaped
        Assert.DoesNotContain("\r\n", written, StringComparison.Ordinal);
        Assert.EndsWith("}\n", written, StringComparison.Ordinal);
    }
}
