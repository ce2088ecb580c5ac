using CooperationGraph.IO;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Tables;

/// <summary>
/// Writes a <see cref="DataFrame"/> as CSV or as a workbook sheet through the dataset writer, with its guarantees:
/// invariant culture, round-trip doubles, empty cells for nulls, formula-looking text neutralised, text cells in xlsx.
/// </summary>
internal static class FrameTables
{
    public static TableData ToTableData(DataFrame frame, string name)
    {
        var header = frame.Columns.Select(c => c.Name).ToArray();
        var rows = new List<object?[]>((int)frame.Rows.Count);
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            rows.Add([.. frame.Columns.Select(c => c[r] is double d && double.IsNaN(d) ? null : c[r])]);
        }

        return new TableData(name, header, rows);
    }

    public static string ToCsv(DataFrame frame) => DatasetWriter.ToCsv(ToTableData(frame, "table"), ',');

    public static void SaveWorkbook(IEnumerable<(string Sheet, DataFrame Frame)> sheets, string path) =>
        DatasetWriter.SaveWorkbook(sheets.Select(s => ToTableData(s.Frame, s.Sheet)), path);
}
