using System.Globalization;
using System.Net;
using System.Text;
using CooperationGraph.Display;
using CooperationGraph.IO;

namespace CooperationGraph.Tables;

/// <summary>
/// An immutable table of results with named columns, one row per institution (or per sector, per link…):
/// text cells stay text, numbers stay numbers, undefined numbers are NaN. Writes itself as CSV (invariant culture,
/// round-trip precision, empty cells for NaN, formula-looking text neutralised) and as an HTML table (escaped).
/// In a Polyglot notebook, a table as a cell's last expression shows as an HTML table with one column per column.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class ResultTable : INotebookDisplay
{
    private readonly object?[][] rows;
    private readonly Dictionary<string, int> columnIndex;

    /// <summary>Creates a table.</summary>
    /// <param name="title">A caption.</param>
    /// <param name="columns">Column names, unique.</param>
    /// <param name="rows">Rows, each with one cell per column: <see cref="string"/>, a number, <see cref="bool"/> or <see langword="null"/>.</param>
    /// <exception cref="ArgumentException">A row has the wrong number of cells, or a column name repeats.</exception>
    public ResultTable(string title, IEnumerable<string> columns, IEnumerable<IReadOnlyList<object?>> rows)
    {
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        Title = title;
        Columns = [.. columns];
        columnIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < Columns.Count; i++)
        {
            if (!columnIndex.TryAdd(Columns[i], i))
            {
                throw new ArgumentException($"Column '{Columns[i]}' appears twice.", nameof(columns));
            }
        }

        this.rows = [.. rows.Select(r => r.ToArray())];
        foreach (var row in this.rows)
        {
            if (row.Length != Columns.Count)
            {
                throw new ArgumentException($"A row has {row.Length} cells; the table has {Columns.Count} columns.", nameof(rows));
            }
        }
    }

    /// <summary>
    /// A table with one column per public readable property of <typeparamref name="T"/> (declaration order) and one row
    /// per record: numbers and booleans stay what they are, dates become <c>YYYY-MM-DD</c>, anything else its text.
    /// Turns a list of records (which a notebook shows as a tree) into columns.
    /// </summary>
    /// <param name="title">A caption.</param>
    /// <param name="records">The records; null records are refused.</param>
    /// <exception cref="ArgumentException">A record is null, or the type has no public property.</exception>
    public static ResultTable FromRecords<T>(string title, IEnumerable<T> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var properties = typeof(T).GetProperties(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance)
            .Where(p => p.CanRead && p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract").ToArray();
        if (properties.Length == 0)
        {
            throw new ArgumentException($"{typeof(T).Name} has no public property to make a column of.", nameof(records));
        }

        return new ResultTable(title, properties.Select(p => p.Name), records.Select(record => record is null
            ? throw new ArgumentException("A record is null.", nameof(records))
            : (IReadOnlyList<object?>)[.. properties.Select(p => Cell(p.GetValue(record)))]));
    }

    private static object? Cell(object? value) => value switch
    {
        null or string or bool or double or float or int or long or decimal => value,
        DateOnly date => JsonOutput.Date(date),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>The caption.</summary>
    public string Title { get; }

    /// <summary>The column names.</summary>
    public IReadOnlyList<string> Columns { get; }

    /// <summary>The number of rows.</summary>
    public int RowCount => rows.Length;

    /// <summary>The rows, each with one cell per column.</summary>
    public IReadOnlyList<IReadOnlyList<object?>> Rows => rows;

    /// <summary>A cell by row number and column name.</summary>
    /// <exception cref="KeyNotFoundException">No column has this name.</exception>
    public object? this[int row, string column] => rows[row][Column(column)];

    /// <summary>The row whose first cell equals <paramref name="key"/> (e.g. an institution id), or <see langword="null"/>.</summary>
    public IReadOnlyList<object?>? Find(string key) => rows.FirstOrDefault(r => r.Length > 0 && Equals(r[0], key));

    /// <summary>The position of a column.</summary>
    /// <exception cref="KeyNotFoundException">No column has this name; the message lists the columns.</exception>
    public int Column(string name) => columnIndex.TryGetValue(name, out int index)
        ? index
        : throw new KeyNotFoundException($"no column '{name}'; columns: {string.Join(", ", Columns)}");

    /// <summary>The table as CSV text (comma, LF line ends, header first).</summary>
    public string ToCsv() => DatasetWriter.ToCsv(new TableData(Title, [.. Columns], [.. rows]), ',');

    internal TableData ToTableData(string sheet) => new(sheet, [.. Columns], [.. rows]);

    /// <summary>Writes <see cref="ToCsv"/> to a UTF-8 file.</summary>
    public void SaveCsv(string path) => File.WriteAllText(path, ToCsv(), new UTF8Encoding(false));

    /// <summary>The table as an HTML <c>table</c> element; every text is escaped.</summary>
    public string ToHtml()
    {
        var html = new StringBuilder();
        html.Append("<table class=\"cg-table\"><caption>").Append(WebUtility.HtmlEncode(Title)).Append("</caption><thead><tr>");
        foreach (var column in Columns)
        {
            html.Append("<th scope=\"col\">").Append(WebUtility.HtmlEncode(column)).Append("</th>");
        }

        html.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            html.Append("<tr>");
            foreach (var cell in row)
            {
                bool numeric = cell is double or float or int or long or decimal;
                html.Append(numeric ? "<td class=\"num\">" : "<td>").Append(WebUtility.HtmlEncode(Display(cell))).Append("</td>");
            }

            html.Append("</tr>");
        }

        return html.Append("</tbody></table>").ToString();
    }

    /// <summary>
    /// The table as aligned plain text for a console: the caption, a header, then at most <paramref name="maxRows"/>
    /// rows (a last line says how many were left out); numbers right-aligned, cells longer than 40 characters cut.
    /// </summary>
    /// <param name="maxRows">The most rows to write, at least 0; 20 by default.</param>
    public string ToText(int maxRows = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRows);
        const int widest = 40;
        var shown = rows.Take(maxRows).Select(r => r.Select(c => Cut(Display(c), widest)).ToArray()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(Cut(c, widest).Length, shown.Count == 0 ? 0 : shown.Max(r => r[i].Length))).ToArray();
        var text = new StringBuilder().Append(Title).Append('\n');
        text.Append(string.Join("  ", Columns.Select((c, i) => Cut(c, widest).PadRight(widths[i]))).TrimEnd()).Append('\n');
        text.Append(string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        for (int r = 0; r < shown.Count; r++)
        {
            var line = string.Join("  ", shown[r].Select((cell, i) => rows[r][i] is double or float or int or long or decimal ? cell.PadLeft(widths[i]) : cell.PadRight(widths[i])));
            text.Append(line.TrimEnd()).Append('\n');
        }

        if (rows.Length > shown.Count)
        {
            text.Append('(').Append((rows.Length - shown.Count).ToString(CultureInfo.InvariantCulture)).Append(" more rows)\n");
        }

        return text.ToString();
    }

    private static string Cut(string text, int width)
    {
        string line = text.Replace('\n', ' ').Replace('\r', ' ');
        return line.Length <= width ? line : string.Concat(line.AsSpan(0, width - 1), "…");
    }

    string INotebookDisplay.ToNotebookHtml() => $"<style>{TableStyle}</style>{ToHtml()}";

    string INotebookDisplay.ToNotebookText() => ToText();

    /// <summary>The caption and size.</summary>
    public override string ToString() => $"{Title} ({RowCount} rows × {Columns.Count} columns)";

    /// <summary>The CSS of <see cref="ToHtml"/> tables (class <c>cg-table</c>), shared by the report and notebooks.</summary>
    internal const string TableStyle =
        "table.cg-table{border-collapse:collapse;margin:1rem 0;font-size:.9em}" +
        ".cg-table caption{text-align:left;font-weight:600;padding:.3rem 0}" +
        ".cg-table th,.cg-table td{border:1px solid #d0d7de;padding:.25rem .5rem}" +
        ".cg-table th{background:#f6f8fa;position:sticky;top:0}" +
        ".cg-table td.num{text-align:right;font-variant-numeric:tabular-nums}";

    private static string Display(object? cell) => cell switch
    {
        null => string.Empty,
        double d when double.IsNaN(d) => string.Empty,
        double d => d.ToString("G6", CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => cell.ToString() ?? string.Empty,
    };
}
