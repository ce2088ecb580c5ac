#:project ../src/CooperationGraph/CooperationGraph.csproj
#:property PublishAot=false

// The twin of 02-centrality-and-brokers.ipynb as a .NET 10 file-based app, without .NET Interactive:
//   dotnet run notebooks/02-centrality-and-brokers.cs [OUTPUT-FOLDER] [--show]
// The same steps: tables (data frames) are printed, charts saved as offline HTML pages (--show opens them in the browser).
using CooperationGraph;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var charts = new FigureFolder(
    args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks", "02-centrality-and-brokers"),
    open: args.Contains("--show"));
void Show(string name, Figure figure) => Console.WriteLine($"chart: {charts.Save(name, figure)}");

var dataset = DatasetReader.Load(Path.Combine(here, "../samples/loniow"));
var result = CooperationAnalysis.Run(dataset);
var network = result.Network;
Console.WriteLine(network);

// Every centrality measure, sorted by betweenness, then betweenness and constraint as bars.
var centrality = result.Centrality.ToDataFrame();
Console.WriteLine(centrality.OrderByDescending("betweenness"));
Show("betweenness", Charts.CentralityBar(result, CentralityMeasure.Betweenness, top: 10));
Show("constraint", Charts.CentralityBar(result, CentralityMeasure.Constraint, top: 20));

// Weighted or not: ties as strengths (shared actions), distance 1/weight on paths; joined by id.
var weighted = CooperationAnalysis.Run(dataset, new AnalysisOptions { WeightedCentrality = true }).Centrality.ToDataFrame();
var both = centrality.Merge<string>(weighted, "id", "id", "", "_weighted");
Console.WriteLine(both.OrderByDescending("betweenness"));

// Brokers between sectors and articulation points, by brokerage z-score.
var metrics = result.ToDataFrame();
var brokers = metrics.Filter(metrics["brokerage_total"].ElementwiseGreaterThan(0.0));
Console.WriteLine(brokers.OrderByDescending("brokerage_total_z"));

// The network grouped by sector, sized by betweenness.
Show("network-by-sector", Charts.NetworkMap(result, new NetworkMapOptions { Layout = new() { Grouping = LayoutGrouping.Sector, Seed = 7 } }));
