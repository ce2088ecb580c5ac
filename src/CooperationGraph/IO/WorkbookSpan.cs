using System.IO.Compression;
using System.Xml;

namespace CooperationGraph.IO;

/// <summary>
/// Keeps a sheet's reach within what the spreadsheet reader can return, before the reader opens it. The reader returns
/// every row and every column up to a sheet's last cell, empty or not, and makes each row's array in full: one cell at
/// ZZZZZZ1 in a file of a few hundred bytes asks for 321 million fields (a 2.5 GB array) in one row, one at XFD1048576
/// for 17 billion. Every worksheet part is read once as XML (the <see cref="WorkbookGuard"/> has bounded its size and
/// refused DTDs): a cell, row or dimension beyond column XFD (the last of an .xlsx sheet) is refused by its column, and
/// a sheet whose rows times columns up to the last cell pass a cap is refused before any row is made.
/// </summary>
internal static class WorkbookSpan
{
    /// <summary>The columns an .xlsx sheet can hold (A to XFD).</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The most cells a sheet may span, rows times columns up to its last cell (a sheet of 100 000 rows and
    /// 500 columns is 50 million).</summary>
    public const long MaxCells = 50_000_000;

    private static readonly XmlReaderSettings Settings = new() { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };

    /// <summary>Checks every worksheet of the workbook in <paramref name="stream"/> and rewinds it.</summary>
    /// <exception cref="DatasetException">A sheet reaches past column XFD or spans more than <paramref name="maxCells"/> cells.</exception>
    /// <exception cref="XmlException">A worksheet part is not well-formed XML.</exception>
    public static void Check(Stream stream, string label, long maxCells = MaxCells)
    {
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            var names = SheetNames(zip);
            foreach (var entry in zip.Entries)
            {
                if (entry.FullName.StartsWith("xl/worksheets/", StringComparison.OrdinalIgnoreCase) && entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase))
                {
                    string sheet = $"{label}[{(names.TryGetValue(entry.FullName, out var name) ? name : entry.FullName)}]";
                    using var part = entry.Open();
                    CheckSheet(part, sheet, maxCells);
                }
            }
        }

        stream.Position = 0;
    }

    private static void CheckSheet(Stream part, string label, long maxCells)
    {
        long rows = 0, columns = 0, row = 0, column = 0;
        void Reach(string? reference, bool isCell)
        {
            if (reference is null)
            {
                column += isCell ? 1 : 0;
                return;
            }

            int letters = 0;
            while (letters < reference.Length && char.IsAsciiLetter(reference[letters]))
            {
                letters++;
            }

            if (letters > 3 || (letters > 0 && Column(reference[..letters]) > MaxColumns))
            {
                throw new DatasetException(new DatasetProblem(label, null, Messages.Get("SheetTooWide", reference[..letters].ToUpperInvariant(), MaxColumns)));
            }

            if (letters > 0)
            {
                column = Column(reference[..letters]);
                columns = Math.Max(columns, column);
            }

            if (long.TryParse(reference.AsSpan(letters), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number))
            {
                rows = Math.Max(rows, number);
            }
        }

        using var xml = XmlReader.Create(part, Settings);
        while (xml.Read())
        {
            if (xml.NodeType != XmlNodeType.Element)
            {
                continue;
            }

            switch (xml.LocalName)
            {
                case "row":
                    row = long.TryParse(xml.GetAttribute("r"), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out long number) ? number : row + 1;
                    rows = Math.Max(rows, row);
                    column = 0;
                    break;
                case "c":
                    Reach(xml.GetAttribute("r"), isCell: true);
                    columns = Math.Max(columns, column);
                    break;
                case "dimension":
                    foreach (var end in (xml.GetAttribute("ref") ?? string.Empty).Split(':'))
                    {
                        Reach(end, isCell: false);
                    }

                    break;
            }

            if (columns > MaxColumns)
            {
                throw new DatasetException(new DatasetProblem(label, null, Messages.Get("SheetTooWide", TemplateWorkbook.Column((int)columns - 1), MaxColumns)));
            }

            if (rows * columns > maxCells)
            {
                throw new DatasetException(new DatasetProblem(label, null, Messages.Get("SheetTooLarge", maxCells)));
            }
        }
    }

    /// <summary>The column number of letters A to XFD (1 = A).</summary>
    private static int Column(string letters)
    {
        int column = 0;
        foreach (char letter in letters)
        {
            column = (column * 26) + (char.ToUpperInvariant(letter) - 'A' + 1);
        }

        return column;
    }

    /// <summary>Each worksheet part's sheet name, from <c>xl/workbook.xml</c> and its relationships.</summary>
    private static Dictionary<string, string> SheetNames(ZipArchive zip)
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var workbook = zip.GetEntry("xl/workbook.xml");
        var relationships = zip.GetEntry("xl/_rels/workbook.xml.rels");
        if (workbook is null || relationships is null)
        {
            return names;
        }

        var targets = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var part = relationships.Open())
        using (var xml = XmlReader.Create(part, Settings))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "Relationship" && xml.GetAttribute("Id") is { } id && xml.GetAttribute("Target") is { } target)
                {
                    targets[id] = target.StartsWith('/') ? target[1..] : "xl/" + target;
                }
            }
        }

        using (var part = workbook.Open())
        using (var xml = XmlReader.Create(part, Settings))
        {
            while (xml.Read())
            {
                if (xml.NodeType == XmlNodeType.Element && xml.LocalName == "sheet" && xml.GetAttribute("name") is { } name
                    && xml.GetAttribute("id", "http://schemas.openxmlformats.org/officeDocument/2006/relationships") is { } id && targets.TryGetValue(id, out var target))
                {
                    names[target] = name;
                }
            }
        }

        return names;
    }
}
