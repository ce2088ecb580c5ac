#:project ../src/CooperationGraph/CooperationGraph.csproj
#:property PublishAot=false

// The twin of 03-model-gaps.ipynb as a .NET 10 file-based app, without .NET Interactive:
//   dotnet run notebooks/03-model-gaps.cs [OUTPUT-FOLDER] [--show]
// The same steps: tables (data frames) are printed, charts saved as offline HTML pages (--show opens them in the browser).
using CooperationGraph;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var charts = new FigureFolder(
    args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks", "03-model-gaps"),
    open: args.Contains("--show"));
void Show(string name, Figure figure) => Console.WriteLine($"chart: {charts.Save(name, figure)}");

var dataset = DatasetReader.Load(Path.Combine(here, "../samples/loniow"));
var model = CooperationModelReader.Load(Path.Combine(here, "../samples/models/rural-gmina.json"), dataset.Sectors);
Console.WriteLine(model);

// Required links, realised or missing.
var result = CooperationAnalysis.Run(dataset, new AnalysisOptions { Model = model });
var gaps = result.Gaps;
Show("gap-heatmap", Charts.GapHeatmap(gaps));

// Declared but inactive, active but undeclared.
var institutions = result.ToDataFrame();
Console.WriteLine(institutions.Filter(institutions["declared"].ElementwiseNotEquals(institutions["active"])));
Console.WriteLine($"activation rate {gaps.ActivationRate:0.###}; missing sectors: {string.Join(", ", gaps.MissingSectors)}; single points of failure: {string.Join(", ", gaps.SinglePointSectors.Select(s => s.Sector.Code))}");

// Openness across sectors, and what could close the gaps.
Show("mixing", Charts.MixingHeatmap(result.Mixing));
Console.WriteLine(gaps.SuggestedTies.ToDataFrame());

// A stricter model: OPS also with WTZ and SDS.
var sectors = dataset.Sectors;
var stricter = new CooperationModel(
    "Rural gmina, with disability services",
    [.. model.RequiredSectors, sectors["WTZ"], sectors["SDS"]],
    [.. model.RequiredLinks, new SectorPair(sectors["OPS"], sectors["WTZ"]), new SectorPair(sectors["OPS"], sectors["SDS"])]);
var stricterGaps = CooperationAnalysis.Run(dataset, new AnalysisOptions { Model = stricter }).Gaps;
Show("gap-heatmap-stricter", Charts.GapHeatmap(stricterGaps));
Console.WriteLine(stricterGaps.Links.ToDataFrame());
