namespace CooperationGraph.IO;

/// <summary>One record of a table as text, with the line (or sheet row) it starts on.</summary>
internal readonly record struct RawRow(int Line, string[] Fields);

/// <summary>A table as read from a CSV file or a workbook sheet, before any field is interpreted.</summary>
/// <param name="Label">How problems name the source: a path, or <c>book.xlsx[sheet]</c>.</param>
/// <param name="HeaderLine">The line of the header record.</param>
/// <param name="Header">Column names as written.</param>
/// <param name="Rows">Data records in order; blank records already left out.</param>
internal sealed record RawTable(string Label, int HeaderLine, string[] Header, List<RawRow> Rows);
