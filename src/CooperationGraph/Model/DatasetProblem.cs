namespace CooperationGraph;

/// <summary>One thing wrong with a dataset, located as an editor shows it (header = line 1).</summary>
/// <param name="File">The file (or <c>workbook.xlsx[sheet]</c>) the problem is in.</param>
/// <param name="Line">The 1-based line (or sheet row), or <see langword="null"/> when it concerns the whole file.</param>
/// <param name="Message">What is wrong, naming the offending value.</param>
/// <param name="IsWarning">Only a warning: the dataset is read anyway (an unknown column that is ignored).</param>
public sealed record DatasetProblem(string File, int? Line, string Message, bool IsWarning = false)
{
    /// <summary><c>file:line: message</c>, or <c>file: message</c>; a warning says so (<c>file:1: warning: …</c>).</summary>
    public override string ToString()
    {
        string message = IsWarning ? Messages.Get("WarningPrefix") + Message : Message;
        return Line is { } line ? $"{File}:{line}: {message}" : $"{File}: {message}";
    }
}
