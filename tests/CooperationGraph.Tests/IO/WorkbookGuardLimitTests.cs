using System.IO.Compression;
using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>The workbook guard at its limits, on small zip archives built in memory: the file size, the entry count,
/// the declared and inflated sizes exactly at the cap, a DTD across two reads, in UTF-16, or in a part that is not XML.</summary>
public sealed class WorkbookGuardLimitTests
{
    private static MemoryStream Zip(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        }

        stream.Position = 0;
        return stream;
    }

    private static string Refused(Stream stream, long max = WorkbookGuard.MaxUnpackedBytes) =>
        Assert.Single(Assert.Throws<DatasetException>(() => WorkbookGuard.Check(stream, "w.xlsx", max)).Problems).ToString();

    [Fact]
    public void A_file_exactly_as_large_as_the_cap_passes_and_one_byte_larger_is_refused()
    {
        using var stream = Zip(CompressionLevel.NoCompression, ("a.bin", new byte[100]), ("b.bin", new byte[100]));

        WorkbookGuard.Check(stream, "w.xlsx", stream.Length);
        Assert.Equal(0, stream.Position);
        Assert.Equal("w.xlsx: the workbook unpacks to more than 0 MB (an .xlsx is a zip archive), more than this tool accepts; save large data as CSV files", Refused(stream, stream.Length - 1));
    }

    [Fact]
    public void Parts_that_unpack_to_exactly_the_cap_pass_an_empty_part_included()
    {
        using var stream = Zip(CompressionLevel.Optimal, ("empty.xml", []), ("a.bin", new byte[600]), ("b.bin", new byte[400]));

        WorkbookGuard.Check(stream, "w.xlsx", 1000);
        Assert.Contains("unpacks to more than 0 MB", Refused(stream, 999), StringComparison.Ordinal);
    }

    [Fact]
    public void A_directory_past_the_cap_is_refused_before_any_part_is_inflated()
    {
        using var stream = Zip(CompressionLevel.Optimal, ("a.xml", "<!DOCTYPE x>"u8.ToArray()), ("b.bin", new byte[2000]));

        Assert.Equal("w.xlsx: the workbook unpacks to more than 0 MB (an .xlsx is a zip archive), more than this tool accepts; save large data as CSV files", Refused(stream, 2000));
    }

    [Fact]
    public void Ten_thousand_parts_pass_and_one_more_is_refused_with_both_counts()
    {
        var parts = Enumerable.Range(0, WorkbookGuard.MaxEntries).Select(k => ($"p{k}", Array.Empty<byte>())).ToArray();
        using var enough = Zip(CompressionLevel.NoCompression, parts);
        using var tooMany = Zip(CompressionLevel.NoCompression, [.. parts, ("last", [])]);

        WorkbookGuard.Check(enough, "w.xlsx");
        Assert.Equal("w.xlsx: the workbook holds 10001 parts, more than the 10000 this tool accepts", Refused(tooMany));
    }

    [Fact]
    public void A_dtd_split_between_two_reads_is_found()
    {
        // The guard reads through a pooled buffer of at least 80 KB; the pool hands out the same size to this test.
        byte[] pooled = System.Buffers.ArrayPool<byte>.Shared.Rent(81_920);
        int read = pooled.Length;
        System.Buffers.ArrayPool<byte>.Shared.Return(pooled);
        byte[] content = [.. Encoding.ASCII.GetBytes(new string(' ', read - 5)), .. "<!DOCTYPE x>"u8];
        using var stream = Zip(CompressionLevel.NoCompression, ("xl/worksheets/sheet1.xml", content));

        Assert.Equal("w.xlsx: the workbook contains a DTD, which is not allowed", Refused(stream));
    }

    [Theory]
    [InlineData("a.xml", "<!DOCTYPE x>", "utf-8")]
    [InlineData("a.XML", "<!DOCTYPE x>", "utf-8")]
    [InlineData("_rels/.rels", "<!DOCTYPE x>", "utf-8")]
    [InlineData("a.xml", "<!DOCTYPE x>", "utf-16")]
    [InlineData("a.xml", "<!DOCTYPE x>", "utf-16BE")]
    [InlineData("a.xml", "<!DOCTYPE", "utf-16BE")]
    public void A_dtd_at_the_very_start_of_an_xml_part_is_refused_in_utf8_and_utf16(string name, string text, string encoding)
    {
        using var stream = Zip(CompressionLevel.Optimal, (name, Encoding.GetEncoding(encoding).GetBytes(text)));

        Assert.Equal("w.xlsx: the workbook contains a DTD, which is not allowed", Refused(stream));
    }

    [Fact]
    public void The_same_bytes_in_a_part_that_is_not_xml_pass()
    {
        using var stream = Zip(CompressionLevel.Optimal, ("xl/media/image1.png", "<!DOCTYPE x>"u8.ToArray()));

        WorkbookGuard.Check(stream, "w.xlsx");
    }

    [Fact]
    public void A_part_in_an_unknown_compression_method_is_not_a_readable_workbook()
    {
        using var stream = Zip(CompressionLevel.Optimal, ("a.xml", "<x/>"u8.ToArray()));
        byte[] bytes = stream.ToArray();
        for (int i = 0; i + 4 < bytes.Length; i++)
        {
            uint signature = BitConverter.ToUInt32(bytes, i);
            if (signature == 0x04034b50)
            {
                bytes[i + 8] = 99;
            }
            else if (signature == 0x02014b50)
            {
                bytes[i + 10] = 99;
            }
        }

        string problem = Refused(new MemoryStream(bytes));
        Assert.StartsWith("w.xlsx: is not a readable .xlsx workbook (", problem, StringComparison.Ordinal);
    }
}
