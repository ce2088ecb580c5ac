using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// How the bytes of a CSV file become text: byte order marks (UTF-8, UTF-16 both ways), UTF-8 against
/// Windows-1250 when both read (letters that are not Polish, bytes Windows-1250 lacks), sequences cut at a buffer's or
/// the file's end, NUL bytes, and the exact refusal for each; and how an input file is opened (size cap, missing file).
/// </summary>
public sealed class TextEncodingTests : IDisposable
{
    private const string Utf8Bom = "\uFEFF";

    private readonly TempDataset folder = TempDataset.Empty();

    public void Dispose() => folder.Dispose();

    private RawTable Read(byte[] bytes)
    {
        string path = folder["t.csv"];
        File.WriteAllBytes(path, bytes);
        return CsvTableReader.Read(path, "t.csv", []);
    }

    private DatasetProblem Refused(byte[] bytes) => Assert.Single(Assert.Throws<DatasetException>(() => Read(bytes)).Problems);

    private static byte[] Bytes(params object[] parts) =>
        [.. parts.SelectMany(p => p is string s ? Encoding.UTF8.GetBytes(s) : (byte[])p)];

    private static string Detect(byte[] bytes)
    {
        using var stream = new MemoryStream(bytes);
        string name = TextDecoder.Detect(stream, "t.csv").WebName;
        Assert.Equal(0, stream.Position);
        return name;
    }

    [Fact]
    public void Utf16_with_either_byte_order_mark_is_read()
    {
        foreach (var encoding in new[] { Encoding.Unicode, Encoding.BigEndianUnicode })
        {
            var table = Read([.. encoding.GetPreamble(), .. encoding.GetBytes("h1;h2\nżółć;1\n")]);
            Assert.Equal(["h1", "h2"], table.Header);
            Assert.Equal(["żółć", "1"], table.Rows.Single().Fields);
        }
    }

    [Fact]
    public void Utf16_with_a_lone_surrogate_is_refused()
    {
        var problem = Refused([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("h\nx"), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("\n")]);
        Assert.Equal(("t.csv", (int?)null, "is not a text file (its bytes are neither UTF-8 nor Windows-1250); save it as CSV"), (problem.File, problem.Line, problem.Message));
    }

    [Fact]
    public void A_byte_windows_1250_does_not_define_is_a_control_character_on_its_line()
    {
        var problem = Refused(Bytes("h1,h2\nx,", new byte[] { 0x81 }, "\n"));
        Assert.Equal(("t.csv", (int?)2, "is not a text file: control character U+0081 found; save it as CSV (UTF-8 or Windows-1250)"), (problem.File, problem.Line, problem.Message));
    }

    [Fact]
    public void A_utf8_byte_order_mark_before_bytes_that_are_not_utf8_is_refused()
    {
        var problem = Refused([0xEF, 0xBB, 0xBF, .. "h1\nx"u8, 0xFF, (byte)'\n']);
        Assert.Equal(("t.csv", (int?)null, "starts with a UTF-8 byte order mark but is not valid UTF-8"), (problem.File, problem.Line, problem.Message));
    }

    [Fact]
    public void A_nul_byte_refuses_a_file_without_byte_order_mark_even_in_its_first_three_bytes()
    {
        foreach (var bytes in new[] { Bytes("h1,h2\nx,", new byte[] { 0 }, "\n"), Bytes("h", new byte[] { 0 }, "1,h2\nx,y\n") })
        {
            var problem = Refused(bytes);
            Assert.Equal(("t.csv", (int?)null, "is not a text file (it contains NUL bytes); save it as CSV (UTF-8 or Windows-1250)"), (problem.File, problem.Line, problem.Message));
        }
    }

    [Fact]
    public void A_nul_byte_after_a_utf8_byte_order_mark_is_a_control_character_on_its_line()
    {
        var problem = Refused(Bytes(Utf8Bom, "h1,h2\nx,", new byte[] { 0 }, "\n"));
        Assert.Equal(("t.csv", (int?)2, "is not a text file: control character U+0000 found; save it as CSV (UTF-8 or Windows-1250)"), (problem.File, problem.Line, problem.Message));
    }

    [Fact]
    public void A_nul_byte_two_buffers_after_the_first_byte_that_is_not_utf8_is_found()
    {
        var bytes = Bytes("h1,h2\nx,", new byte[] { 0xFF }, new string('a', 140_000), new byte[] { 0 }, "\n");
        using var stream = new MemoryStream(bytes);
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => TextDecoder.Detect(stream, "t.csv")).Problems);
        Assert.Equal("is not a text file (it contains NUL bytes); save it as CSV (UTF-8 or Windows-1250)", problem.Message);
    }

    [Fact]
    public void After_a_utf8_byte_order_mark_the_text_is_utf8_even_where_windows_1250_would_score_higher()
    {
        var table = Read(Bytes(Utf8Bom, "h1,h2\nI1_", new byte[] { 0xD3, 0x9F }, ",x\n"));
        Assert.Equal(["I1_ӟ", "x"], table.Rows.Single().Fields);
    }

    [Fact]
    public void Windows_1250_letters_that_are_not_polish_count_nothing_and_its_symbols_count_against_it()
    {
        // D3 9F is "Óź" (+2) and C3 9A "Ăš" (two letters, 0) in Windows-1250; as UTF-8 "ӟÚ", no Polish letter.
        Assert.Equal("windows-1250", Detect(Bytes("id,name\nx", new byte[] { 0xD3, 0x9F, 0xC3, 0x9A }, ",y\n")));
        // C3 A4 is "Ă¤" (a letter and a symbol, −1) in Windows-1250: 2 − 2 against 0.
        Assert.Equal("utf-8", Detect(Bytes("id,name\nx", new byte[] { 0xD3, 0x9F, 0xC3, 0xA4, 0xC3, 0xA4 }, ",y\n")));
    }

    [Theory]
    [InlineData(0xC5, 0x81)]
    [InlineData(0xC4, 0x83)]
    [InlineData(0xC5, 0x88)]
    [InlineData(0xC5, 0x90)]
    [InlineData(0xC5, 0x98)]
    public void Utf8_holding_a_byte_windows_1250_lacks_stays_utf8_however_polish_its_windows_1250_reading(byte lead, byte trail)
    {
        // "Óź" four times (+8 in Windows-1250) and one character whose second byte Windows-1250 does not define.
        byte[] polish = [0xD3, 0x9F, 0xD3, 0x9F, 0xD3, 0x9F, 0xD3, 0x9F];
        Assert.Equal("utf-8", Detect(Bytes("id,name\nx", polish, new[] { lead, trail }, ",y\n")));
    }

    [Fact]
    public void A_utf8_sequence_cut_by_the_end_of_the_file_makes_it_windows_1250()
    {
        Assert.Equal("windows-1250", Detect(Bytes("id,name\nx,", new byte[] { 0xC5 })));
        Assert.Equal(["x", "Ĺ"], Read(Bytes("id,name\nx,", new byte[] { 0xC5 })).Rows.Single().Fields);
    }

    [Fact]
    public void A_utf8_character_across_the_scan_buffers_boundary_is_still_utf8()
    {
        const int boundary = 1 << 16;
        string prefix = "id,name\nx,";
        var bytes = Bytes(prefix, new string('a', boundary - 1 - prefix.Length), "ł\n");
        Assert.Equal(0xC5, bytes[boundary - 1]);
        Assert.Equal("utf-8", Detect(bytes));
    }

    [Fact]
    public void A_utf8_character_across_the_first_8_kib_is_read_whole()
    {
        const int head = 1 << 13;
        string prefix = "h1,h2\nx,";
        var bytes = Bytes(prefix, new string('a', head - 1 - prefix.Length), "ł\n");
        Assert.Equal(0xC5, bytes[head - 1]);
        Assert.Equal(new string('a', head - 1 - prefix.Length) + "ł", Read(bytes).Rows.Single().Fields[1]);
    }

    [Fact]
    public void A_file_of_exactly_the_cap_is_opened_and_one_a_megabyte_over_is_refused_with_both_sizes()
    {
        const long mb = 1024 * 1024;
        string path = folder["big.csv"];
        using (var file = File.Create(path))
        {
            file.SetLength(2 * mb);
        }

        using (var stream = InputFile.Open(path, "big.csv", 2 * mb))
        {
            Assert.Equal(2 * mb, stream.Length);
        }

        using (var file = File.OpenWrite(path))
        {
            file.SetLength(3 * mb);
        }

        var problem = Assert.Single(Assert.Throws<DatasetException>(() => InputFile.Open(path, "big.csv", 2 * mb)).Problems);
        Assert.Equal(("big.csv", (int?)null, "is 3 MB; files are read up to 2 MB"), (problem.File, problem.Line, problem.Message));
    }

    [Fact]
    public void A_missing_input_file_cannot_be_read_because_there_is_no_such_file()
    {
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => InputFile.Open(folder["none.csv"], "none.csv")).Problems);
        Assert.Equal(("none.csv", (int?)null, "cannot be read: no such file"), (problem.File, problem.Line, problem.Message));
    }

    [Fact]
    public void Read_all_bytes_returns_the_files_bytes()
    {
        File.WriteAllBytes(folder["b.bin"], [1, 2, 3, 250]);
        Assert.Equal([1, 2, 3, 250], InputFile.ReadAllBytes(folder["b.bin"], "b.bin"));
    }
}
