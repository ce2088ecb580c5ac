using System.Reflection;
using Microsoft.AspNetCore.Html;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.DotNet.Interactive.Formatting;

namespace CooperationGraph.Notebooks;

/// <summary>
/// One notebook's C# state, as in the .NET Interactive C# kernel: the first cell through <c>CSharpScript</c>, every
/// later one through <see cref="ScriptState.ContinueWithAsync(string, ScriptOptions, Func{Exception, bool}, CancellationToken)"/>,
/// so variables, types and usings carry from cell to cell. The kernel's options: C# 12, its six default imports, and
/// references to the core libraries, the formatter and the globals; a <c>#r "nuget: CooperationGraph"</c> adds the
/// package's assemblies to the options for that cell and the later ones, as the kernel does with a restored package.
/// </summary>
internal sealed class ScriptSession
{
    /// <summary>The kernel's language version (<c>LanguageVersion.CSharp12</c> in its <c>CSharpKernel</c>).</summary>
    public const Microsoft.CodeAnalysis.CSharp.LanguageVersion LanguageVersion = Microsoft.CodeAnalysis.CSharp.LanguageVersion.CSharp12;

    /// <summary>
    /// The kernel's default imports. Not <c>System.IO</c>, not <c>System.Globalization</c>: a notebook that uses
    /// <c>File</c> or <c>CultureInfo</c> needs its own <c>using</c>, in the kernel as here.
    /// </summary>
    public static readonly IReadOnlyList<string> DefaultImports =
        ["System", "System.Text", "System.Collections", "System.Collections.Generic", "System.Threading.Tasks", "System.Linq"];

    // Script.HasReturnValue() is internal; the kernel reads it the same way to tell "ends in an expression" from
    // "returned null".
    private static readonly MethodInfo? HasReturnValueMethod =
        typeof(Script).GetMethod("HasReturnValue", BindingFlags.Instance | BindingFlags.NonPublic);

    private readonly NotebookGlobals globals;
    private readonly string baseDirectory;
    private bool packageAdded;
    private ScriptOptions options;
    private ScriptState<object>? state;

    public ScriptSession(string baseDirectory, NotebookGlobals globals)
    {
        this.globals = globals;
        this.baseDirectory = baseDirectory;
        options = ScriptOptions.Default
            .WithLanguageVersion(LanguageVersion)
            .AddImports(DefaultImports)
            .AddReferences(
                typeof(Enumerable).Assembly,
                typeof(IEnumerable<>).Assembly,
                typeof(Task<>).Assembly,
                typeof(NotebookGlobals).Assembly,
                typeof(Formatter).Assembly,
                typeof(IHtmlContent).Assembly)
            .WithMetadataResolver(new PackageAwareMetadataResolver(baseDirectory, ProvidedPackage.AssemblyNames))
            .WithSourceResolver(new SourceFileResolver([], baseDirectory));
    }

    /// <summary>Adds the provided package's assemblies for this and later cells (what a resolved <c>#r "nuget:"</c> does).</summary>
    public void AddPackage()
    {
        if (!packageAdded)
        {
            packageAdded = true;
            options = options
                .AddReferences(ProvidedPackage.AssemblyPaths.Select(path => MetadataReference.CreateFromFile(path)))
                .WithMetadataResolver(new PackageAwareMetadataResolver(baseDirectory, []));
        }
    }

    public async Task<ScriptOutcome> RunAsync(string code, CancellationToken cancellationToken)
    {
        try
        {
            state = state is null
                ? await CSharpScript.Create(code, options, typeof(NotebookGlobals))
                    .RunAsync(globals, _ => true, cancellationToken).ConfigureAwait(false)
                : await state.ContinueWithAsync(code, options, _ => true, cancellationToken).ConfigureAwait(false);
        }
        catch (CompilationErrorException e)
        {
            return ScriptOutcome.NotCompiled([.. e.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)]);
        }

        if (state.Exception is { } exception)
        {
            return ScriptOutcome.Threw(exception);
        }

        bool hasValue = HasReturnValueMethod?.Invoke(state.Script, null) is bool b ? b : state.ReturnValue is not null;
        return hasValue ? ScriptOutcome.WithValue(state.ReturnValue) : ScriptOutcome.NoValue;
    }
}
