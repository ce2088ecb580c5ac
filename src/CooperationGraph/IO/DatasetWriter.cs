using System.Globalization;
using System.Text;
using CooperationGraph.IO;
using CooperationGraph.Text;
using CsvHelper;
using CsvHelper.Configuration;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CooperationGraph;

/// <summary>
/// Saves a <see cref="CooperationDataset"/> in the format <see cref="DatasetReader"/> reads: a folder of CSV files
/// or an <c>.xlsx</c> workbook. Loading what was saved gives an equal dataset.
/// </summary>
/// <remarks>
/// In CSV files, text that would start a spreadsheet formula (<c>= + - @</c>, tab, CR) gets a leading apostrophe,
/// which the reader removes again. In workbooks every text is a text cell, never a formula.
/// </remarks>
public static class DatasetWriter
{
    /// <summary>Writes the dataset's tables as CSV files into <paramref name="folder"/> (created if needed).</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="folder">The target folder; existing table files are replaced.</param>
    /// <param name="format">Delimiter and encoding; <see cref="CsvFormat.Standard"/> by default.</param>
    /// <param name="language">The language of file and column names and of kinds, roles and levels (English by default).</param>
    /// <exception cref="InvalidOperationException">A text cannot be written in the chosen encoding (e.g. a Cyrillic name in Windows-1250).</exception>
    public static void SaveFolder(CooperationDataset dataset, string folder, CsvFormat? format = null, DatasetLanguage language = DatasetLanguage.English) =>
        SaveFolder(dataset, folder, format, language, null);

    /// <summary>Writes the dataset's tables as CSV files into <paramref name="folder"/> through <see cref="OutputFolder"/>:
    /// whole or not at all, with a manifest; a folder holding files this library did not write is refused unless
    /// <paramref name="output"/> allows writing beside them.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="folder">The target folder.</param>
    /// <param name="format">Delimiter and encoding; <see cref="CsvFormat.Standard"/> by default.</param>
    /// <param name="language">The language of file and column names and of kinds, roles and levels.</param>
    /// <param name="output">Inputs not to overlap, and whether to write beside foreign files.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="OutputConflictException">The folder may not be written.</exception>
    public static IReadOnlyList<string> SaveFolder(CooperationDataset dataset, string folder, CsvFormat? format, DatasetLanguage language, OutputOptions? output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        format ??= CsvFormat.Standard;
        using var result = OutputFolder.Begin(folder, output);
        foreach (var table in DatasetTables.From(dataset, language))
        {
            string name = table.Name + ".csv";
            result.WriteBytes(name, Encode(ToCsv(table, format.Delimiter), format.Encoding, Path.Combine(folder, name)));
        }

        return result.Commit();
    }

    /// <summary>Writes the dataset as an <c>.xlsx</c> workbook with one sheet per table.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The workbook to write.</param>
    /// <param name="language">The language of sheet and column names and of kinds, roles and levels (English by default).</param>
    public static void SaveWorkbook(CooperationDataset dataset, string path, DatasetLanguage language = DatasetLanguage.English) =>
        SaveWorkbook(dataset, path, language, null);

    /// <summary>Writes the dataset as an <c>.xlsx</c> workbook, whole or not at all, never over an input.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="path">The workbook to write (replaced by rename if it exists).</param>
    /// <param name="language">The language of sheet and column names and of kinds, roles and levels.</param>
    /// <param name="output">Inputs the workbook must not overlap.</param>
    public static void SaveWorkbook(CooperationDataset dataset, string path, DatasetLanguage language, OutputOptions? output)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        SaveWorkbook(DatasetTables.From(dataset, language), path, output);
    }

    /// <summary>Writes tables as the sheets of a workbook: text as text cells (never formulas), numbers as numbers.</summary>
    internal static void SaveWorkbook(IEnumerable<TableData> tables, string path, OutputOptions? output = null) =>
        WorkbookFile.Save(path, document => Build(document, tables), output);

    internal static void Build(SpreadsheetDocument document, IEnumerable<TableData> tables)
    {
        var workbookPart = WorkbookFile.AddWorkbook(document);
        workbookPart.Workbook = new Workbook();
        var sheets = workbookPart.Workbook.AppendChild(new Sheets());
        uint sheetId = 1;
        foreach (var table in tables)
        {
            var worksheetPart = workbookPart.AddNewPart<WorksheetPart>(WorkbookFile.NextId(workbookPart));

            // Row by row through a streaming writer: a sheet of a million rows never stands as a tree in memory.
            using (var writer = OpenXmlWriter.Create(worksheetPart))
            {
                writer.WriteStartElement(new Worksheet());
                writer.WriteStartElement(new SheetData());
                writer.WriteElement(Row(table.Header));
                foreach (var row in table.Rows)
                {
                    writer.WriteElement(Row(row));
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            sheets.AppendChild(new Sheet { Id = workbookPart.GetIdOfPart(worksheetPart), SheetId = sheetId++, Name = table.Name });
        }

        workbookPart.Workbook.Save();
    }

    internal static string ToCsv(TableData table, char delimiter)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        WriteCsv(text, table.Header, table.Rows, delimiter);
        return text.ToString();
    }

    /// <summary>Writes CSV row by row (the bytes of <see cref="ToCsv(TableData, char)"/>) without holding the text: a
    /// row array may be reused between rows.</summary>
    internal static void WriteCsv(TextWriter text, IEnumerable<string> header, IEnumerable<object?[]> rows, char delimiter)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter.ToString(), NewLine = "\n" };
        using var csv = new CsvWriter(text, configuration, leaveOpen: true);
        foreach (var name in header)
        {
            csv.WriteField(name);
        }

        csv.NextRecord();
        foreach (var row in rows)
        {
            foreach (var cell in row)
            {
                csv.WriteField(cell is string s ? SpreadsheetText.Guard(s) : Invariant(cell));
            }

            csv.NextRecord();
        }
    }

    private static string Invariant(object? value) => InvariantText.Cell(value);

    private static byte[] Encode(string text, Encoding encoding, string path)
    {
        try
        {
            return [.. encoding.GetPreamble(), .. encoding.GetBytes(text)];
        }
        catch (EncoderFallbackException exception)
        {
            throw new InvalidOperationException(
                $"{path}: the character '{exception.CharUnknown}' cannot be written in {encoding.WebName}; save as UTF-8 instead.", exception);
        }
    }

    private static Row Row(IEnumerable<object?> cells)
    {
        var row = new Row();
        foreach (var cell in cells)
        {
            row.AppendChild(cell switch
            {
                null => new Cell(),
                double number when !double.IsFinite(number) => new Cell(),
                bool flag => new Cell { DataType = CellValues.Boolean, CellValue = new CellValue(flag ? "1" : "0") },
                string text => new Cell { DataType = CellValues.InlineString, InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text) { Space = SpaceProcessingModeValues.Preserve }) },
                _ => new Cell { DataType = CellValues.Number, CellValue = new CellValue(Invariant(cell)) },
            });
        }

        return row;
    }
}
