using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace CooperationGraph.Notebooks;

/// <summary>
/// Takes the .NET Interactive directives out of a C# cell before Roslyn sees it, as the kernel does:
/// <c>#r "nuget: Name, Version"</c> (Roslyn: CS0006), <c>#i "nuget: SOURCE"</c> (CS1024) and the kernel selector
/// <c>#!csharp</c>; a <c>#r "file.dll"</c> is moved to the top of the cell (anywhere else Roslyn says CS7009), followed
/// by <c>#line 1</c> so that compiler positions stay the cell's own. Directives are found in the syntax tree, so a
/// <c>#r</c> inside a string or a comment is left alone.
/// </summary>
internal static class CellDirectives
{
    private const string NuGetPrefix = "nuget:";

    private static readonly CSharpParseOptions ParseOptions = new(ScriptSession.LanguageVersion, kind: SourceCodeKind.Script);

    public static PreparedCell Prepare(string source)
    {
        var tree = CSharpSyntaxTree.ParseText(source, ParseOptions);
        var packages = new List<PackageRequest>();
        var sources = new List<string>();
        var hoisted = new List<string>();
        var removed = new List<TextSpanToRemove>();
        string? error = null;

        foreach (var trivia in tree.GetRoot().DescendantTrivia(descendIntoTrivia: true).Where(t => t.IsDirective))
        {
            int line = trivia.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
            string text = source.Substring(trivia.Span.Start, trivia.Span.Length).Trim();
            string? problem = null;
            switch (trivia.GetStructure())
            {
                case ReferenceDirectiveTriviaSyntax reference when reference.File.ValueText.TrimStart().StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase):
                    problem = AddPackage(reference.File.ValueText.TrimStart()[NuGetPrefix.Length..], line, packages);
                    break;
                case ReferenceDirectiveTriviaSyntax reference:
                    hoisted.Add($"#r {reference.File.Text}");
                    break;
                case ShebangDirectiveTriviaSyntax when IsCSharpSelector(text):
                    break;
                case ShebangDirectiveTriviaSyntax:
                    problem = $"line {line}: the magic command '{text}' is not supported by the notebook runner (only C# code and #r/#i directives are).";
                    break;
                case BadDirectiveTriviaSyntax when text.StartsWith("#i", StringComparison.Ordinal):
                    problem = AddSource(text[2..].Trim(), line, sources);
                    break;
                default:
                    continue; // #if, #nullable, #pragma…: Roslyn's own
            }

            error ??= problem;
            removed.Add(new TextSpanToRemove(trivia.Span.Start, trivia.Span.Length));
        }

        var code = new StringBuilder(source);
        foreach (var span in removed.OrderByDescending(s => s.Start))
        {
            code.Remove(span.Start, span.Length);
        }

        if (hoisted.Count > 0)
        {
            code.Insert(0, string.Join('\n', hoisted) + "\n#line 1\n");
        }

        return new PreparedCell(code.ToString(), packages, sources, error);
    }

    private static bool IsCSharpSelector(string text) =>
        text is "#!csharp" or "#!c#" or "#!C#";

    private static string? AddPackage(string reference, int line, List<PackageRequest> packages)
    {
        var parts = reference.Split(',', StringSplitOptions.TrimEntries);
        if (parts.Length > 2 || parts[0].Length == 0)
        {
            return $"line {line}: '#r \"nuget:{reference}\"' is not a package reference; write #r \"nuget: Name, Version\".";
        }

        packages.Add(new PackageRequest(parts[0], parts.Length == 2 && parts[1].Length > 0 ? parts[1] : null, line));
        return null;
    }

    private static string? AddSource(string argument, int line, List<string> sources)
    {
        string value = argument.Length >= 2 && argument[0] == '"' && argument[^1] == '"' ? argument[1..^1] : argument;
        if (!value.StartsWith(NuGetPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return $"line {line}: '#i {argument}' is not supported; the runner accepts only #i \"nuget: SOURCE\".";
        }

        sources.Add(value[NuGetPrefix.Length..].Trim());
        return null;
    }

    private readonly record struct TextSpanToRemove(int Start, int Length);
}
