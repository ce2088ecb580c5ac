#:project ../src/CooperationGraph/CooperationGraph.csproj
#:property PublishAot=false

// The twin of 02-centrality-and-brokers.ipynb as a .NET 10 file-based app, without .NET Interactive:
//   dotnet run notebooks/02-centrality-and-brokers.cs [OUTPUT-FOLDER] [--show]
// The same steps: tables are printed, charts saved as offline HTML pages (--show opens them in the browser).
using CooperationGraph.Analysis;
using CooperationGraph.IO;
using CooperationGraph.Layout;
using CooperationGraph.Metrics.Centrality;
using CooperationGraph.Networks;
using CooperationGraph.Plotting;
using CooperationGraph.Tables;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var charts = new FigureFolder(
    args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks", "02-centrality-and-brokers"),
    open: args.Contains("--show"));
void Show(string name, Figure figure) => Console.WriteLine($"chart: {charts.Save(name, figure)}");

var dataset = DatasetReader.Load(Path.Combine(here, "../samples/loniow"));
var network = CooperationNetwork.Build(dataset);
Console.WriteLine(network);

// Every centrality measure, then betweenness and constraint as bars.
// Katz needs α below 1/λ_max (about 0.094 on this network; NetworkX's default 0.1 would diverge)
var centrality = CentralityMeasures.Compute(network, new CentralityOptions { KatzAlpha = 0.05 });
Console.WriteLine(centrality.ToResultTable().ToText());
Show("betweenness", Charts.CentralityBar(network, centrality, CentralityMeasure.Betweenness, top: 10));
Show("constraint", Charts.CentralityBar(network, centrality, CentralityMeasure.Constraint, top: 20));

// Weighted or not: ties as strengths (shared actions), distance 1/weight on paths.
var weighted = CentralityMeasures.Compute(network, new CentralityOptions { Weighted = true, Measures = [CentralityMeasure.Betweenness, CentralityMeasure.Strength] });
Console.WriteLine(ResultTable.FromRecords("Betweenness, unweighted and weighted", network.Institutions.Select(i => new
{
    i.Name,
    Sector = i.Sector.Code,
    Unweighted = centrality[i.Id, "betweenness"],
    Weighted = weighted[i.Id, "betweenness"],
    Strength = weighted[i.Id, "strength"],
}).OrderByDescending(r => r.Unweighted)).ToText());

// Brokerage between sectors and cut points.
var result = CooperationAnalysis.Run(dataset);
var metrics = result.Metrics;
Console.WriteLine(ResultTable.FromRecords("Brokers and cut points", Enumerable.Range(0, metrics.RowCount).Select(r => new
{
    Id = (string)metrics[r, "id"]!,
    Sector = (string)metrics[r, "sector"]!,
    CutPoint = (bool)metrics[r, "articulation_point"]!,
    FragmentationWithout = (double)metrics[r, "fragmentation_without"]!,
    Liaison = (double)metrics[r, "brokerage_liaison"]!,
    Gatekeeper = (double)metrics[r, "brokerage_gatekeeper"]!,
    Representative = (double)metrics[r, "brokerage_representative"]!,
    TotalZ = (double)metrics[r, "brokerage_total_z"]!,
}).Where(b => b.CutPoint || b.Liaison + b.Gatekeeper + b.Representative > 0).OrderByDescending(b => b.TotalZ)).ToText());

// The network grouped by sector, sized by betweenness.
Show("network-by-sector", Charts.NetworkMap(result, new NetworkMapOptions { Layout = new LayoutOptions { Grouping = LayoutGrouping.Sector, Seed = 7 } }));
