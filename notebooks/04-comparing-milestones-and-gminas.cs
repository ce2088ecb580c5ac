#:project ../src/CooperationGraph/CooperationGraph.csproj
#:property PublishAot=false

// The twin of 04-comparing-milestones-and-gminas.ipynb as a .NET 10 file-based app, without .NET Interactive:
//   dotnet run notebooks/04-comparing-milestones-and-gminas.cs [OUTPUT-FOLDER] [--show]
// The same steps: tables are printed, charts saved as offline HTML pages (--show opens them in the browser).
using CooperationGraph.IO;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using CooperationGraph.Plotting;
using CooperationGraph.Synthetic;
using CooperationGraph.Tables;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var charts = new FigureFolder(
    args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks", "04-comparing-milestones-and-gminas"),
    open: args.Contains("--show"));
void Show(string name, Figure figure) => Console.WriteLine($"chart: {charts.Save(name, figure)}");

var dataset = DatasetReader.Load(Path.Combine(here, "../samples/loniow"));
var milestoneOne = new AnalysisWindow(null, new DateOnly(2019, 7, 8));
var milestoneTwo = new AnalysisWindow(new DateOnly(2019, 7, 9), null);

// Milestone I against milestone II.
var comparison = GapComparison.Compute(dataset, milestoneOne, milestoneTwo, CooperationModel.RuralGmina);
Show("milestones", Charts.MilestoneComparison(comparison));
Console.WriteLine($"sectors joined: {string.Join(", ", comparison.SectorsJoined)}; links realised: {string.Join(", ", comparison.LinksRealised)}; activated: {comparison.Activated.Count}; no longer active: {comparison.Deactivated.Count}");
Show("network-milestone-1", Charts.NetworkMap(dataset, new NetworkMapOptions { Window = milestoneOne, Title = "Milestone I (to 8 July 2019)" }));
Show("network-milestone-2", Charts.NetworkMap(dataset, new NetworkMapOptions { Window = milestoneTwo, Title = "Milestone II (from 9 July 2019)" }));

// Six synthetic gminas, one seed each.
var gminas = Enumerable.Range(1, 6).Select(k =>
{
    var data = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 1, Seed = 2018 + k, MeetingsPerGmina = 1 + k });
    return (Name: $"Gmina {(char)('A' + k - 1)}", Data: data, Gaps: GapAnalysis.Compute(data, CooperationModel.RuralGmina));
}).ToList();
Show("gminas", Charts.GminaComparison(gminas.Select(g => (g.Name, g.Gaps))));
Console.WriteLine(ResultTable.FromRecords("Gminas", gminas.Select(g => new
{
    g.Name,
    Institutions = g.Data.Institutions.Count,
    JointActions = g.Data.JointActions.Count,
    g.Gaps.ActivationRate,
    MissingLinks = string.Join(", ", g.Gaps.MissingLinks),
    g.Gaps.Structure.Density,
    EI = g.Gaps.Mixing.EIIndex,
})).ToText());

// Over time: quarters, tie dynamics, and what lasted after the end of 2019 (for illustration).
var quarterly = CooperationGraph.Analysis.CooperationAnalysis.Run(dataset, new CooperationGraph.Analysis.AnalysisOptions
{
    Gaps = new GapOptions { ProjectEnd = new DateOnly(2019, 12, 31), Permutations = 200 },
    OverTime = new CooperationGraph.Analysis.OverTimeOptions { Every = CooperationGraph.Metrics.Dynamics.WindowPeriod.Quarter },
});
Show("indicators-over-time", Charts.IndicatorsOverTime(quarterly.OverTime!, dataset.Declarations.Select(d => (d.SignedOn, d.Title))));
Show("tie-dynamics", Charts.TieDynamics(quarterly.OverTime!));
Console.WriteLine(quarterly.OverTime!.ToDataFrame());
var lasted = quarterly.Gaps.Durability!;
Console.WriteLine($"ties that lasted after 2019: {lasted.TiesKept} of {lasted.TiesDuring}; required links: {lasted.RequiredLinksKept.Count} of {lasted.RequiredLinksDuring.Count}; kept acting: {string.Join(", ", lasted.KeptActing)}");

// Did declarations lead to cooperation? MRQAP (Dekker, Krackhardt & Snijders double semi-partialling).
Console.WriteLine(quarterly.Gaps.Mrqap!.ToDataFrame());

// Twelve synthetic gminas at once, split by unit; the dashboard as `cooperation-graph compare` writes it.
var national = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 12, Seed = 2019 });
var compared = CooperationGraph.Analysis.GminaComparer.Compare(CooperationGraph.Analysis.GminaComparer.SplitBy(national, "unit"),
    new CooperationGraph.Analysis.AnalysisOptions { Gaps = new GapOptions { Permutations = 100 } });
Console.WriteLine(compared.ToDataFrame().OrderByDescending("required_links_realised"));
Show("gmina-indicators", Charts.GminaBars(compared));
Console.WriteLine($"dashboard: {CooperationGraph.Reporting.DashboardWriter.Save(compared, Path.Combine(charts.Path, "dashboard")).First(p => p.EndsWith("dashboard.html", StringComparison.Ordinal))}");
