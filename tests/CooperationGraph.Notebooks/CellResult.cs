using System.Text.Json.Nodes;

namespace CooperationGraph.Notebooks;

/// <summary>One cell of an executed notebook: its position, kind, outcome and outputs.</summary>
public sealed class CellResult
{
    internal CellResult(int number, string kind, string? language, CellOutcome outcome, int? executionCount, string? error, JsonArray? outputs)
    {
        Number = number;
        Kind = kind;
        Language = language;
        Outcome = outcome;
        ExecutionCount = executionCount;
        Error = error;
        Outputs = outputs?.Select(o => (JsonObject)o!).ToArray() ?? [];
    }

    /// <summary>The cell's position in the notebook, from 1, counting every cell (markdown too).</summary>
    public int Number { get; }

    /// <summary>The nbformat cell type: <c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public string Kind { get; }

    /// <summary>The kernel a code cell belongs to (<c>csharp</c>, <c>fsharp</c>…), or <see langword="null"/>.</summary>
    public string? Language { get; }

    /// <summary>What happened to the cell.</summary>
    public CellOutcome Outcome { get; }

    /// <summary>The execution count written to the cell; <see langword="null"/> when it did not run.</summary>
    public int? ExecutionCount { get; }

    /// <summary>For a failed cell, its first error (a compiler diagnostic or <c>Type: message</c>); otherwise <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>The outputs written to the cell (<c>stream</c>, <c>display_data</c>, <c>execute_result</c>, <c>error</c>).</summary>
    public IReadOnlyList<JsonObject> Outputs { get; }

    /// <inheritdoc/>
    public override string ToString() => Error is null ? $"cell {Number}: {Outcome}" : $"cell {Number}: {Outcome}: {Error}";
}
