using System.Text;
using CooperationGraph.IO;
using CooperationGraph.Reporting;
using CooperationGraph.Tables;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> the way the <c>analyze</c> command does: a folder of <c>gaps.json</c>,
/// <c>metrics.csv</c>, <c>profiles.csv</c> (ego-network measures), <c>report.html</c> (and <c>comparison.json</c>,
/// <c>over_time.csv</c>, <c>families.csv</c>, <c>family_pairs.csv</c>, <c>survey.csv</c>, <c>perceived_centrality.csv</c> when there is something to put in them, and
/// <c>results.xlsx</c> and <c>profiles/</c> when asked), and a results
/// workbook. The result is data; this writes it, through <see cref="OutputFolder"/>: the folder holds the whole new
/// result or, after any failure, cancellation or kill, the whole previous one; files of an earlier run that this one
/// does not write are removed, and files this library did not write are never touched.
/// </summary>
public static class ResultFolder
{
    private static readonly System.Text.UTF8Encoding Utf8 = new(false);

    /// <summary>
    /// Writes <c>gaps.json</c>, <c>metrics.csv</c>, <c>report.html</c>, with a comparison <c>comparison.json</c>, and
    /// with beneficiaries <c>families.csv</c> and <c>family_pairs.csv</c> (pseudonymised, small counts suppressed)
    /// into <paramref name="folder"/> (created if needed).
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="folder">The folder: new, empty, or holding an earlier result of this library.</param>
    /// <param name="report">How to write <c>report.html</c>; see <see cref="ReportOptions"/>.</param>
    /// <param name="cancellationToken">Cancels between files and inside the report's network layout; the folder is left as it was.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="OutputConflictException">The folder holds files this library did not write.</exception>
    public static IReadOnlyList<string> Save(AnalysisResult result, string folder, ReportOptions? report = null, CancellationToken cancellationToken = default) =>
        Save(result, folder, new ResultFolderOptions { Report = report ?? new ReportOptions() }, cancellationToken);

    /// <summary>Writes the result folder as <see cref="Save(AnalysisResult, string, ReportOptions?, CancellationToken)"/>,
    /// with the workbook when <see cref="ResultFolderOptions.Workbook"/> is set, and the output rules of
    /// <see cref="ResultFolderOptions.Output"/>.</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="options">Report, workbook and output settings.</param>
    /// <param name="cancellationToken">Cancels between files; the folder is left as it was.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="OutputConflictException">The folder overlaps an input or holds files this library did not write.</exception>
    public static IReadOnlyList<string> Save(AnalysisResult result, string folder, ResultFolderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(options);
        cancellationToken.ThrowIfCancellationRequested();
        using var output = OutputFolder.Begin(folder, options.Output);
        Write(output, string.Empty, result, options, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return output.Commit();
    }

    /// <summary>Writes the result's files into an open output under <paramref name="prefix"/> (empty, or ending in <c>/</c>).</summary>
    internal static void Write(OutputFolder output, string prefix, AnalysisResult result, ResultFolderOptions options, CancellationToken cancellationToken)
    {
        void Write(string name, string text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            output.WriteText(prefix + name, text);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var gaps = File.Create(output.PathOf(prefix + "gaps.json")))
        {
            ResultJson.Write(result, gaps);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var metrics = new StreamWriter(output.PathOf(prefix + "metrics.csv"), false, Utf8))
        {
            FrameWriter.WriteCsv(result.ToDataFrame(), metrics);
        }

        cancellationToken.ThrowIfCancellationRequested();
        using (var profiles = new StreamWriter(output.PathOf(prefix + "profiles.csv"), false, Utf8))
        {
            // In pieces, as metrics.csv: the national table (34 005 rows) was one 10 MB string.
            FrameWriter.WriteCsv(result.Ego.ToProfileFrame(result.Centrality), profiles);
        }
        if (result.WindowComparison is not null)
        {
            Write("comparison.json", ResultJson.ToJson(result.WindowComparison));
        }

        if (result.OverTime is { } overTime)
        {
            Write("over_time.csv", FrameWriter.ToCsv(overTime.ToDataFrame()));
        }

        if (result.Families is { } families)
        {
            Write("families.csv", FrameWriter.ToCsv(families.PerFamily.ToDataFrame()));
            Write("family_pairs.csv", FrameWriter.ToCsv(families.SharedFamilies.ToDataFrame()));
        }

        if (result.PerceivedCooperation is { } survey)
        {
            Write("survey.csv", FrameWriter.ToCsv(survey.ToDataFrame()));
        }

        if (result.PerceivedCentrality is { } perceived)
        {
            Write(PerceivedCentralitySection.CsvFile, FrameWriter.ToCsv(perceived.ToDataFrame()));
        }

        var reportOptions = options.Report;
        var body = HtmlReport.Body(result, reportOptions, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        bool beside = reportOptions is { Plotly: PlotlyScript.Inline, SharedAssets: null }
            && Utf8Bytes(body) + ReportAssets.InlineBytes > reportOptions.MaxPageBytes;
        if (beside)
        {
            // Too large for one page: plotly.js, the styles and the table script go beside it, written once.
            reportOptions = reportOptions with { SharedAssets = string.Empty };
            ReportAssets.Write(output, true, prefix);
        }

        using (var page = new StreamWriter(output.PathOf(prefix + "report.html"), false, Utf8))
        {
            // Streamed: plotly.js (4.8 MB) and the body go to the file as they are, never copied into one page text.
            HtmlReport.WritePage(page, result, body, reportOptions, beside);
        }

        if (options.Profiles)
        {
            // One copy of plotly.js: the report's when it went beside the report, else the profiles' own.
            cancellationToken.ThrowIfCancellationRequested();
            ProfilePages.Write(output, prefix + "profiles/", result, options.Report, reportOptions.SharedAssets is { } shared ? "../" + shared : null, reportBeside: true, cancellationToken);
        }

        if (options.Workbook)
        {
            cancellationToken.ThrowIfCancellationRequested();
            DatasetWriter.SaveWorkbook(WorkbookSheets(result), output.PathOf(prefix + "results.xlsx"));
        }
    }

    private static long Utf8Bytes(StringBuilder text)
    {
        long bytes = 0;
        foreach (var chunk in text.GetChunks())
        {
            bytes += Utf8.GetByteCount(chunk.Span);
        }

        return bytes;
    }

    /// <summary>
    /// Writes the results as an <c>.xlsx</c> workbook a gmina office opens directly: sheets <c>metrics</c> (one row per
    /// institution), <c>gaps</c> (the headline numbers and lists), <c>links</c> (required links and how they are
    /// realised), <c>mixing</c> (sector × sector ties), <c>families</c> and <c>family_pairs</c> when there are
    /// beneficiaries, <c>suggestions</c>, and with a partner survey <c>survey</c> (as <c>survey.csv</c>) and
    /// <c>perceived_centrality</c> (as <c>perceived_centrality.csv</c>). Text stays text; numbers are numbers.
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="path">The <c>.xlsx</c> file; replaced whole, by rename, if it exists.</param>
    public static void SaveWorkbook(AnalysisResult result, string path) => DatasetWriter.SaveWorkbook(WorkbookSheets(result), path);

    private static List<TableData> WorkbookSheets(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var gaps = result.Gaps;
        var sheets = new List<TableData>
        {
            Sheet("metrics", result.ToDataFrame()),
            SummarySheet.For(result),
            Sheet("links", LinksTable.For(gaps, "institution pairs")),
            Sheet("mixing", result.Mixing.ToDataFrame()),
        };
        if (result.Families is { } families)
        {
            sheets.Add(Sheet("families", families.PerFamily.ToDataFrame()));
            sheets.Add(Sheet("family_pairs", families.SharedFamilies.ToDataFrame()));
        }

        sheets.Add(Sheet("suggestions", gaps.SuggestedTies.ToDataFrame()));
        if (result.PerceivedCooperation is { } survey)
        {
            sheets.Add(Sheet("survey", survey.ToDataFrame()));
        }

        if (result.PerceivedCentrality is { } perceived)
        {
            sheets.Add(Sheet("perceived_centrality", perceived.ToDataFrame()));
        }

        return sheets;
    }

    /// <summary>A sheet of a workbook for people: its name and column names in the reader's language, rounding noise as 0.</summary>
    internal static TableData Sheet(string name, Microsoft.Data.Analysis.DataFrame frame) =>
        FrameWriter.ToTableData(Words.Get("Sheet_" + name), FrameWords.InColumns(frame), readable: true);
}
