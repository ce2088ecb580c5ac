namespace CooperationGraph.Model;

/// <summary>One thing wrong with a dataset, located as an editor shows it (header = line 1).</summary>
/// <param name="File">The file (or <c>workbook.xlsx[sheet]</c>) the problem is in.</param>
/// <param name="Line">The 1-based line (or sheet row), or <see langword="null"/> when it concerns the whole file.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
public sealed record DatasetProblem(string File, int? Line, string Message)
{
    /// <summary><c>file:line: message</c>, or <c>file: message</c>.</summary>
    public override string ToString() => Line is { } line ? $"{File}:{line}: {Message}" : $"{File}: {Message}";
}
