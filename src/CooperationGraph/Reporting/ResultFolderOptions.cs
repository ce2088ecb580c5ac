namespace CooperationGraph;

/// <summary>What <see cref="ResultFolder.Save(AnalysisResult, string, ResultFolderOptions, CancellationToken)"/> writes and how.</summary>
public sealed record ResultFolderOptions
{
    /// <summary>How to write <c>report.html</c>.</summary>
    public ReportOptions Report { get; init; } = new();

    /// <summary>Also write <c>results.xlsx</c> (the workbook of <see cref="ResultFolder.SaveWorkbook"/>). Off by default.</summary>
    public bool Workbook { get; init; }

    /// <summary>Also write <c>profiles/</c>: one page per institution and <c>profiles/index.html</c>
    /// (<see cref="ProfilePages"/>), sharing one copy of plotly.js with the report. Off by default.</summary>
    public bool Profiles { get; init; }

    /// <summary>Inputs the folder must not overlap, and whether it may hold files this library did not write.</summary>
    public OutputOptions Output { get; init; } = new();
}
