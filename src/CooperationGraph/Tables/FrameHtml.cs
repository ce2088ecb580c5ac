using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Tables;

/// <summary>
/// A <see cref="DataFrame"/> as an HTML <c>table</c> for the report and the analysis summary (in a notebook a frame
/// shows through Microsoft.Data.Analysis's own formatter instead): every text escaped, numbers right-aligned with six
/// significant digits, nulls and NaN as empty cells, booleans as yes/no.
/// </summary>
internal static class FrameHtml
{
    /// <summary>The CSS of these tables (class <c>cg-table</c>), shared by the report and notebooks.</summary>
    public const string TableStyle =
        "table.cg-table{border-collapse:collapse;margin:1rem 0;font-size:.9em}" +
        ".cg-table caption{text-align:left;font-weight:600;padding:.3rem 0}" +
        ".cg-table th,.cg-table td{border:1px solid #d0d7de;padding:.25rem .5rem}" +
        ".cg-table th{background:#f6f8fa;position:sticky;top:0}" +
        ".cg-table td.num{text-align:right;font-variant-numeric:tabular-nums}";

    /// <summary>The frame as a table with a caption.</summary>
    public static string ToHtml(DataFrame frame, string caption)
    {
        var html = new StringBuilder();
        html.Append("<table class=\"cg-table\"><caption>").Append(WebUtility.HtmlEncode(caption)).Append("</caption><thead><tr>");
        foreach (var column in frame.Columns)
        {
            html.Append("<th scope=\"col\">").Append(WebUtility.HtmlEncode(column.Name)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        for (long r = 0; r < frame.Rows.Count; r++)
        {
            html.Append("<tr>");
            foreach (var column in frame.Columns)
            {
                object? cell = column[r];
                bool numeric = cell is double or float or int or long or decimal;
                string text = Text(cell, Words.Numbers);
                if (!numeric)
                {
                    html.Append("<td>");
                }
                else if (cell is double d && !double.IsNaN(d) && text != Text(cell, CultureInfo.InvariantCulture))
                {
                    // A Polish 0,867 sorts by its invariant twin: the table's script reads data-value as a number.
                    html.Append("<td class=\"num\" data-value=\"").Append(Text(cell, CultureInfo.InvariantCulture)).Append("\">");
                }
                else
                {
                    html.Append("<td class=\"num\">");
                }

                html.Append(WebUtility.HtmlEncode(text)).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>A cell as people read it in a table: empty for null and NaN, six significant digits with rounding noise
    /// as 0, yes/no, numbers as the reader's language writes them (<c>0.867</c>, Polish <c>0,867</c>).</summary>
    internal static string Text(object? cell, CultureInfo numbers) => cell switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d => ReadableNumber.Digits(ReadableNumber.Clean(d), numbers),
        bool b => Words.YesNo(b),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
