using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;

namespace CooperationGraph.Benchmarks;

/// <summary>Import of a dataset folder: 36 institutions per 100 actions, 10 participants per action.</summary>
[MemoryDiagnoser]
public class DatasetImportBenchmarks
{
    private string folder = string.Empty;

    /// <summary>Number of participation rows.</summary>
    [Params(10_000, 1_000_000)]
    public int Participations { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        folder = Path.Combine(Path.GetTempPath(), $"cg-import-{Participations}");
        Directory.CreateDirectory(folder);
        int actions = Participations / 10;
        int institutions = Math.Max(20, actions * 36 / 100);
        var random = new Random(20181001);
        string[] sectors = ["OPS", "PCPR", "PUP", "SCHOOL", "POLICE", "NGO", "CULTURE", "HEALTH"];
        var text = new StringBuilder("id,name,sector,unit,level\n");
        for (int i = 0; i < institutions; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"I{i},Instytucja {i} w Łoniowie,{sectors[i % sectors.Length]},Gmina {i / 15},gmina\n");
        }

        File.WriteAllText(Path.Combine(folder, "institutions.csv"), text.ToString());
        text.Clear().Append("id,title,kind,date\n");
        for (int a = 0; a < actions; a++)
        {
            text.Append(CultureInfo.InvariantCulture, $"A{a},Spotkanie {a},meeting,2019-{1 + (a % 12):00}-{1 + (a % 28):00}\n");
        }

        File.WriteAllText(Path.Combine(folder, "actions.csv"), text.ToString());
        text.Clear().Append("action_id,institution_id,role\n");
        for (int a = 0; a < actions; a++)
        {
            int first = random.Next(institutions - 10);
            for (int k = 0; k < 10; k++)
            {
                text.Append(CultureInfo.InvariantCulture, $"A{a},I{first + k},participant\n");
            }
        }

        File.WriteAllText(Path.Combine(folder, "participations.csv"), text.ToString());
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(folder, recursive: true);

    [Benchmark]
    public CooperationDataset Load() => DatasetReader.Load(folder);
}
