using Microsoft.DotNet.Interactive.Documents;

namespace CooperationGraph.Notebooks;

/// <summary>One cell of an executed notebook: its position, kernel, outcome and outputs.</summary>
public sealed class CellResult
{
    internal CellResult(int number, string? kernel, CellOutcome outcome, int? executionCount, string? error, IReadOnlyList<InteractiveDocumentOutputElement> outputs)
    {
        Number = number;
        Kernel = kernel;
        Outcome = outcome;
        ExecutionCount = executionCount;
        Error = error;
        Outputs = outputs;
    }

    /// <summary>The cell's position in the notebook, from 1, counting every cell (markdown too).</summary>
    public int Number { get; }

    /// <summary>The kernel the cell belongs to as .NET Interactive reads it (<c>csharp</c>, <c>fsharp</c>, <c>markdown</c>…).</summary>
    public string? Kernel { get; }

    /// <summary>What happened to the cell.</summary>
    public CellOutcome Outcome { get; }

    /// <summary>The execution count written to the cell; <see langword="null"/> when it did not run.</summary>
    public int? ExecutionCount { get; }

    /// <summary>For a failed cell, the first line of its first error; otherwise <see langword="null"/>.</summary>
    public string? Error { get; }

    /// <summary>The outputs written to the cell.</summary>
    public IReadOnlyList<InteractiveDocumentOutputElement> Outputs { get; }

    /// <inheritdoc/>
    public override string ToString() => Error is null ? $"cell {Number}: {Outcome}" : $"cell {Number}: {Outcome}: {Error}";
}
