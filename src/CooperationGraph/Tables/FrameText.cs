using System.Globalization;
using System.Text;
using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>
/// A frame as plain text for a console: each column as wide as its widest cell (at most <c>maxWidth</c>, longer text
/// cut with <c>…</c>), cells as the report's tables show them (six significant digits, rounding noise as 0, yes/no,
/// empty for nulls), numbers right-aligned,
/// the first <c>maxRows</c> rows and a line saying how many more. <c>Console.WriteLine(frame)</c> pads every column to
/// 25 characters and runs long names into the next one; <c>Console.WriteLine(frame.ToText())</c> does not.
/// </summary>
public static class FrameText
{
    /// <summary>The frame as aligned text.</summary>
    /// <param name="frame">The frame.</param>
    /// <param name="maxRows">Rows shown; the rest are counted. 20 by default.</param>
    /// <param name="maxWidth">The widest a column may be. 32 characters by default.</param>
    public static string ToText(this DataFrame frame, int maxRows = 20, int maxWidth = 32)
    {
        ArgumentNullException.ThrowIfNull(frame);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxWidth, 2);
        int rows = (int)Math.Min(frame.Rows.Count, Math.Max(0, maxRows));
        var columns = frame.Columns;
        var cells = new string[rows + 1, columns.Count];
        var widths = new int[columns.Count];
        var numeric = new bool[columns.Count];
        for (int c = 0; c < columns.Count; c++)
        {
            numeric[c] = columns[c].DataType == typeof(double) || columns[c].DataType == typeof(int) || columns[c].DataType == typeof(long) || columns[c].DataType == typeof(float);
            cells[0, c] = Cut(columns[c].Name, maxWidth);
            for (int r = 0; r < rows; r++)
            {
                cells[r + 1, c] = Cut(FrameHtml.Text(columns[c][r], Text.Words.Numbers), maxWidth);
            }

            for (int r = 0; r <= rows; r++)
            {
                widths[c] = Math.Max(widths[c], cells[r, c].Length);
            }
        }

        var text = new StringBuilder();
        for (int r = 0; r <= rows; r++)
        {
            for (int c = 0; c < columns.Count; c++)
            {
                string cell = cells[r, c];
                text.Append(c == 0 ? string.Empty : "  ").Append(numeric[c] && r > 0 ? cell.PadLeft(widths[c]) : cell.PadRight(widths[c]));
            }

            text.Append('\n');
        }

        if (frame.Rows.Count > rows)
        {
            text.Append(CultureInfo.InvariantCulture, $"… {frame.Rows.Count - rows} more rows\n");
        }

        return text.ToString();
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}
