using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using CooperationGraph.IO;
using nietras.SeparatedValues;
using Sylvan.Data.Csv;

namespace CooperationGraph.Benchmarks;

/// <summary>
/// One table of 1 000 000 participation rows (28 MB of UTF-8, <c>action_id,institution_id,role</c>) read into a row of
/// strings per record with its line: our reader (<see cref="CsvTableReader"/>: encoding detection, delimiter, CsvHelper
/// 33, quoting and control-character checks, trimming) against the bare parsers the registry also serves, Sep 0.18 and
/// Sylvan.Data.Csv 1.4.4, which check nothing. What a faster parser could gain, measured before choosing.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class CsvParserBenchmarks
{
    private string path = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        path = Path.Combine(Path.GetTempPath(), "cg-parser-participations.csv");
        var random = new Random(20181001);
        using var writer = new StreamWriter(path, false, new UTF8Encoding(false));
        writer.Write("action_id,institution_id,role\n");
        for (int row = 0; row < 1_000_000; row++)
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"A{row / 4:D6},I{random.Next(34_005):D5}_Łoniów,{(row % 4 == 0 ? "lead" : "participant")}\n"));
        }
    }

    [GlobalCleanup]
    public void Cleanup() => File.Delete(path);

    [Benchmark(Baseline = true)]
    public int Ours() => CsvTableReader.Read(path, path, new List<DatasetProblem>()).Rows.Count;

    [Benchmark]
    public int Sep()
    {
        var rows = new List<(int, string[])>();
        using var reader = nietras.SeparatedValues.Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromFile(path);
        foreach (var row in reader)
        {
            var fields = new string[row.ColCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = row[i].ToString();
            }

            rows.Add((row.LineNumberFrom, fields));
        }

        return rows.Count;
    }

    [Benchmark]
    public int Sylvan()
    {
        var rows = new List<(int, string[])>();
        using var reader = CsvDataReader.Create(new StreamReader(path, Encoding.UTF8), new CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' });
        int line = 0;
        while (reader.Read())
        {
            var fields = new string[reader.RowFieldCount];
            for (int i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            rows.Add((++line, fields));
        }

        return rows.Count;
    }
}
