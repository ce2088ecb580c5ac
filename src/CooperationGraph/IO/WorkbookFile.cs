using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace CooperationGraph.IO;

/// <summary>
/// Writes an <c>.xlsx</c> so that the same content gives the same bytes: the workbook is built in memory, then its
/// parts are copied in their order into a fresh zip whose entries all carry one fixed time (1980-01-01, the zip
/// format's first day), and the file is put in place by <see cref="OutputFile"/> (whole or not at all). Part ids are
/// the builders' own sequential <c>rId</c>s. Two runs can be compared with <c>cmp</c>. A workbook this library could not
/// read back (unpacked beyond <see cref="WorkbookGuard.MaxUnpackedBytes"/>) is refused before anything is written.
/// </summary>
internal static class WorkbookFile
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <exception cref="OutputConflictException">The workbook would unpack to more than <see cref="WorkbookGuard.MaxUnpackedBytes"/>,
    /// so that this library could not read it back; nothing is written.</exception>
    public static void Save(string path, Action<SpreadsheetDocument> build, OutputOptions? options = null, long maxUnpackedBytes = WorkbookGuard.MaxUnpackedBytes)
    {
        using var built = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(built, SpreadsheetDocumentType.Workbook))
        {
            build(document);
        }

        built.Position = 0;
        using (var parts = new ZipArchive(built, ZipArchiveMode.Read, leaveOpen: true))
        {
            long unpacked = parts.Entries.Sum(e => e.Length);
            if (unpacked > maxUnpackedBytes)
            {
                throw new OutputConflictException(Messages.Get("WorkbookTooLargeToWrite", path, Messages.Count(unpacked / (1024 * 1024)), Messages.Count(maxUnpackedBytes / (1024 * 1024))));
            }
        }

        built.Position = 0;
        OutputFile.Write(path, stream => Normalize(built, stream), options);
    }

    private static void Normalize(Stream source, Stream destination)
    {
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        using var output = new ZipArchive(destination, ZipArchiveMode.Create, leaveOpen: true);
        foreach (var entry in input.Entries)
        {
            var copy = output.CreateEntry(entry.FullName, CompressionLevel.Optimal);
            copy.LastWriteTime = FixedTime;
            using var from = entry.Open();
            using var to = copy.Open();
            from.CopyTo(to);
        }
    }

    /// <summary>The workbook part under the fixed id <c>rId1</c> (the SDK's own <c>AddWorkbookPart</c> draws a random one).</summary>
    public static WorkbookPart AddWorkbook(SpreadsheetDocument document) =>
        document.AddNewPart<WorkbookPart>("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml", "rId1");

    /// <summary>The next sequential relationship id of a part (<c>rId1</c>, <c>rId2</c>…).</summary>
    public static string NextId(OpenXmlPartContainer container) => "rId" + (container.Parts.Count() + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}
