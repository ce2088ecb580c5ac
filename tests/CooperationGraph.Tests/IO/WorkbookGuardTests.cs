using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>Workbooks from anywhere stay harmless: inflation is capped (from the zip directory and while inflating,
/// since a directory can lie), memory stays small for a refused workbook, and a DTD is refused in our words.</summary>
public sealed class WorkbookGuardTests : IDisposable
{
    private const string SheetEntry = "xl/worksheets/sheet1.xml";
    private readonly TempDataset folder = TempDataset.Empty();

    public void Dispose() => folder.Dispose();

    /// <summary>A real workbook whose first sheet is replaced by <paramref name="rows"/> empty rows (11 bytes each):
    /// 30 million rows inflate to 330 MB from about 1 MB.</summary>
    private string Bomb(string name, int rows)
    {
        string path = folder[name];
        DatasetWriter.SaveWorkbook(CooperationDataset.Create([new Institution("a", "A", SectorCatalog.Default["OPS"])]), path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry(SheetEntry)!.Delete();
        using var stream = zip.CreateEntry(SheetEntry, CompressionLevel.Fastest).Open();
        stream.Write("<?xml version=\"1.0\"?><x:worksheet xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><x:sheetData>"u8);
        var chunk = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<x:row/>   ", 100_000)));
        for (int i = 0; i < rows / 100_000; i++)
        {
            stream.Write(chunk);
        }

        stream.Write("</x:sheetData></x:worksheet>"u8);
        return path;
    }

    /// <summary>Rewrites the sheet's uncompressed size in the local header and the central directory to 1 000 bytes.</summary>
    private static void Lie(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var name = Encoding.ASCII.GetBytes(SheetEntry);
        int patched = 0;
        for (int i = 0; i + 46 < bytes.Length; i++)
        {
            uint signature = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(i));
            if (signature == 0x04034b50 && bytes.AsSpan(i + 30, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 22), 1000);
                patched++;
            }
            else if (signature == 0x02014b50 && bytes.AsSpan(i + 46, name.Length).SequenceEqual(name))
            {
                BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i + 24), 1000);
                patched++;
            }
        }

        Assert.Equal(2, patched);
        File.WriteAllBytes(path, bytes);
    }

    private static (DatasetProblem Problem, long Allocated) Refuse(string path)
    {
        long before = GC.GetAllocatedBytesForCurrentThread();
        var exception = Assert.Throws<DatasetException>(() => DatasetReader.Load(path));
        return (Assert.Single(exception.Problems), GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void A_workbook_that_says_it_inflates_past_the_cap_is_refused_from_its_directory()
    {
        string path = Bomb("bomb.xlsx", 30_000_000);
        Assert.True(new FileInfo(path).Length < 4_000_000);
        var (problem, allocated) = Refuse(path);
        Assert.Equal((path, (int?)null), (problem.File, problem.Line));
        Assert.Equal("the workbook unpacks to more than 256 MB (an .xlsx is a zip archive), more than this tool accepts; save large data as CSV files", problem.Message);
        Assert.True(allocated < 16_000_000, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_workbook_whose_directory_lies_is_refused_while_inflating_with_little_memory()
    {
        string path = Bomb("liar.xlsx", 30_000_000);
        Lie(path);
        var (problem, allocated) = Refuse(path);
        Assert.Equal(path, problem.File);
        // .NET's zip reader stops an entry at its stated size, so the lie shows as a truncated part, never as data.
        Assert.StartsWith("is not a readable .xlsx workbook (", problem.Message, StringComparison.Ordinal);
        Assert.True(allocated < 64_000_000, $"allocated {allocated:N0} bytes");
    }

    [Fact]
    public void A_cap_below_the_workbook_refuses_it_and_one_above_lets_it_through_rewound()
    {
        string path = Bomb("small.xlsx", 1_000_000);
        using var stream = File.OpenRead(path);
        var exception = Assert.Throws<DatasetException>(() => WorkbookGuard.Check(stream, path, maxUnpackedBytes: 5_000_000));
        Assert.Contains("unpacks to more than 4 MB", exception.Problems[0].Message, StringComparison.Ordinal);
        stream.Position = 0;
        WorkbookGuard.Check(stream, path, maxUnpackedBytes: 20_000_000);
        Assert.Equal(0, stream.Position);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(81_915)]
    [InlineData(200_000)]
    public void A_workbook_with_a_dtd_is_refused_in_our_words(int padding)
    {
        string path = folder["dtd.xlsx"];
        DatasetWriter.SaveWorkbook(CooperationDataset.Create([new Institution("a", "A", SectorCatalog.Default["OPS"])]), path);
        using (var zip = ZipFile.Open(path, ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry(SheetEntry)!;
            string xml;
            using (var reader = new StreamReader(entry.Open()))
            {
                xml = reader.ReadToEnd();
            }

            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(SheetEntry).Open(), new UTF8Encoding(false));
            writer.Write(xml.Replace("?>", "?><!--" + new string(' ', padding) + "--><!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]>", StringComparison.Ordinal));
        }

        var (problem, _) = Refuse(path);
        Assert.Equal($"{path}: the workbook contains a DTD, which is not allowed", problem.ToString());
    }

    [Fact]
    public void A_file_that_is_not_a_zip_is_not_a_workbook()
    {
        string path = folder["fake.xlsx"];
        File.WriteAllText(path, "id,name,sector\n");
        Assert.Contains("is not a readable .xlsx workbook", Refuse(path).Problem.Message, StringComparison.Ordinal);
    }
}
