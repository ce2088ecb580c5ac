using Microsoft.AspNetCore.Html;

namespace CooperationGraph.Notebooks;

/// <summary>
/// What a C# cell sees besides its own code, as the kernel's <c>using static Microsoft.DotNet.Interactive.Kernel</c>
/// gives it: <see cref="display"/> and <see cref="HTML"/>. Only these two: the runner is for notebooks that show
/// tables and charts, not for the kernel's other helpers (<c>Javascript</c>, <c>input</c>, <c>#!set</c>…).
/// </summary>
#pragma warning disable CA1822, IDE1006 // the kernel's names, instance members of the script's globals
public sealed class NotebookGlobals
{
    private CellOutputs? outputs;

    internal NotebookGlobals()
    {
    }

    /// <summary>
    /// Shows a value below the cell (a <c>display_data</c> output), formatted in <paramref name="mimeTypes"/> or, with
    /// none given, as a returned value is. Unlike the kernel's, returns nothing (no updatable display).
    /// </summary>
    public void display(object? value, params string[] mimeTypes) =>
        (outputs ?? throw new InvalidOperationException("display() works only while a cell runs."))
            .AddDisplay(value, mimeTypes ?? []);

    /// <summary>A value that shows as this HTML, unescaped.</summary>
    public IHtmlContent HTML(string content) => new HtmlString(content);

    internal void BeginCell(CellOutputs cellOutputs) => outputs = cellOutputs;

    internal void EndCell() => outputs = null;
}
#pragma warning restore CA1822, IDE1006
