#:project ../src/CooperationGraph/CooperationGraph.csproj
#:property PublishAot=false

// The twin of 04-comparing-milestones-and-gminas.ipynb as a .NET 10 file-based app, without .NET Interactive:
//   dotnet run notebooks/04-comparing-milestones-and-gminas.cs [OUTPUT-FOLDER] [--show]
// The same steps: tables (data frames) are printed, charts saved as offline HTML pages (--show opens them in the browser).
using CooperationGraph;

string here = (string)AppContext.GetData("EntryPointFileDirectoryPath")!;
var charts = new FigureFolder(
    args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal)) ?? Path.Combine(Path.GetTempPath(), "cooperation-graph-notebooks", "04-comparing-milestones-and-gminas"),
    open: args.Contains("--show"));
void Show(string name, Figure figure) => Console.WriteLine($"chart: {charts.Save(name, figure)}");

var dataset = DatasetReader.Load(Path.Combine(here, "../samples/loniow"));
var milestoneOne = CooperationAnalysis.Run(dataset, new AnalysisOptions { Window = new(null, new DateOnly(2019, 7, 8)) });
var milestoneTwo = CooperationAnalysis.Run(dataset, new AnalysisOptions { Window = new(new DateOnly(2019, 7, 9), null), ComparisonWindow = milestoneOne.Options.Window });

// Milestone I against milestone II.
var comparison = milestoneTwo.WindowComparison!;
Show("milestones", Charts.WindowComparison(comparison));
Console.WriteLine(comparison.ToDataFrame());
Show("network-milestone-1", Charts.NetworkMap(milestoneOne, new NetworkMapOptions { Title = "Milestone I (to 8 July 2019)" }));
Show("network-milestone-2", Charts.NetworkMap(milestoneTwo, new NetworkMapOptions { Title = "Milestone II (from 9 July 2019)" }));

// Six synthetic gminas, one seed each.
var gminas = GminaComparer.Compare(Enumerable.Range(1, 6).Select(k =>
    ($"Gmina {(char)('A' + k - 1)}", CooperationGenerator.Generate(new GeneratorOptions { Gminas = 1, Seed = 2018 + k, MeetingsPerGmina = 1 + k }))));
Show("gminas", Charts.GminaComparison(gminas));
Console.WriteLine(gminas.ToDataFrame().OrderBy("activation_rate"));

// Over time: quarters, tie dynamics, and what lasted after the end of 2019 (for illustration).
var quarterly = CooperationAnalysis.Run(dataset, new AnalysisOptions
{
    ProjectEnd = new DateOnly(2019, 12, 31),
    Permutations = 200,
    OverTime = new OverTimeOptions { Every = WindowPeriod.Quarter },
});
Show("indicators-over-time", Charts.IndicatorsOverTime(quarterly.OverTime!, dataset.Declarations.Select(d => (d.SignedOn, d.Title))));
Show("tie-dynamics", Charts.TieDynamics(quarterly.OverTime!));
Console.WriteLine(quarterly.OverTime!.ToDataFrame());
var lasted = quarterly.Durability!;
Console.WriteLine($"ties that lasted after 2019: {lasted.TiesKept} of {lasted.TiesDuring}; required links: {lasted.RequiredLinksKept.Count} of {lasted.RequiredLinksDuring.Count}; kept acting: {string.Join(", ", lasted.KeptActing)}");

// Did declarations lead to cooperation? MRQAP (Dekker, Krackhardt & Snijders double semi-partialling).
Console.WriteLine(quarterly.LayerAgreement.Regression!.ToDataFrame());

// Twelve synthetic gminas at once, split by unit; the dashboard as `cooperation-graph compare` writes it.
var national = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 12, Seed = 2019 });
var compared = GminaComparer.Compare(GminaComparer.SplitBy(national, "unit"),
    new AnalysisOptions { Permutations = 100 });
Console.WriteLine(compared.ToDataFrame().OrderByDescending("required_links_realised"));
Show("gmina-indicators", Charts.GminaComparison(compared));
Console.WriteLine($"dashboard: {DashboardWriter.Save(compared, Path.Combine(charts.Path, "dashboard")).First(p => p.EndsWith("dashboard.html", StringComparison.Ordinal))}");
