#:project ../src/CooperationGraph/CooperationGraph.csproj
#:property PublishAot=false

// The twin of 03-model-gaps.ipynb as a .NET 10 file-based app, without .NET Interactive:
//   dotnet run notebooks/03-model-gaps.cs [OUTPUT-FOLDER] [--show]
// The same steps: tables are printed, charts saved as offline HTML pages (--show opens them in the browser).
using CooperationGraph.IO;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using CooperationGraph.Plotting;
using CooperationGraph.Tables;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var charts = new FigureFolder(
    args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks", "03-model-gaps"),
    open: args.Contains("--show"));
void Show(string name, Figure figure) => Console.WriteLine($"chart: {charts.Save(name, figure)}");

var dataset = DatasetReader.Load(Path.Combine(here, "../samples/loniow"));
var model = CooperationModelReader.Load(Path.Combine(here, "../samples/models/rural-gmina.json"), dataset.Sectors);
Console.WriteLine(model);

// Required links, realised or missing.
var gaps = GapAnalysis.Compute(dataset, model);
Show("gap-heatmap", Charts.GapHeatmap(gaps));

// Declared but inactive, active but undeclared.
Console.WriteLine(ResultTable.FromRecords("Declared and active", dataset.Institutions.Select(i => new
{
    i.Id,
    i.Name,
    Sector = i.Sector.Code,
    Declared = gaps.Declared.Contains(i.Id),
    Active = gaps.Active.Contains(i.Id),
}).Where(r => r.Declared != r.Active)).ToText());
Console.WriteLine($"activation rate {gaps.ActivationRate:0.###}; missing sectors: {string.Join(", ", gaps.MissingSectors)}; single points of failure: {string.Join(", ", gaps.SinglePointSectors.Select(s => s.Sector.Code))}");

// Openness across sectors, and what could close the gaps.
Show("mixing", Charts.MixingHeatmap(gaps.Mixing));
Console.WriteLine(ResultTable.FromRecords("Suggested ties", gaps.SuggestedTies.Select(t => new { Link = t.Link.ToString(), t.SourceId, t.TargetId, t.AdamicAdar, t.CommonPartners })).ToText());

// A stricter model: OPS also with WTZ and SDS.
var sectors = dataset.Sectors;
var stricter = new CooperationModel(
    "Rural gmina, with disability services",
    [.. model.RequiredSectors, sectors["WTZ"], sectors["SDS"]],
    [.. model.RequiredLinks, new SectorPair(sectors["OPS"], sectors["WTZ"]), new SectorPair(sectors["OPS"], sectors["SDS"])]);
var stricterGaps = GapAnalysis.Compute(dataset, stricter);
Show("gap-heatmap-stricter", Charts.GapHeatmap(stricterGaps));
Console.WriteLine(ResultTable.FromRecords("Required links under the stricter model", stricterGaps.Links.Select(l => new { Link = l.Link.ToString(), l.InstitutionPairs, l.IsMissing })).ToText());
