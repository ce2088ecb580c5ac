using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// The <c>```csharp</c> blocks of the repository's README.md, compiled with Roslyn as a reader would run them.
/// <para>
/// A block is a complete console program with top-level statements: it names its own <c>using</c>s; only a console
/// app's <c>System</c>, <c>System.Collections.Generic</c>, <c>System.IO</c> and <c>System.Linq</c> come implied. A
/// block that continues an earlier step (it uses a <c>network</c> or a <c>result</c> it does not make) is a fragment:
/// the line just above its fence says so, in a comment the rendered README hides, and gives what the fragment assumes
/// as C# written out in full:
/// <c>&lt;!-- snippet: fragment, given: using CooperationGraph.Analysis; AnalysisResult result = null!; --&gt;</c>.
/// A fragment compiles as a script (the givens, then the block), so its last line may be an expression without a
/// semicolon, shown as a notebook shows it.
/// </para>
/// <para>
/// References: the runtime's and the test run's trusted platform assemblies (the library, the bridge, the tool and the
/// packages they use, Microsoft.Data.Analysis, QuikGraph, Plotly.NET, FSharp.Core…).
/// </para>
/// </summary>
internal static partial class ReadmeSnippets
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> References = new(Load);

    /// <summary>One block: the README line of its opening fence, the givens of a fragment (null for a program), its code.</summary>
    public sealed record Snippet(int Line, string? Given, string Code)
    {
        public bool IsFragment => Given is not null;
    }

    public static string ReadmePath()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "CooperationGraph.sln")))
            {
                return Path.Combine(folder.FullName, "README.md");
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds CooperationGraph.sln.");
    }

    /// <summary>The <c>```csharp</c> blocks of a markdown text, in order.</summary>
    public static IReadOnlyList<Snippet> Parse(string markdown)
    {
        string[] lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var found = new List<Snippet>();
        for (int i = 0; i < lines.Length; i++)
        {
            if (lines[i].Trim() != "```csharp")
            {
                continue;
            }

            int start = i;
            var code = new List<string>();
            for (i++; i < lines.Length && lines[i].Trim() != "```"; i++)
            {
                code.Add(lines[i]);
            }

            found.Add(new Snippet(start + 1, Given(lines, start), string.Join("\n", code)));
        }

        return found;
    }

    /// <summary>The compiler's errors for a block, each with its README line (the file named <c>README.md</c>).</summary>
    public static IReadOnlyList<string> Errors(Snippet snippet)
    {
        var script = snippet.IsFragment;
        var parse = CSharpParseOptions.Default
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithKind(script ? SourceCodeKind.Script : SourceCodeKind.Regular);
        string text = (script ? snippet.Given + "\n" : string.Empty) + $"#line {snippet.Line + 1} \"README.md\"\n" + snippet.Code + "\n";
        var tree = CSharpSyntaxTree.ParseText(text, parse, path: "snippet.cs");
        string[] implied = ["System", "System.Collections.Generic", "System.IO", "System.Linq"];
        var options = new CSharpCompilationOptions(
            script ? OutputKind.DynamicallyLinkedLibrary : OutputKind.ConsoleApplication,
            nullableContextOptions: NullableContextOptions.Enable);

        var compilation = script
            ? CSharpCompilation.CreateScriptCompilation("snippet", tree, References.Value, options.WithUsings(implied))
            : CSharpCompilation.Create(
                "snippet",
                [tree, CSharpSyntaxTree.ParseText(string.Concat(implied.Select(u => $"global using {u};\n")), parse, path: "implied.cs")],
                References.Value,
                options);

        return compilation.GetDiagnostics()
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }

    private static string? Given(string[] lines, int fence)
    {
        int above = fence - 1;
        while (above >= 0 && lines[above].Trim().Length == 0)
        {
            above--;
        }

        var marker = above >= 0 ? FragmentMarker().Match(lines[above].Trim()) : Match.Empty;
        return marker.Success ? marker.Groups["given"].Value.Trim() : null;
    }

    private static IReadOnlyList<MetadataReference> Load()
    {
        string trusted = (string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!;
        var paths = trusted.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Concat(new[] { "CooperationGraph", "CooperationGraph.PlotlyNet", "Microsoft.Data.Analysis" }.Select(n => Assembly.Load(new AssemblyName(n)).Location))
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .DistinctBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase);
        return paths.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToList();
    }

    [GeneratedRegex(@"^<!--\s*snippet:\s*fragment\s*(,\s*given:(?<given>.*?))?-->$")]
    private static partial Regex FragmentMarker();
}
