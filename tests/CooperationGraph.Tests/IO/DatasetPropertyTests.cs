using System.Text;
using FsCheck.Xunit;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// Properties over random datasets: FsCheck draws the seeds from the whole non-negative <c>int</c> range
/// (<see cref="FullRangeSeeds"/>; a failure reports its seed); each seed builds a dataset with hostile names
/// (quotes, delimiters, new lines, formula starts, Polish letters).
/// </summary>
public class DatasetPropertyTests
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzĄąĆćĘęŁłŃńÓóŚśŹźŻż0123456789 ,;\"'=+-@<>&\n";

    [Property(MaxTest = 40, Arbitrary = new[] { typeof(FullRangeSeeds) })]
    public bool Random_valid_datasets_load_back_equal_in_every_format(int seed, byte format)
    {
        var dataset = RandomDataset(new Random(seed));
        using var target = TempDataset.Empty();
        string path = target.Folder;
        switch (format % 4)
        {
            case 0: DatasetWriter.SaveFolder(dataset, path, CsvFormat.Standard); break;
            case 1: DatasetWriter.SaveFolder(dataset, path, CsvFormat.Excel); break;
            case 2: DatasetWriter.SaveFolder(dataset, path, new CsvFormat('\t', new UTF8Encoding(true))); break;
            default: path = target["book.xlsx"]; DatasetWriter.SaveWorkbook(dataset, path); break;
        }

        return dataset.Equals(DatasetReader.Load(path));
    }

    /// <summary>
    /// A corrupted table is loaded or refused with located problems, never crashes, and the kinds of corruption whose
    /// outcome is known get it: a duplicated row or header is refused (every id and pair is unique, a header is not a
    /// row; a repeated line inside a quoted multi-line field is no repeated row), except a row of ties.csv (two rows for one pair are two ties, as two survey answers are); a file cut at its very end, or rid of its final blank line, loads as written; whatever loads writes back and
    /// reloads as itself (no half-read value survives a round trip differently).
    /// </summary>
    [Theory]
    [InlineData(803575116)]
    [InlineData(1031613452)]
    [InlineData(1419336384)]
    public void Corruptions_that_load_as_windows_1250_write_back_with_a_bom_and_reload_as_themselves(int seed)
    {
        Assert.True(Random_corruptions_are_loaded_or_refused_with_located_problems_never_crashed(seed));
    }

    [Property(MaxTest = 150, Arbitrary = new[] { typeof(FullRangeSeeds) })]
    public bool Random_corruptions_are_loaded_or_refused_with_located_problems_never_crashed(int seed)
    {
        var random = new Random(seed);
        using var target = TempDataset.Empty();
        var original = RandomDataset(random);
        DatasetWriter.SaveFolder(original, target.Folder, random.Next(2) == 0 ? CsvFormat.Standard : CsvFormat.Windows1250);
        var files = Directory.GetFiles(target.Folder, "*.csv");
        string file = files[random.Next(files.Length)];
        var (corrupted, outcome) = Corrupt(File.ReadAllBytes(file), random, rowsMayRepeat: Path.GetFileName(file) == "ties.csv");
        File.WriteAllBytes(file, corrupted);
        CooperationDataset loaded;
        try
        {
            loaded = DatasetReader.Load(target.Folder);
        }
        catch (DatasetException exception)
        {
            return outcome != Outcome.Unchanged && exception.Problems.Count > 0
                && exception.Problems.All(p => p.File.Length > 0 && p.Message.Length > 0 && (p.Line is null || p.Line >= 1));
        }

        // Written back with a BOM: a corrupted UTF-8 file loads as Windows-1250 (its text then holds mojibake such as
        // "Ĺş"), and such text written as UTF-8 without a BOM reads back as Windows-1250 again, by the decoder's
        // documented rule (more Polish letters that way); seeds 803575116, 1031613452, 1419336384 did so.
        using var copy = TempDataset.Empty();
        DatasetWriter.SaveFolder(loaded, Path.Combine(copy.Folder, "again"), CsvFormat.Excel);
        return outcome != Outcome.Refused && (outcome != Outcome.Unchanged || loaded.Equals(original))
            && loaded.Equals(DatasetReader.Load(Path.Combine(copy.Folder, "again")));
    }

    private enum Outcome
    {
        Any,
        Unchanged,
        Refused,
    }

    private static (byte[] Bytes, Outcome Outcome) Corrupt(byte[] bytes, Random random, bool rowsMayRepeat)
    {
        var list = bytes.ToList();
        // Lines as bytes, so that a Windows-1250 file is not re-encoded on the way.
        var lines = Lines(bytes);
        switch (random.Next(6))
        {
            case 0:
                int cut = random.Next(bytes.Length + 1);
                return (bytes[..cut], cut == bytes.Length ? Outcome.Unchanged : Outcome.Any);
            case 1:
                for (int i = 0; i < 1 + random.Next(4) && list.Count > 0; i++)
                {
                    list[random.Next(list.Count)] = (byte)random.Next(256);
                }

                return ([.. list], Outcome.Any);
            case 2:
                list.InsertRange(random.Next(list.Count + 1), Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                return ([.. list], Outcome.Any);
            case 3:
                int removed = random.Next(lines.Count);
                bool blank = lines[removed].All(b => b is (byte)' ' or (byte)'\r') && removed == lines.Count - 1;
                lines.RemoveAt(removed);
                return (Join(lines), blank ? Outcome.Unchanged : Outcome.Any);
            case 4:
                // A line that is a whole row repeats that row; one inside a quoted field that spans lines (or one that
                // opens or closes such a field) only lengthens the field's text.
                int line = random.Next(lines.Count);
                bool wholeRow = lines.Take(line).Sum(Quotes) % 2 == 0 && Quotes(lines[line]) % 2 == 0;
                lines.Insert(line, lines[line]);
                return (Join(lines), !wholeRow || lines[line].All(b => b is (byte)' ' or (byte)'\r') || (rowsMayRepeat && line > 0) ? Outcome.Any : Outcome.Refused);
            default:
                return ([.. bytes.Select(b => b == (byte)',' ? (byte)';' : b == (byte)';' ? (byte)',' : b)], Outcome.Any);
        }
    }

    private static int Quotes(byte[] line) => line.Count(b => b == (byte)'"');

    private static List<byte[]> Lines(byte[] bytes)
    {
        var lines = new List<byte[]>();
        int start = 0;
        for (int i = 0; i <= bytes.Length; i++)
        {
            if (i == bytes.Length || bytes[i] == (byte)'\n')
            {
                lines.Add(bytes[start..i]);
                start = i + 1;
            }
        }

        return lines;
    }

    private static byte[] Join(List<byte[]> lines) => [.. lines.SelectMany((line, k) => k == 0 ? line : [(byte)'\n', .. line])];

    internal static CooperationDataset RandomDataset(Random random)
    {
        string Text(int max)
        {
            var builder = new StringBuilder();
            int length = 1 + random.Next(max);
            for (int i = 0; i < length; i++)
            {
                builder.Append(Letters[random.Next(Letters.Length)]);
            }

            string text = builder.ToString().Trim();
            return text.Length == 0 ? "x" : text;
        }

        var catalog = SectorCatalog.Default;
        int n = 2 + random.Next(12);
        var institutions = Enumerable.Range(0, n).Select(i => new Institution(
            $"I{i}_{Text(3).Replace('\n', '_')}", Text(30), catalog.Sectors[random.Next(catalog.Sectors.Count)],
            random.Next(2) == 0 ? null : Text(10), random.Next(3) == 0 ? null : (TerritorialLevel)random.Next(4))).ToArray();
        string Pick() => institutions[random.Next(n)].Id;
        DateOnly Date() => new DateOnly(2018, 1, 1).AddDays(random.Next(1200));
        var declarations = Enumerable.Range(0, random.Next(4)).Select(d => new Declaration(
            $"D{d}", Text(40), Date(), (DeclarationKind)random.Next(2),
            institutions.Where(_ => random.Next(2) == 0).Select(i => i.Id).DefaultIfEmpty(institutions[0].Id))).ToArray();
        var actions = Enumerable.Range(0, random.Next(6)).Select(a =>
        {
            var date = Date();
            var who = institutions.Where(_ => random.Next(3) == 0).Select(i => i.Id).DefaultIfEmpty(institutions[^1].Id).ToArray();
            return new JointAction($"A{a}", Text(40), (JointActionKind)random.Next(7), date,
                who.Select(id => new Participation(id, (ParticipantRole)random.Next(3))),
                random.Next(2) == 0 ? null : date.AddDays(random.Next(30)),
                random.Next(2) == 0 ? null : random.Next(100000) / 100m,
                random.Next(2) == 0 ? null : random.Next(20));
        }).ToArray();
        var ties = Enumerable.Range(0, random.Next(4)).Select(_ => (Pick(), Pick())).Where(p => p.Item1 != p.Item2)
            .Select(p => new Tie(p.Item1, p.Item2, 0.5 + random.Next(10), random.Next(2) == 0 ? Tie.DefaultLayer : "survey")).ToArray();
        return CooperationDataset.Create(institutions, declarations, actions, ties);
    }
}
