using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// One front door: everything public is in the namespace <c>CooperationGraph</c>, so that a notebook or an app needs
/// one <c>using CooperationGraph;</c>, and no public property is named like a namespace (which made users write
/// <c>result.Families.Families</c> and the code write <c>Gaps.Mrqap.Fit</c> defensively).
/// </summary>
public partial class PublicSurfaceTests
{
    private static readonly Assembly Library = typeof(CooperationAnalysis).Assembly;

    private static readonly string Notebooks = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "notebooks");

    [Fact]
    public void Every_public_type_is_in_the_root_namespace()
    {
        var outside = Library.GetExportedTypes().Where(t => t.Namespace != "CooperationGraph").Select(t => t.FullName).ToList();

        Assert.True(outside.Count == 0, string.Join("\n", outside));
        Assert.Contains(typeof(CooperationAnalysis), Library.GetExportedTypes());
    }

    [Fact]
    public void No_public_property_is_named_like_a_segment_of_a_public_namespace()
    {
        var segments = Library.GetExportedTypes().Select(t => t.Namespace!).Distinct()
            .SelectMany(n => n.Split('.')).ToHashSet(StringComparer.Ordinal);
        var clashes = Library.GetExportedTypes()
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Where(p => segments.Contains(p.Name))
            .Select(p => $"{p.DeclaringType!.Name}.{p.Name}")
            .ToList();

        Assert.True(clashes.Count == 0, string.Join("\n", clashes));
    }

    [Fact]
    public void The_check_would_see_a_property_named_like_a_namespace()
    {
        // The names that clashed before the namespaces were joined: they are still properties, and would clash again
        // if a public namespace of that name came back.
        var names = typeof(AnalysisResult).GetProperties().Select(p => p.Name).ToList();

        Assert.Contains("Gaps", names);
        Assert.Contains("Centrality", names);
        Assert.Contains("Families", names);
    }

    public static TheoryData<string> NotebookFiles() =>
        [.. Directory.GetFiles(Notebooks, "*.ipynb").Concat(Directory.GetFiles(Notebooks, "*.cs")).Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(NotebookFiles))]
    public void A_notebook_and_its_twin_need_one_using_of_the_library(string file)
    {
        string code = Code(Path.Combine(Notebooks, file));
        var usings = Using().Matches(code).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();
        var library = usings.Where(u => u.StartsWith("CooperationGraph", StringComparison.Ordinal)).ToList();
        var others = usings.Where(u => !u.StartsWith("CooperationGraph", StringComparison.Ordinal)
            && !u.StartsWith("System", StringComparison.Ordinal) && u != "Microsoft.Data.Analysis").ToList();

        Assert.Equal(["CooperationGraph"], library);
        Assert.True(others.Count == 0, string.Join(", ", others));
        Assert.DoesNotMatch(@"\bCooperationGraph\.[A-Z]\w*\.", code);
    }

    /// <summary>The C# of a notebook's code cells, or of a twin.</summary>
    private static string Code(string path)
    {
        if (!path.EndsWith(".ipynb", StringComparison.Ordinal))
        {
            return File.ReadAllText(path);
        }

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return string.Join("\n", json.RootElement.GetProperty("cells").EnumerateArray()
            .Where(c => c.GetProperty("cell_type").GetString() == "code")
            .Select(c => string.Concat(c.GetProperty("source").EnumerateArray().Select(l => l.GetString()))));
    }

    [GeneratedRegex(@"^\s*using\s+(?!static\b)(?!var\b)([A-Za-z][\w.]*)\s*;", RegexOptions.Multiline)]
    private static partial Regex Using();
}
