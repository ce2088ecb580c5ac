using System.Text;
using CooperationGraph.IO;
using CooperationGraph.Model;
using FsCheck.Xunit;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// Properties over random datasets: FsCheck draws the seeds (and shrinks them on failure); each seed builds a
/// dataset with hostile names (quotes, delimiters, new lines, formula starts, Polish letters).
/// </summary>
public class DatasetPropertyTests
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzĄąĆćĘęŁłŃńÓóŚśŹźŻż0123456789 ,;\"'=+-@<>&\n";

    [Property(MaxTest = 40)]
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

    [Property(MaxTest = 150)]
    public bool Random_corruptions_are_loaded_or_refused_with_located_problems_never_crashed(int seed)
    {
        var random = new Random(seed);
        using var target = TempDataset.Empty();
        DatasetWriter.SaveFolder(RandomDataset(random), target.Folder, random.Next(2) == 0 ? CsvFormat.Standard : CsvFormat.Windows1250);
        var files = Directory.GetFiles(target.Folder);
        string file = files[random.Next(files.Length)];
        File.WriteAllBytes(file, Corrupt(File.ReadAllBytes(file), random));
        try
        {
            DatasetReader.Load(target.Folder);
            return true;
        }
        catch (DatasetException exception)
        {
            return exception.Problems.Count > 0 && exception.Problems.All(p => p.File.Length > 0 && p.Message.Length > 0 && (p.Line is null || p.Line >= 1));
        }
    }

    private static byte[] Corrupt(byte[] bytes, Random random)
    {
        var list = bytes.ToList();
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        switch (random.Next(6))
        {
            case 0:
                return bytes[..random.Next(bytes.Length + 1)];
            case 1:
                for (int i = 0; i < 1 + random.Next(4) && list.Count > 0; i++)
                {
                    list[random.Next(list.Count)] = (byte)random.Next(256);
                }

                return [.. list];
            case 2:
                list.InsertRange(random.Next(list.Count + 1), Enumerable.Range(0, 1 + random.Next(8)).Select(_ => (byte)random.Next(256)));
                return [.. list];
            case 3:
                lines.RemoveAt(random.Next(lines.Count));
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            case 4:
                int line = random.Next(lines.Count);
                lines.Insert(line, lines[line]);
                return Encoding.UTF8.GetBytes(string.Join('\n', lines));
            default:
                return [.. bytes.Select(b => b == (byte)',' ? (byte)';' : b == (byte)';' ? (byte)',' : b)];
        }
    }

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
