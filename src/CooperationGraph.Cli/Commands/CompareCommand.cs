using System.CommandLine;

namespace CooperationGraph.Cli.Commands;

/// <summary>
/// <c>cooperation-graph compare DATASET... --out OUT [--model m.json] [--from] [--to] [--by unit]</c>: many gminas side
/// by side, written as comparison.csv, comparison.xlsx (comparison_groups.csv with --group-by), dashboard.html and a
/// full report per gmina (--reports all|none|N; by default up to 100 gminas); --intervals adds each gmina's bootstrap
/// intervals to comparison.csv.
/// </summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var datasets = new Argument<string[]>("datasets") { Description = "One folder of CSV files or .xlsx workbook per gmina (named after the folder or file), or one dataset with --by.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out") { Description = "The folder to write comparison.csv, comparison.xlsx, dashboard.html and gminas/NAME/ into.", Required = true };
        var model = new Option<string?>("--model") { Description = "A cooperation model (JSON). Default: the built-in model for a rural gmina." };
        var from = new Option<string?>("--from") { Description = "First day of the analysis window (YYYY-MM-DD or DD.MM.YYYY)." };
        var to = new Option<string?>("--to") { Description = "Last day of the analysis window." };
        var by = new Option<string?>("--by") { Description = "Split one dataset into gminas by this institution column (unit, in Polish jednostka, or a further column); powiat and voivodeship institutions count in every gmina they act or sign with." };
        var permutations = new Option<int>("--permutations") { Description = "QAP and MRQAP permutations per gmina.", DefaultValueFactory = _ => new AnalysisOptions().Permutations };
        var seed = new Option<int>("--seed") { Description = "Seed of the permutations.", DefaultValueFactory = _ => new AnalysisOptions().Seed };
        var reports = new Option<string?>("--reports") { Description = $"all, none or N: a full report per gmina (gminas/NAME/) for all, none or the first N gminas. Default: all up to {DefaultReportLimit} gminas, none beyond." };
        var groupBy = new Option<string?>("--group-by") { Description = "Group the gminas by this institution column (e.g. powiat; unit or jednostka): comparison_groups.csv (the mean of each indicator per group) and the dashboard's distributions per group." };
        var scatter = new Option<string?>("--scatter") { Description = "The two indicators of the dashboard's scatter above 30 gminas, as X,Y (columns of comparison.csv). Default: activation_rate,required_links_realised." };
        var intervals = new Option<bool>("--intervals") { Description = "Vertex-bootstrap 95 % intervals of density, degree and betweenness centralization, E-I index and activation rate per gmina (1 000 replicates, seeded by --seed): comparison.csv gains their _low and _high columns." };
        var maps = new Option<int>("--maps") { Description = "Small network maps on the dashboard; the other gminas are listed.", DefaultValueFactory = _ => new DashboardOptions().MaxMaps };
        var intoExisting = CommandBody.IntoExistingOption();
        var key = CommandBody.PseudonymKeyOption();
        var language = CommandBody.ReportLanguageOption();
        var command = new Command("compare", "Compare gminas: comparison.csv/.xlsx, an offline dashboard.html and a report per gmina.")
        {
            datasets, output, model, from, to, by, groupBy, reports, scatter, permutations, seed, maps, key, intoExisting, language, intervals,
        };
        command.SetBody((parseResult, writer, cancellationToken) =>
        {
            var paths = parseResult.GetRequiredValue(datasets);
            string folder = parseResult.GetRequiredValue(output);
            var outputOptions = CommandBody.Output([.. paths, parseResult.GetValue(model)], parseResult.GetValue(intoExisting));
            OutputFolder.Check(folder, outputOptions);
            string? column = InstitutionColumn(parseResult.GetValue(by));
            if (column is not null && paths.Length != 1)
            {
                throw new ArgumentException($"--by splits one dataset; {paths.Length} were given.");
            }

            if (parseResult.GetValue(permutations) < 0 || parseResult.GetValue(maps) < 0)
            {
                throw new ArgumentException("--permutations and --maps must not be negative.");
            }

            if (paths.GroupBy(Name, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1) is { } twice)
            {
                throw new ArgumentException(Messages.Get("GminaNamedTwice", Messages.Quote(twice.Key), twice.ElementAt(0), twice.ElementAt(1)));
            }

            var loaded = paths.Select(p => (Name: Name(p), Dataset: parseResult.LoadDataset(p))).ToList();
            var sectors = loaded[0].Dataset.Sectors;
            var gminas = column is null ? loaded : [.. GminaComparer.SplitBy(loaded[0].Dataset, column)];
            if (column is not null)
            {
                loaded.Clear(); // the national dataset's actions and declarations live on in the gminas' copies only: free the rest
            }

            var options = new AnalysisOptions
            {
                Model = parseResult.GetValue(model) is { } modelPath ? CooperationModelReader.Load(modelPath, sectors) : CooperationModel.RuralGmina,
                Pseudonymizer = Pseudonymizer.FromKeyOrEnvironment(parseResult.GetValue(key)),
                Window = new AnalysisWindow(AnalyzeCommand.Date(parseResult.GetValue(from), "--from"), AnalyzeCommand.Date(parseResult.GetValue(to), "--to")),
                Permutations = parseResult.GetValue(permutations),
                Seed = parseResult.GetValue(seed),
                Statistics = new StatisticsOptions { ComparisonIntervals = parseResult.GetValue(intervals) },
            };
            int reportCount = ReportCount(parseResult.GetValue(reports), gminas.Count);
            var dashboard = new DashboardOptions { MaxMaps = parseResult.GetValue(maps), MaxGminaReports = reportCount, GroupBy = InstitutionColumn(parseResult.GetValue(groupBy)) };
            if (parseResult.GetValue(scatter) is { } axes)
            {
                var pair = axes.Split(',', StringSplitOptions.TrimEntries);
                dashboard = pair.Length == 2 ? dashboard with { ScatterX = pair[0], ScatterY = pair[1] } : throw new ArgumentException($"--scatter takes two indicators as X,Y; got '{axes}'.");
            }

            if (new[] { dashboard.ScatterX, dashboard.ScatterY }.FirstOrDefault(c => !CooperationIndicators.Columns.Contains(c)) is { } unknown)
            {
                throw new ArgumentException($"--scatter: '{unknown}' is not an indicator; indicators: {string.Join(", ", CooperationIndicators.Columns)}.");
            }

            if (dashboard.GroupBy is { } group && !gminas.Any(g => g.Dataset.Institutions.Any(i => group == "unit" ? i.Unit is not null : i.Attributes.Any(a => a.Key == group))))
            {
                throw new ArgumentException($"--group-by: institutions have no column '{group}'.");
            }

            CommandBody.ReleaseGarbage();
            var comparison = GminaComparer.Compare(gminas, options, reportCount, cancellationToken);
            CommandBody.ReleaseGarbage();
            var written = DashboardWriter.Save(comparison, folder, dashboard, outputOptions, cancellationToken);
            foreach (var path in written)
            {
                writer.WriteLine(Messages.Get("Wrote", path));
            }

            writer.WriteLine(Messages.Get("GminasCompared", Messages.Count(comparison.Gminas.Count)));
            writer.WriteLine(reportCount == gminas.Count ? Messages.Get("ReportsForAll")
                : parseResult.GetValue(reports) is null ? Messages.Get("ReportsLeftOut", DefaultReportLimit) : Messages.Get("ReportsForFirst", Messages.Count(reportCount)));
            return 0;
        }, language);
        return command;
    }

    /// <summary>Above this many gminas <c>compare</c> writes no report per gmina unless <c>--reports</c> asks.</summary>
    internal const int DefaultReportLimit = 100;

    /// <summary>An institution column as the dataset format names it in either language: the Polish <c>jednostka</c> is
    /// <c>unit</c>; a further column keeps the name its file gives it.</summary>
    internal static string? InstitutionColumn(string? name) =>
        string.Equals(name, "jednostka", StringComparison.OrdinalIgnoreCase) ? "unit" : name;

    /// <summary>The number of gminas (from the first) that get a report: <c>all</c>, <c>none</c>, N, or by default all up to <see cref="DefaultReportLimit"/>.</summary>
    internal static int ReportCount(string? reports, int gminas) => reports?.Trim().ToLowerInvariant() switch
    {
        null => gminas <= DefaultReportLimit ? gminas : 0,
        "all" or "wszystkie" => gminas,
        "none" or "brak" => 0,
        var n when int.TryParse(n, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int count) => Math.Min(count, gminas),
        _ => throw new ArgumentException($"--reports takes all, none or a number of gminas; got '{reports}'."),
    };

    private static string Name(string path)
    {
        string full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Directory.Exists(full) ? Path.GetFileName(full) : Path.GetFileNameWithoutExtension(full);
    }
}
