#:project ../src/CooperationGraph/CooperationGraph.csproj
#:property PublishAot=false

// The twin of 01-getting-started.ipynb as a .NET 10 file-based app, without .NET Interactive:
//   dotnet run notebooks/01-getting-started.cs [OUTPUT-FOLDER] [--show]
// The same steps: tables (data frames) are printed, charts saved as offline HTML pages (--show opens them in the browser).
using CooperationGraph;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var charts = new FigureFolder(
    args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks", "01-getting-started"),
    open: args.Contains("--show"));
void Show(string name, Figure figure) => Console.WriteLine($"chart: {charts.Save(name, figure)}");

// The Łoniów pilot, as bundled.
var dataset = DatasetReader.Load(Path.Combine(here, "../samples/loniow"));
Console.WriteLine(dataset);
foreach (var institution in dataset.Institutions)
{
    Console.WriteLine($"{institution.Id}: {institution.Name} ({institution.Sector.Code})");
}

// The analysis against the model for a rural gmina.
var result = CooperationAnalysis.Run(dataset);
Console.WriteLine(result);

// The network, the timeline, the per-institution table (the five most between).
Show("network", Charts.NetworkMap(result));
Show("timeline", Charts.Timeline(dataset));
var metrics = result.ToDataFrame();
Console.WriteLine(metrics.OrderByDescending("betweenness").Head(5));

// The report: one offline page with every chart and table, and the data files beside it.
foreach (var path in ResultFolder.Save(result, Path.Combine(charts.Path, "report")))
{
    Console.WriteLine($"wrote {path}");
}
