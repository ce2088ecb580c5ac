using System.Globalization;
using System.IO.Compression;
using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// What the IO survivors of the Stryker after run (issue 26) showed untested on the reading side: a second byte order
/// mark is text (UTF-8, UTF-16 both ways), UTF-16BE refuses a lone surrogate, the Windows-1250 verdict holds for an odd
/// number of bytes, a file shorter than its size is unreadable, an out-of-range survey level is quoted as written under
/// its Polish column, a Polish table's missing column names the header nearest its English name, the workbook guard
/// refuses a file that is no zip and stored parts whose directory lies, and the reader refuses a DTD in a UTF-32 part
/// the guard does not look at.
/// </summary>
public sealed class IoSurvivorReadingTests : IDisposable
{
    private readonly string root = Directory.CreateTempSubdirectory("cg-io-survivors-read-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    private RawTable ReadCsv(byte[] bytes)
    {
        string path = Path.Combine(root, "t.csv");
        File.WriteAllBytes(path, bytes);
        return CsvTableReader.Read(path, "t.csv", []);
    }

    /// <summary>The UTF-16 code units of a text in hex (assertions on strings do not show a U+FEFF).</summary>
    private static string Codes(string text) => string.Join(" ", text.Select(c => ((int)c).ToString("X4", CultureInfo.InvariantCulture)));

    private static string Detect(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        return TextDecoder.Detect(stream, "t.csv").WebName;
    }

    private static string Refused(Stream stream, long max) =>
        Assert.Single(Assert.Throws<DatasetException>(() => WorkbookGuard.Check(stream, "w.xlsx", max)).Problems).ToString();

    [Fact]
    public void A_second_utf8_byte_order_mark_is_read_as_text_of_the_first_header_name()
    {
        var table = ReadCsv([0xEF, 0xBB, 0xBF, 0xEF, 0xBB, 0xBF, .. "h1,h2\nx,y\n"u8]);

        Assert.Equal(["FEFF 0068 0031", "0068 0032"], table.Header.Select(Codes));
    }

    [Fact]
    public void A_second_utf16_byte_order_mark_is_read_as_text_of_the_first_header_name_in_either_byte_order()
    {
        foreach (var encoding in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var table = ReadCsv([.. encoding.GetPreamble(), .. encoding.GetPreamble(), .. encoding.GetBytes("h1;h2\nx;y\n")]);

            Assert.Equal(["FEFF 0068 0031", "0068 0032"], table.Header.Select(Codes));
        }
    }

    [Fact]
    public void Utf16_big_endian_with_a_lone_surrogate_is_refused()
    {
        var problem = Assert.Single(Assert.Throws<DatasetException>(() =>
            ReadCsv([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes("h\nx"), 0xD8, 0x00, .. Encoding.BigEndianUnicode.GetBytes("\n")])).Problems);

        Assert.Equal(("t.csv", (int?)null, "is not a text file (its bytes are neither UTF-8 nor Windows-1250); save it as CSV"), (problem.File, problem.Line, problem.Message));
    }

    [Theory]
    [InlineData("x")]
    [InlineData("xx")]
    public void Valid_utf8_that_reads_with_more_polish_letters_in_windows_1250_is_windows_1250_for_an_even_or_odd_length(string name)
    {
        // "Óź" four times in Windows-1250 (+8), four times U+04DF in UTF-8 (no Polish letter): 20 or 21 bytes.
        byte[] bytes = [.. Encoding.ASCII.GetBytes("id,name\n" + name), 0xD3, 0x9F, 0xD3, 0x9F, 0xD3, 0x9F, 0xD3, 0x9F, .. ",y\n"u8];

        Assert.Equal("windows-1250", Detect(bytes));
    }

    [Fact]
    public void A_survey_level_above_5_in_a_polish_table_is_refused_under_its_column_name_and_quoted_as_written()
    {
        using var data = TempDataset.With(("ankieta.csv", "id_respondenta,id_partnera,poziom\nops,pcpr,06\n"));

        var problem = UiCulture.In(CultureInfo.InvariantCulture, data.Problem);

        Assert.Equal((data["ankieta.csv"], (int?)2), (problem.File, problem.Line));
        Assert.Equal("poziom must be a whole number from 0 to 5 or a level of the Frey scale (0 no interaction, 1 networking, 2 cooperation, 3 coordination, 4 coalition, 5 collaboration), not '06'", problem.Message);
    }

    [SkippableFact]
    public void A_file_shorter_than_its_size_is_refused_as_unreadable()
    {
        // sysfs gives every file a size of 4096 bytes and far fewer to read.
        const string Online = "/sys/devices/system/cpu/online";
        Skip.IfNot(OperatingSystem.IsLinux() && File.Exists(Online), "reads Linux's sysfs");

        var problem = Assert.Single(Assert.Throws<DatasetException>(() => InputFile.ReadAllBytes(Online, "online")).Problems);

        Assert.Equal("online: cannot be read: Unable to read beyond the end of the stream.", problem.ToString());
    }

    [Fact]
    public void A_polish_table_missing_a_column_names_the_header_nearest_its_english_name()
    {
        using var data = TempDataset.With(("powiązania.csv", "źródło,targt\nops,pcpr\n"));

        var problems = UiCulture.In(CultureInfo.InvariantCulture, data.Problems);

        Assert.Equal($"{data["powiązania.csv"]}:1: required column 'cel' is missing; the header must name źródło,cel (optional: waga,warstwa,data,data_końcowa); is 'targt' meant to be it?", Assert.Single(problems).ToString());
    }

    [Fact]
    public void A_file_that_is_no_zip_archive_is_refused_as_not_a_zip_archive()
    {
        using var stream = new MemoryStream("not a workbook"u8.ToArray());

        Assert.Equal("w.xlsx: is not a readable .xlsx workbook (it is not a zip archive)", Refused(stream, 1000));
    }

    /// <summary>A zip archive whose directory lists <paramref name="copies"/> parts, each declaring 0 bytes unpacked
    /// and each pointing at the same stored part of <paramref name="size"/> bytes.</summary>
    private static byte[] LyingStoredZip(int size, int copies)
    {
        var bytes = new MemoryStream();
        var writer = new BinaryWriter(bytes);
        byte[] name = "a.bin"u8.ToArray();
        writer.Write(0x04034b50u);
        writer.Write((ushort)10);
        writer.Write((ushort)0);
        writer.Write((ushort)0); // stored
        writer.Write(0u);
        writer.Write(0u);
        writer.Write((uint)size);
        writer.Write(0u);
        writer.Write((ushort)name.Length);
        writer.Write((ushort)0);
        writer.Write(name);
        writer.Write(new byte[size]);
        long directory = bytes.Position;
        for (int k = 0; k < copies; k++)
        {
            byte[] part = Encoding.ASCII.GetBytes($"c{k}.bin");
            writer.Write(0x02014b50u);
            writer.Write((ushort)20);
            writer.Write((ushort)10);
            writer.Write((ushort)0);
            writer.Write((ushort)0); // stored
            writer.Write(0u);
            writer.Write(0u);
            writer.Write((uint)size); // compressed
            writer.Write(0u); // unpacked, a lie
            writer.Write((ushort)part.Length);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write((ushort)0);
            writer.Write(0u);
            writer.Write(0u); // every entry at the one local header
            writer.Write(part);
        }

        long directorySize = bytes.Position - directory;
        writer.Write(0x06054b50u);
        writer.Write((ushort)0);
        writer.Write((ushort)0);
        writer.Write((ushort)copies);
        writer.Write((ushort)copies);
        writer.Write((uint)directorySize);
        writer.Write((uint)directory);
        writer.Write((ushort)0);
        return bytes.ToArray();
    }

    [Fact]
    public void Stored_parts_whose_directory_declares_nothing_are_refused_by_the_bytes_they_unpack_to()
    {
        // 665 bytes on disk, 0 declared, 1600 read back (.NET reads a stored part to its compressed size).
        using var stream = new MemoryStream(LyingStoredZip(400, 4));
        Assert.Equal(665, stream.Length);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true))
        {
            Assert.Equal(0, zip.Entries.Sum(e => e.Length));
        }

        Assert.Equal("w.xlsx: the workbook unpacks to more than 0 MB (an .xlsx is a zip archive), more than this tool accepts; save large data as CSV files", Refused(stream, 1000));
    }

    [Fact]
    public void A_dtd_in_a_utf32_sheet_which_the_guard_does_not_look_for_is_refused_by_the_reader_as_a_dtd()
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Relationships = "http://schemas.openxmlformats.org/package/2006/relationships";
        var utf32 = new UTF32Encoding(bigEndian: false, byteOrderMark: true);
        string path = Path.Combine(root, "w.xlsx");
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            void Add(string name, byte[] bytes)
            {
                using var entry = zip.CreateEntry(name).Open();
                entry.Write(bytes);
            }

            Add("[Content_Types].xml", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/></Types>"));
            Add("_rels/.rels", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>"));
            Add("xl/workbook.xml", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><workbook xmlns=\"{Main}\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"institutions\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"));
            Add("xl/_rels/workbook.xml.rels", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?><Relationships xmlns=\"{Relationships}\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"));
            Add("xl/worksheets/sheet1.xml", [.. utf32.GetPreamble(), .. utf32.GetBytes($"<?xml version=\"1.0\" encoding=\"utf-32\"?><!DOCTYPE x [<!ENTITY a \"b\">]><worksheet xmlns=\"{Main}\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c></row></sheetData></worksheet>")]);
        }

        using (var stream = File.OpenRead(path))
        {
            WorkbookGuard.Check(stream, "w.xlsx");
        }

        var problem = Assert.Single(Assert.Throws<DatasetException>(() => XlsxTableReader.ReadSheets(path)).Problems);
        Assert.Equal($"{path}: the workbook contains a DTD, which is not allowed", problem.ToString());
    }
}
