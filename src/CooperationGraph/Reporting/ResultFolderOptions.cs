namespace CooperationGraph;

/// <summary>What <see cref="ResultFolder.Save(AnalysisResult, string, ResultFolderOptions, CancellationToken)"/> writes and how.</summary>
public sealed record ResultFolderOptions
{
    /// <summary>How to write <c>report.html</c>.</summary>
    public ReportOptions Report { get; init; } = new();

    /// <summary>Also write <c>results.xlsx</c> (the workbook of <see cref="ResultFolder.SaveWorkbook"/>). Off by default.</summary>
    public bool Workbook { get; init; }

    /// <summary>Inputs the folder must not overlap, and whether it may hold files this library did not write.</summary>
    public OutputOptions Output { get; init; } = new();
}
