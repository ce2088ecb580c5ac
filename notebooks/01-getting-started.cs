#:project ../src/CooperationGraph/CooperationGraph.csproj
#:property PublishAot=false

// The twin of 01-getting-started.ipynb as a .NET 10 file-based app, without .NET Interactive:
//   dotnet run notebooks/01-getting-started.cs [OUTPUT-FOLDER] [--show]
// The same steps: tables are printed, charts saved as offline HTML pages (--show opens them in the browser).
using CooperationGraph.Analysis;
using CooperationGraph.IO;
using CooperationGraph.Plotting;
using CooperationGraph.Tables;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var charts = new FigureFolder(
    args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks", "01-getting-started"),
    open: args.Contains("--show"));
void Show(string name, Figure figure) => Console.WriteLine($"chart: {charts.Save(name, figure)}");

// The Łoniów pilot, as bundled.
var dataset = DatasetReader.Load(Path.Combine(here, "../samples/loniow"));
Console.WriteLine(dataset);
Console.WriteLine(ResultTable.FromRecords("Institutions", dataset.Institutions.Select(i => new { i.Id, i.Name, Sector = i.Sector.Code, i.Unit, Level = i.Level?.ToString() })).ToText());

// The analysis against the model for a rural gmina.
var result = CooperationAnalysis.Run(dataset);
Console.WriteLine(result);

// The network, the timeline, the per-institution table.
Show("network", Charts.NetworkMap(result));
Show("timeline", Charts.Timeline(dataset));
Console.WriteLine(result.Metrics.ToText());

// The report: one offline page with every chart and table, and the data files beside it.
foreach (var path in result.Save(Path.Combine(charts.Path, "report")))
{
    Console.WriteLine($"wrote {path}");
}
