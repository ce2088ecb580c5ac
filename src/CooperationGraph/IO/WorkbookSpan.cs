using System.Globalization;
using System.IO.Compression;
using System.Xml;

namespace CooperationGraph.IO;

/// <summary>
/// Keeps a sheet's reach within what the spreadsheet reader can return, before the reader opens it. The reader
/// (ExcelDataReader 3.6) returns every row from the first up to a sheet's last, empty or not, and makes each one as wide
/// as the sheet's widest row: one cell at ZZZZZZ1 in a file of a few hundred bytes asks for 321 million fields (a 2.5 GB
/// array) in one row, one at XFD1048576 for 17 billion. Each sheet the reader would open is read once as XML here (the
/// <see cref="WorkbookGuard"/> has bounded its size and refused DTDs) and counted as the reader counts it: a sheet wider
/// than column XFD (the last of an .xlsx sheet) is refused by its column, and one whose rows times columns pass a cap is
/// refused before any row is made.
/// </summary>
/// <remarks>
/// The reader's way, from its source (<c>XlsxWorkbook</c>, <c>ZipWorker</c>, <c>XlsxWorksheet</c>,
/// <c>ReferenceHelper</c>), is followed where following it less closely would let a sheet through:
/// <list type="bullet">
/// <item>The sheets are the targets of <c>xl/_rels/workbook.xml.rels</c> whose id a <c>sheet</c> of
/// <c>xl/workbook.xml</c> names (both missing counts as equal), under <c>xl/</c> or at a target starting
/// <c>/xl/</c>, wherever they are in the archive; parts are found by name without regard to case or to <c>\</c> for
/// <c>/</c>. A target no sheet names is not read by the reader, nor here; a part several sheets name is checked once;
/// the dimension element is read by neither.</item>
/// <item>A row is numbered by its <c>r</c> as <c>int.TryParse</c> reads it (sign and spaces allowed, current culture),
/// else it follows the row before (the first of a <c>sheetData</c> is row 1). Rows come back from the first up to each
/// row's number, and one numbered at or before a row already returned still comes back: the count is
/// max(count + 1, number), and count + 1 for a row without a number (the one before it is never past the count).</item>
/// <item>A cell's column is its reference's when the reference is capital letters then a non-negative <c>int</c>
/// (<c>B7</c>; not <c>b7</c>, <c>B</c> or <c>7</c>), else the column after the cell before in its row.</item>
/// </list>
/// Elements are counted only where the reader reads them: rows directly in a <c>sheetData</c>, cells directly in such a
/// row, in the spreadsheet namespace; a <c>row</c> or <c>c</c> elsewhere moves nothing.
/// </remarks>
internal static class WorkbookSpan
{
    /// <summary>The columns an .xlsx sheet can hold (A to XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The most cells a sheet may span, its rows times its columns (a sheet of 100 000 rows and 500 columns is
    /// 50 million).</summary>
    public const long MaxCells = 50_000_000;

    private const string SpreadsheetNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null };

    /// <summary>Checks every sheet the reader would open in the workbook in <paramref name="stream"/> and rewinds it.</summary>
    /// <exception cref="DatasetException">A sheet reaches past column XFD or spans more than <paramref name="maxCells"/> cells.</exception>
    /// <exception cref="XmlException">A part read is not well-formed XML.</exception>
    public static void Check(Stream stream, string label, long maxCells = MaxCells)
    {
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            foreach (var (name, entry) in Sheets(zip))
            {
                using var part = entry.Open();
                CheckSheet(part, $"{label}[{name}]", maxCells);
            }
        }

        stream.Position = 0;
    }

    private static void CheckSheet(Stream part, string label, long maxCells)
    {
        long rows = 0, columns = 0, column = 0;
        bool inSheetData = false, inRow = false;
        using var xml = XmlReader.Create(part, Settings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            bool ours = xml.NamespaceURI == SpreadsheetNamespace;
            switch (xml.Depth)
            {
                case 1:
                    inSheetData = ours && xml.LocalName == "sheetData";
                    break;
                case 2:
                    inRow = inSheetData && ours && xml.LocalName == "row";
                    if (inRow)
                    {
                        // A row without a number follows the one before, which is never past the count: one more.
                        rows = int.TryParse(xml.GetAttribute("r"), NumberStyles.Integer, CultureInfo.CurrentCulture, out int number) ? Math.Max(rows + 1, number) : rows + 1;
                        column = 0;
                    }

                    break;
                case 3 when inRow && ours && xml.LocalName == "c":
                    column = ReferencedColumn(xml.GetAttribute("r"), label) ?? column + 1;
                    columns = Math.Max(columns, column);
                    if (columns > MaxColumns)
                    {
                        throw TooWide(label, TemplateWorkbook.Column((int)column - 1));
                    }

                    break;
            }

            if (rows * columns > maxCells)
            {
                throw new DatasetException(new DatasetProblem(label, null, Messages.Get("SheetTooLarge", maxCells)));
            }
        }
    }

    /// <summary>The column (1 = A) of a reference the reader reads as one, capital letters then a non-negative int;
    /// null for any other (the reader then takes the next column).</summary>
    /// <exception cref="DatasetException">Four or more letters: a column past XFD (AAAA is 18 279), refused by its
    /// letters before they are added up (from seven letters the reader's int sum wraps, MWLQLAR to column 100).</exception>
    private static long? ReferencedColumn(string? reference, string label)
    {
        if (reference is null)
        {
            return null;
        }

        int letters = 0;
        while (letters < reference.Length && char.IsAsciiLetterUpper(reference[letters]))
        {
            letters++;
        }

        if (letters == 0 || !int.TryParse(reference.AsSpan(letters), NumberStyles.None, CultureInfo.InvariantCulture, out _))
        {
            return null;
        }

        if (letters > 3)
        {
            throw TooWide(label, reference[..letters]);
        }

        long column = 0;
        foreach (char letter in reference.AsSpan(0, letters))
        {
            column = (column * 26) + (letter - 'A' + 1);
        }

        return column;
    }

    private static DatasetException TooWide(string label, string column) =>
        new(new DatasetProblem(label, null, Messages.Get("SheetTooWide", column, MaxColumns)));

    /// <summary>Each part the reader opens as a sheet, once (several sheets may name one part), with the name of the
    /// first sheet that names it.</summary>
    private static List<(string Name, ZipArchiveEntry Part)> Sheets(ZipArchive zip)
    {
        // The reader finds a part by name without regard to case, with \ read as /, and takes the first of equal names.
        var entries = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            entries.TryAdd(entry.FullName.Replace('\\', '/'), entry);
        }

        var sheets = new List<(string Name, ZipArchiveEntry Part)>();
        if (!entries.TryGetValue("xl/workbook.xml", out var workbook) || !entries.TryGetValue("xl/_rels/workbook.xml.rels", out var relationships))
        {
            return sheets;
        }

        // The reader compares a sheet's relationship id with a relationship's Id by ==, so a sheet without one opens the
        // relationship without one: both are keyed NoId (U+0000 cannot stand in XML, so no id equals it).
        const string NoId = "\0";
        var names = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var xml in Elements(workbook, "sheet"))
        {
            names.TryAdd(xml.GetAttribute("id", RelationshipNamespace) ?? NoId, xml.GetAttribute("name"));
        }

        var seen = new HashSet<ZipArchiveEntry>();
        foreach (var xml in Elements(relationships, "Relationship"))
        {
            if (names.TryGetValue(xml.GetAttribute("Id") ?? NoId, out string? name) && xml.GetAttribute("Target") is { } target
                && entries.TryGetValue(target.StartsWith("/xl/", StringComparison.OrdinalIgnoreCase) ? target[1..] : "xl/" + target, out var part)
                && seen.Add(part))
            {
                sheets.Add((name ?? part.FullName, part));
            }
        }

        return sheets;
    }

    /// <summary>The reader at each element of that local name in the part, in any namespace and at any depth (more than
    /// the reader reads: a part it would open is never missed).</summary>
    private static IEnumerable<XmlReader> Elements(ZipArchiveEntry entry, string localName)
    {
        using var part = entry.Open();
        using var xml = XmlReader.Create(part, Settings);
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element && xml.LocalName == localName)
            {
                yield return xml;
            }
        }
    }
}
