namespace CooperationGraph.IO;

/// <summary>One sheet of a template workbook: what it holds and how its empty rows help the person filling it in.</summary>
/// <param name="Name">The sheet's name.</param>
/// <param name="Header">The header row (bold, frozen); empty for a sheet without one.</param>
/// <param name="Rows">The rows below it: strings as text cells, <see cref="DateOnly"/> as date cells, numbers as numbers.</param>
/// <param name="DateColumns">Zero-based columns formatted as dates all the way down.</param>
/// <param name="Lists">Zero-based columns with a drop-down list, and the range (a formula) that lists their values.</param>
internal sealed record TemplateSheet(string Name, string[] Header, List<object?[]> Rows, int[] DateColumns, List<(int Column, string Range)> Lists)
{
    /// <summary>Hidden from the person filling in (the sheet of allowed values).</summary>
    public bool Hidden { get; init; }

    /// <summary>The first column is bold (the sheet names on the instructions sheet).</summary>
    public bool BoldFirstColumn { get; init; }
}
