namespace CooperationGraph.Tests.Architecture;

/// <summary>Every C# block in README.md compiles as it stands (see <see cref="ReadmeSnippets"/> for fragments).</summary>
public class ReadmeSnippetTests
{
    public static TheoryData<int> Lines()
    {
        var lines = new TheoryData<int>();
        foreach (var snippet in ReadmeSnippets.Parse(File.ReadAllText(ReadmeSnippets.ReadmePath())))
        {
            lines.Add(snippet.Line);
        }

        return lines;
    }

    [Theory]
    [MemberData(nameof(Lines))]
    public void The_csharp_block_at_this_README_line_compiles(int line)
    {
        var snippet = ReadmeSnippets.Parse(File.ReadAllText(ReadmeSnippets.ReadmePath())).Single(s => s.Line == line);

        var errors = ReadmeSnippets.Errors(snippet);

        Assert.True(errors.Count == 0, $"README.md line {line}: the ```csharp block does not compile:\n" + string.Join("\n", errors));
    }

    [Fact]
    public void README_has_csharp_blocks_programs_and_fragments()
    {
        var snippets = ReadmeSnippets.Parse(File.ReadAllText(ReadmeSnippets.ReadmePath()));

        Assert.Contains(snippets, s => !s.IsFragment);
        Assert.Contains(snippets, s => s.IsFragment);
    }

    [Fact]
    public void A_block_that_does_not_compile_is_reported_at_its_README_line()
    {
        var snippets = ReadmeSnippets.Parse("Text\n\n```csharp\nusing CooperationGraph.Nowhere;\n\nConsole.WriteLine(1);\n```\n");

        var errors = ReadmeSnippets.Errors(Assert.Single(snippets));

        Assert.Contains(errors, e => e.StartsWith("README.md(4,", StringComparison.Ordinal) && e.Contains("CS0234", StringComparison.Ordinal));
    }

    [Fact]
    public void A_program_gets_only_the_console_apps_implied_usings()
    {
        var snippets = ReadmeSnippets.Parse("```csharp\nvar names = new List<string> { \"a\" }.Select(n => Path.GetFileName(n)).ToList();\nvar network = CooperationNetwork.Empty;\n```\n");

        var errors = ReadmeSnippets.Errors(Assert.Single(snippets));

        string error = Assert.Single(errors);
        Assert.Contains("CS0103", error, StringComparison.Ordinal);
        Assert.Contains("'CooperationNetwork'", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_fragment_compiles_with_its_givens_and_may_end_in_an_expression()
    {
        const string Markdown = """
            <!-- snippet: fragment, given: using Microsoft.Data.Analysis; DataFrame frame = new(); -->
            ```csharp
            var rows = frame.Rows.Count;
            frame.Head(rows > 3 ? 3 : 1)
            ```

            <!-- snippet: fragment -->
            ```csharp
            frame.Head(1)
            ```
            """;
        var snippets = ReadmeSnippets.Parse(Markdown);

        Assert.Equal(2, snippets.Count);
        Assert.All(snippets, s => Assert.True(s.IsFragment));
        Assert.Empty(ReadmeSnippets.Errors(snippets[0]));
        Assert.Contains(ReadmeSnippets.Errors(snippets[1]), e => e.StartsWith("README.md(9,", StringComparison.Ordinal) && e.Contains("CS0103", StringComparison.Ordinal));
    }
}
