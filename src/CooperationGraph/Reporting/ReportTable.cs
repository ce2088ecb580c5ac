using System.Net;
using System.Text;
using CooperationGraph.Tables;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Reporting;

/// <summary>
/// A table of the report that may grow with the data (institutions, institution pairs, time windows). Up to
/// <see cref="ReportOptions.MaxTableRows"/> rows it is shown whole, as before; beyond, the page shows the first rows by
/// the table's sort key and says so above the table — "showing 200 of 34,005 rows, highest betweenness first; the full
/// table is in metrics.csv" — with a relative link to the CSV that <see cref="ResultFolder"/> writes beside the report.
/// The page stays small at any size, and nothing is lost: the CSV holds every row.
/// </summary>
internal static class ReportTable
{
    /// <summary>Appends the frame as a sortable table, cut to <paramref name="maxRows"/> rows when longer.</summary>
    /// <param name="html">The page.</param>
    /// <param name="frame">The table with its CSV column names (translated here for the page).</param>
    /// <param name="caption">The table's caption.</param>
    /// <param name="maxRows">The most rows shown (<see cref="ReportOptions.MaxTableRows"/>).</param>
    /// <param name="order">The sort key: row indices of <paramref name="frame"/> best first, or null for the frame's own order.</param>
    /// <param name="orderText">The text key that names the sort key for the note (<c>OrderBetweenness</c>).</param>
    /// <param name="csvFile">The CSV beside the report that holds every row (<c>metrics.csv</c>).</param>
    public static void Append(StringBuilder html, DataFrame frame, string caption, int maxRows, Func<DataFrame, IEnumerable<long>>? order, string orderText, string csvFile)
    {
        long rows = frame.Rows.Count;
        if (rows > maxRows)
        {
            var shown = new PrimitiveDataFrameColumn<long>("row", (order?.Invoke(frame) ?? Enumerable.Range(0, (int)rows).Select(r => (long)r)).Take(maxRows));
            frame = frame.Filter(shown);
            string link = "<a href=\"" + WebUtility.HtmlEncode(Uri.EscapeDataString(csvFile)) + "\">" + WebUtility.HtmlEncode(csvFile) + "</a>";
            html.Append("<p class=\"note truncated\">")
                .Append(WebUtility.HtmlEncode(Words.Get("TableTruncated", maxRows, rows, Words.Get(orderText), "\u0001")).Replace("\u0001", link, StringComparison.Ordinal))
                .Append("</p>\n");
        }

        html.Append(FrameHtml.ToHtml(FrameWords.InColumns(frame), caption)).Append('\n');
    }

    /// <summary>Rows by a numeric column, highest first; rows without a value last; ties in the table's order.</summary>
    public static Func<DataFrame, IEnumerable<long>> Descending(string column) => frame =>
    {
        var values = frame.Columns[column];
        return Enumerable.Range(0, (int)frame.Rows.Count)
            .Select(r => (Row: (long)r, Value: values[r] is double d && !double.IsNaN(d) ? d : double.NegativeInfinity))
            .OrderByDescending(r => r.Value)
            .Select(r => r.Row);
    };

    /// <summary>Rows by a count written as text (a suppressed count such as <c>&lt;3</c> counts as below every number), highest first.</summary>
    public static Func<DataFrame, IEnumerable<long>> DescendingCount(string column) => frame =>
    {
        var values = frame.Columns[column];
        return Enumerable.Range(0, (int)frame.Rows.Count)
            .Select(r => (Row: (long)r, Value: int.TryParse(values[r] as string, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count) ? count : -1))
            .OrderByDescending(r => r.Value)
            .Select(r => r.Row);
    };
}
