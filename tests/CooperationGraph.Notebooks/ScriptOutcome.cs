using Microsoft.CodeAnalysis;

namespace CooperationGraph.Notebooks;

/// <summary>How a cell's code ended: with or without a value, not compiling, or throwing.</summary>
internal sealed record ScriptOutcome(bool HasValue, object? Value, IReadOnlyList<Diagnostic> CompilationErrors, Exception? Exception)
{
    public static ScriptOutcome NoValue { get; } = new(false, null, [], null);

    public static ScriptOutcome WithValue(object? value) => new(true, value, [], null);

    public static ScriptOutcome NotCompiled(IReadOnlyList<Diagnostic> errors) => new(false, null, errors, null);

    public static ScriptOutcome Threw(Exception exception) => new(false, null, [], exception);
}
