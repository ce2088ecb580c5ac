using System.Buffers;
using System.IO.Compression;

namespace CooperationGraph.IO;

/// <summary>
/// Keeps a workbook from anywhere harmless before any spreadsheet library opens it. An <c>.xlsx</c> is a zip archive:
/// a 4 MB file can hold a sheet that inflates to gigabytes. The sum of the entries' sizes is checked from the zip
/// directory, then every entry is inflated once through a small buffer and counted, so that the cap holds even where a
/// directory lies (.NET's zip reader stops a deflated entry at its stated size, but reads a stored one to its
/// compressed size: parts that all declare 0 bytes and point at one stored part are refused by this count alone); past <see cref="MaxUnpackedBytes"/> the workbook is refused. Memory stays a few hundred kilobytes whatever the archive holds.
/// A document type declaration (DTD) anywhere in an XML part is refused too (a DTD can only be a bomb or a leak here;
/// spreadsheets never need one).
/// </summary>
internal static class WorkbookGuard
{
    /// <summary>The most a workbook may inflate to: 256 MB, as the GEXF/GraphML reader caps its input.</summary>
    public const long MaxUnpackedBytes = 256L * 1024 * 1024;

    /// <summary>The most parts (zip entries) a workbook may hold.</summary>
    public const int MaxEntries = 10_000;

    /// <summary>Bytes kept from the end of one buffer to find a <c>&lt;!DOCTYPE</c> that spans two reads (UTF-16 takes 18).</summary>
    private const int Overlap = 24;

    /// <summary>Checks the workbook in <paramref name="stream"/> and rewinds it.</summary>
    /// <exception cref="DatasetException">The workbook is not a zip archive, inflates too far, or holds a DTD.</exception>
    public static void Check(Stream stream, string label, long maxUnpackedBytes = MaxUnpackedBytes)
    {
        DatasetException Refuse(string key, params object[] args) => new(new DatasetProblem(label, null, Messages.Get(key, args)));
        long megabytes = maxUnpackedBytes / (1024 * 1024);
        if (stream.Length > maxUnpackedBytes)
        {
            throw Refuse("WorkbookTooLarge", megabytes);
        }

        ZipArchive zip;
        try
        {
            zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException)
        {
            throw Refuse("NotAWorkbookZip");
        }

        byte[] buffer = ArrayPool<byte>.Shared.Rent(81920);
        try
        {
            using (zip)
            {
                if (zip.Entries.Count > MaxEntries)
                {
                    throw Refuse("WorkbookTooManyEntries", zip.Entries.Count, MaxEntries);
                }

                long declared = 0;
                foreach (var entry in zip.Entries)
                {
                    declared += entry.Length;
                    if (declared > maxUnpackedBytes || entry.Length < 0)
                    {
                        throw Refuse("WorkbookTooLarge", megabytes);
                    }
                }

                long inflated = 0;
                byte[] seam = new byte[2 * Overlap];
                foreach (var entry in zip.Entries)
                {
                    bool xml = entry.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || entry.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase);
                    using var content = Open(entry, label);
                    int kept = 0;
                    int read;
                    while ((read = content.Read(buffer, 0, buffer.Length)) > 0)
                    {
                        inflated += read;
                        if (inflated > maxUnpackedBytes)
                        {
                            throw Refuse("WorkbookTooLarge", megabytes);
                        }

                        if (xml)
                        {
                            int head = Math.Min(Overlap, read);
                            buffer.AsSpan(0, head).CopyTo(seam.AsSpan(kept));
                            if (HasDoctype(seam.AsSpan(0, kept + head)) || HasDoctype(buffer.AsSpan(0, read)))
                            {
                                throw Refuse("WorkbookDtd");
                            }

                            kept = Math.Min(Overlap, read);
                            buffer.AsSpan(read - kept, kept).CopyTo(seam);
                        }
                    }
                }
            }
        }
        catch (InvalidDataException exception)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("NotAWorkbook", exception.Message)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        stream.Position = 0;
    }

    private static Stream Open(ZipArchiveEntry entry, string label)
    {
        try
        {
            return entry.Open();
        }
        catch (NotSupportedException exception)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("NotAWorkbook", exception.Message)));
        }
    }

    /// <summary>Whether the bytes hold <c>&lt;!DOCTYPE</c> in UTF-8 or UTF-16 (little or big endian).</summary>
    private static bool HasDoctype(ReadOnlySpan<byte> bytes) =>
        bytes.IndexOf("<!DOCTYPE"u8) >= 0
        || bytes.IndexOf("<\0!\0D\0O\0C\0T\0Y\0P\0E\0"u8) >= 0
        || bytes.IndexOf("\0<\0!\0D\0O\0C\0T\0Y\0P\0E"u8) >= 0;
}
