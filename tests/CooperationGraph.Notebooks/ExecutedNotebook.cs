using Microsoft.DotNet.Interactive.Documents;

namespace CooperationGraph.Notebooks;

/// <summary>A notebook after a run: the executed document (outputs filled in) and what happened to every cell.</summary>
public sealed class ExecutedNotebook
{
    internal ExecutedNotebook(string notebookPath, InteractiveDocument document, IReadOnlyList<CellResult> cells)
    {
        NotebookPath = notebookPath;
        Document = document;
        Cells = cells;
    }

    /// <summary>The notebook that ran, as given.</summary>
    public string NotebookPath { get; }

    /// <summary>The executed notebook: the input with outputs and execution counts of the cells that ran.</summary>
    public InteractiveDocument Document { get; }

    /// <summary>Every cell, in order.</summary>
    public IReadOnlyList<CellResult> Cells { get; }

    /// <summary>The first cell that failed, or <see langword="null"/>.</summary>
    public CellResult? FirstFailure => Cells.FirstOrDefault(c => c.Outcome == CellOutcome.Failed);

    /// <summary>Whether every C# cell ran without error.</summary>
    public bool Succeeded => FirstFailure is null;

    /// <summary>The executed notebook as <c>.ipynb</c> text, as .NET Interactive writes it.</summary>
    public string ToJson() => NotebookFile.ToJson(Document);

    /// <summary>Writes <see cref="ToJson"/> to a file, UTF-8 without BOM.</summary>
    public void Save(string path) => NotebookFile.Save(Document, path);
}
