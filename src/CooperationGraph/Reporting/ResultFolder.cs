using System.Text;
using CooperationGraph.Analysis;
using CooperationGraph.Exchange;
using CooperationGraph.IO;

namespace CooperationGraph.Reporting;

/// <summary>
/// Writes an <see cref="AnalysisResult"/> the way the <c>analyze</c> command does: a folder of <c>gaps.json</c>,
/// <c>metrics.csv</c>, <c>report.html</c> (and <c>comparison.json</c>, <c>families.csv</c>, <c>family_pairs.csv</c>
/// when there is something to put in them), and a results workbook. The result is data; this writes it.
/// </summary>
public static class ResultFolder
{
    /// <summary>
    /// Writes <c>gaps.json</c>, <c>metrics.csv</c>, <c>report.html</c>, with a comparison <c>comparison.json</c>, and
    /// with beneficiaries <c>families.csv</c> and <c>family_pairs.csv</c> (pseudonymised, small counts suppressed)
    /// into <paramref name="folder"/> (created if needed).
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="report">How to write <c>report.html</c>; see <see cref="ReportOptions"/>.</param>
    /// <param name="cancellationToken">Cancels between files and inside the report's network layout.</param>
    /// <returns>The paths written.</returns>
    public static IReadOnlyList<string> Save(AnalysisResult result, string folder, ReportOptions? report = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        Directory.CreateDirectory(folder);
        var utf8 = new UTF8Encoding(false);
        var written = new List<string>();
        void Write(string name, string text)
        {
            cancellationToken.ThrowIfCancellationRequested();
            string path = Path.Combine(folder, name);
            File.WriteAllText(path, text, utf8);
            written.Add(path);
        }

        Write("gaps.json", GapReportJson.ToJson(result.Gaps, result.Centrality.Centralization));
        Write("metrics.csv", FrameWriter.ToCsv(result.ToDataFrame()));
        if (result.Comparison is not null)
        {
            Write("comparison.json", GapReportJson.ToJson(result.Comparison));
        }

        if (result.OverTime is { } overTime)
        {
            Write("over_time.csv", FrameWriter.ToCsv(overTime.ToDataFrame()));
        }

        if (result.Families is { } families)
        {
            Write("families.csv", FrameWriter.ToCsv(families.Families.ToDataFrame()));
            Write("family_pairs.csv", FrameWriter.ToCsv(families.SharedFamilies.ToDataFrame()));
        }

        Write("report.html", HtmlReport.Render(result, report, cancellationToken));
        return written;
    }

    /// <summary>
    /// Writes the results as an <c>.xlsx</c> workbook a gmina office opens directly: sheets <c>metrics</c> (one row per
    /// institution), <c>gaps</c> (the headline numbers and lists), <c>links</c> (required links and how they are
    /// realised), <c>mixing</c> (sector × sector ties), <c>families</c> and <c>family_pairs</c> when there are
    /// beneficiaries, and <c>suggestions</c>. Text stays text; numbers are numbers.
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="path">The <c>.xlsx</c> file; replaced if it exists.</param>
    public static void SaveWorkbook(AnalysisResult result, string path)
    {
        ArgumentNullException.ThrowIfNull(result);
        var gaps = result.Gaps;
        var links = gaps.Links.ToDataFrame();
        links.Columns.Remove("first_sector");
        links.Columns.Remove("second_sector");
        links.Columns.RenameColumn("institution_pairs", "institution pairs");
        var sheets = new List<TableData>
        {
            FrameWriter.ToTableData("metrics", result.ToDataFrame()),
            SummarySheet.For(result),
            FrameWriter.ToTableData("links", links),
            FrameWriter.ToTableData("mixing", gaps.Mixing.ToDataFrame()),
        };
        if (result.Families is { } families)
        {
            sheets.Add(FrameWriter.ToTableData("families", families.Families.ToDataFrame()));
            sheets.Add(FrameWriter.ToTableData("family_pairs", families.SharedFamilies.ToDataFrame()));
        }

        sheets.Add(FrameWriter.ToTableData("suggestions", gaps.SuggestedTies.ToDataFrame()));
        DatasetWriter.SaveWorkbook(sheets, path);
    }
}
