using System.Globalization;
using CooperationGraph.Text;
using ExcelDataReader;

namespace CooperationGraph.IO;

/// <summary>
/// Reads every sheet of an <c>.xlsx</c> workbook into a <see cref="RawTable"/>, with sheet row numbers as line
/// numbers (header = row 1). Numbers are written back as invariant text, date cells as <c>YYYY-MM-DD</c>.
/// </summary>
internal static class XlsxTableReader
{
    static XlsxTableReader() => System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);

    /// <summary>Every sheet as a table.</summary>
    /// <exception cref="DatasetException">The workbook cannot be read, or a sheet is empty.</exception>
    public static List<(string Sheet, RawTable Table)> Read(string path) =>
        [.. ReadSheets(path).Select(s => (s.Sheet, s.Table ?? throw new DatasetException(new DatasetProblem(s.Label, null, Messages.Get("EmptySheet")))))];

    /// <summary>Every sheet, with its label; an empty sheet (no non-blank row) as a null table, so that the caller can
    /// skip a stray empty sheet (Excel's <c>Arkusz1</c>) but refuse an empty table.</summary>
    public static List<(string Sheet, string Label, RawTable? Table)> ReadSheets(string path) => ReadSheets(path, WorkbookSpan.MaxCells);

    /// <summary><see cref="ReadSheets(string)"/> with another cap on the cells a sheet may span (tests).</summary>
    internal static List<(string Sheet, string Label, RawTable? Table)> ReadSheets(string path, long maxCells)
    {
        string label = path;
        try
        {
            using var stream = InputFile.Open(path, label);
            WorkbookGuard.Check(stream, label);
            WorkbookSpan.Check(stream, label, maxCells);
            using var reader = ExcelReaderFactory.CreateOpenXmlReader(stream);
            var tables = new List<(string, string, RawTable?)>();
            do
            {
                string sheetLabel = $"{label}[{reader.Name}]";
                tables.Add((reader.Name, sheetLabel, ReadSheet(reader, sheetLabel)));
            }
            while (reader.NextResult());
            return tables;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("CannotBeRead", exception.Message)));
        }
        catch (System.Xml.XmlException exception) when (exception.Message.Contains("DTD", StringComparison.Ordinal))
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("WorkbookDtd")));
        }
        catch (Exception exception) when (exception is ExcelDataReader.Exceptions.ExcelReaderException or InvalidDataException or FormatException or System.Xml.XmlException or ArgumentException or InvalidOperationException)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("NotAWorkbook", exception.Message)));
        }
    }

    private static RawTable? ReadSheet(IExcelDataReader reader, string label)
    {
        string[]? header = null;
        int headerLine = 0;
        var rows = new List<RawRow>();
        int row = 0;
        while (reader.Read())
        {
            row++;
            var fields = new string[reader.FieldCount];
            bool blank = true;
            for (int column = 0; column < fields.Length; column++)
            {
                fields[column] = CellText(reader.GetValue(column));
                blank &= string.IsNullOrWhiteSpace(fields[column]);
            }

            if (blank)
            {
                continue;
            }

            if (header is null)
            {
                header = fields;
                headerLine = row;
            }
            else
            {
                rows.Add(new RawRow(row, fields));
            }
        }

        return header is null ? null : new RawTable(label, headerLine, header, rows);
    }

    private static string CellText(object? value) => value switch
    {
        null => string.Empty,
        string text => text,
        double number => InvariantText.Number(number),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => InvariantText.Day(DateOnly.FromDateTime(date)),
        DateTime date => InvariantText.Time(date),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
