using System.Diagnostics;
using CooperationGraph.IO;
using CooperationGraph.Model;
using nietras.SeparatedValues;
namespace CooperationGraph.Benchmarks;
public static class ProbeImport
{
    public static void Run(string folder)
    {
        string path = Path.Combine(folder, "participations.csv");
        for (int rep = 0; rep < 4; rep++)
        {
            var sw = Stopwatch.StartNew();
            var problems = new List<DatasetProblem>();
            var table = CsvTableReader.Read(path, "p", problems);
            var t0 = sw.Elapsed;
            int n = 0; long chars = 0;
            using (var reader = Sep.New(',').Reader(o => o with { HasHeader = false, Unescape = true, DisableColCountCheck = true }).FromFile(path))
            {
                var rows = new List<string[]>();
                foreach (var row in reader)
                {
                    var fields = new string[row.ColCount];
                    for (int i = 0; i < fields.Length; i++) { fields[i] = row[i].ToString(); chars += fields[i].Length; }
                    rows.Add(fields); n += row.LineNumberFrom > 0 ? 1 : 0;
                }
            }
            var t1 = sw.Elapsed;
            using (var reader = Sylvan.Data.Csv.CsvDataReader.Create(new StreamReader(path), new Sylvan.Data.Csv.CsvDataReaderOptions { HasHeaders = false, Delimiter = ',' }))
            {
                var rows = new List<string[]>();
                while (reader.Read())
                {
                    var fields = new string[reader.RowFieldCount];
                    for (int i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i);
                    rows.Add(fields);
                }
            }
            var t2 = sw.Elapsed;
            Console.WriteLine($"ours(CsvHelper33) {t0.TotalMilliseconds:F0} sep {(t1-t0).TotalMilliseconds:F0} sylvan {(t2-t1).TotalMilliseconds:F0} rows {table.Rows.Count} {n}");
        }
    }
}
