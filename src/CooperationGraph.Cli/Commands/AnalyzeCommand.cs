using System.CommandLine;

namespace CooperationGraph.Cli.Commands;

/// <summary>
/// <c>cooperation-graph analyze DATASET --out OUT [--model model.json] [--from DATE] [--to DATE] [--compare FROM..TO]</c>:
/// gaps against the model, structure, brokerage and per-institution measures, written as gaps.json, metrics.csv and
/// report.html.
/// </summary>
internal static class AnalyzeCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "A folder of CSV files or an .xlsx workbook." };
        var output = new Option<string>("--out") { Description = "The folder to write gaps.json, metrics.csv and report.html into.", Required = true };
        var model = new Option<string?>("--model") { Description = "A cooperation model (JSON). Default: the built-in model for a rural gmina." };
        var from = new Option<string?>("--from") { Description = "First day of the analysis window (YYYY-MM-DD or DD.MM.YYYY)." };
        var to = new Option<string?>("--to") { Description = "Last day of the analysis window." };
        var compare = new Option<string?>("--compare") { Description = "A second window FROM..TO to compare with (e.g. the earlier milestone); writes comparison.json. Either end may be empty." };
        var permutations = new Option<int>("--permutations") { Description = "QAP permutations.", DefaultValueFactory = _ => new AnalysisOptions().Permutations };
        var weighted = new Option<bool>("--weighted") { Description = "Weighted centrality columns: strengths for eigenvector, PageRank, clustering, constraint and effective size; distance = 1/weight for betweenness, closeness and harmonic. Degree and core stay counts of ties (strength is the weighted degree)." };
        var xlsx = new Option<bool>("--xlsx") { Description = "Also write OUT/results.xlsx (metrics, gaps, links, mixing matrix, suggestions) for Excel." };
        var key = CommandBody.PseudonymKeyOption();
        var minCount = new Option<int>("--min-count") { Description = "Counts of families below this are written as <N.", DefaultValueFactory = _ => 3 };
        var seed = new Option<int>("--seed") { Description = "Seed of the QAP permutations.", DefaultValueFactory = _ => new AnalysisOptions().Seed };
        var plotly = new Option<string>("--plotly") { Description = "plotly.js in report.html: inline (works offline, about 4.8 MB) or cdn (small, needs the network).", DefaultValueFactory = _ => "inline" };
        plotly.AcceptOnlyFromAmong("inline", "cdn");
        var mapLimit = new Option<int>("--map-limit") { Description = "Draw the network map in report.html up to this many institutions.", DefaultValueFactory = _ => new ReportOptions().MaxMapInstitutions };
        var layoutSeed = new Option<int>("--layout-seed") { Description = "Seed of the network map's layout.", DefaultValueFactory = _ => new LayoutOptions().Seed };
        var every = new Option<string?>("--every") { Description = "Also analyse consecutive calendar windows: month, quarter or year; writes over_time.csv (indicators and tie dynamics per window)." };
        var windowWidth = new Option<int>("--window-width") { Description = "With --every: periods per window; above 1 the windows slide one period at a time.", DefaultValueFactory = _ => 1 };
        var projectEnd = new Option<string?>("--project-end") { Description = "The project's last day: gaps.json gains durability (ties, required links and institutions still acting after it)." };
        var dyads = new Option<string[]>("--dyad") { Description = "A further matrix for the MRQAP regression, NAME=FILE.csv (columns source,target,weight; pairs not listed are 0). Repeatable." };
        var resolution = new Option<double>("--resolution") { Description = "Resolution γ of the Leiden communities (modularity): above 1 more, smaller communities; below 1 fewer, larger ones. --weighted makes them weighted too.", DefaultValueFactory = _ => new CommunityOptions().Resolution };
        var profiles = new Option<bool>("--profiles") { Description = "Also write OUT/profiles/: one page per institution (its ego map, ranked measures, required links, brokerage roles, joint actions) and index.html." };
        var minRaters = new Option<int>("--min-raters") { Description = "Partner survey: a score an institution receives is left empty when fewer raters than this gave it (privacy); counts are always written.", DefaultValueFactory = _ => new SurveyOptions().MinRaters };
        var perceivedRule = new Option<string>("--perceived-rule") { Description = "Partner survey: a perceived tie when either reports one (weak, the default) or both do (strong); used for multiplexity and the QAP test against the enacted layer.", DefaultValueFactory = _ => "weak" };
        perceivedRule.AcceptOnlyFromAmong("weak", "strong");
        var mapColour = new Option<string>("--map-colour") { Description = "Colour the map in report.html by sector (the default) or by Leiden community (community).", DefaultValueFactory = _ => "sector" };
        mapColour.AcceptOnlyFromAmong("sector", "community");
        var intoExisting = CommandBody.IntoExistingOption();
        var language = CommandBody.ReportLanguageOption();
        var command = new Command("analyze", "Measure a dataset against a cooperation model and write gaps.json, metrics.csv and report.html.")
        {
            dataset, output, model, from, to, compare, permutations, seed, weighted, xlsx, key, minCount, plotly, mapLimit, layoutSeed, every, windowWidth, projectEnd, dyads, intoExisting, language,
            resolution, profiles, minRaters, perceivedRule, mapColour,
        };
        command.SetBody((parseResult, writer, cancellationToken) =>
        {
            string folder = parseResult.GetRequiredValue(output);
            var inputs = new List<string?> { parseResult.GetRequiredValue(dataset), parseResult.GetValue(model) };
            inputs.AddRange((parseResult.GetValue(dyads) ?? []).Select(DyadOption.PathOf));
            var outputOptions = CommandBody.Output(inputs, parseResult.GetValue(intoExisting));
            OutputFolder.Check(folder, outputOptions);
            var overTime = parseResult.GetValue(every) is { } period
                ? new OverTimeOptions { Every = TimeWindows.Names.Contains(period.Trim().ToLowerInvariant()) ? TimeWindows.Parse(period) : throw new ArgumentException($"--every must be month, quarter or year, not '{period}'."), Width = parseResult.GetValue(windowWidth) >= 1 ? parseResult.GetValue(windowWidth) : throw new ArgumentException("--window-width must be at least 1.") }
                : null;
            var end = Date(parseResult.GetValue(projectEnd), "--project-end");
            var loaded = parseResult.LoadDataset(parseResult.GetRequiredValue(dataset));
            var cooperationModel = parseResult.GetValue(model) is { } modelPath
                ? CooperationModelReader.Load(modelPath, loaded.Sectors)
                : CooperationModel.RuralGmina;
            if (parseResult.GetValue(permutations) < 0)
            {
                throw new ArgumentException("--permutations must not be negative.");
            }

            var options = new AnalysisOptions
            {
                Model = cooperationModel,
                Window = new AnalysisWindow(Date(parseResult.GetValue(from), "--from"), Date(parseResult.GetValue(to), "--to")),
                Permutations = parseResult.GetValue(permutations),
                Seed = parseResult.GetValue(seed),
                ProjectEnd = end,
                Regression = new MrqapOptions { Covariates = [.. (parseResult.GetValue(dyads) ?? []).Select(d => DyadOption.Read(d, loaded))] },
                OverTime = overTime,
                ComparisonWindow = parseResult.GetValue(compare) is { } range ? Window(range) : null,
                WeightedCentrality = parseResult.GetValue(weighted),
                Communities = new CommunityOptions { Weighted = parseResult.GetValue(weighted), Resolution = parseResult.GetValue(resolution) > 0 ? parseResult.GetValue(resolution) : throw new ArgumentException("--resolution must be a positive number.") },
                Pseudonymizer = Pseudonymizer.FromKeyOrEnvironment(parseResult.GetValue(key)),
                SuppressionThreshold = parseResult.GetValue(minCount) >= 1 ? parseResult.GetValue(minCount) : throw new ArgumentException("--min-count must be at least 1."),
                Survey = new SurveyOptions
                {
                    MinRaters = parseResult.GetValue(minRaters) >= 1 ? parseResult.GetValue(minRaters) : throw new ArgumentException("--min-raters must be at least 1."),
                    Rule = parseResult.GetValue(perceivedRule) == "strong" ? PerceivedTieRule.Strong : PerceivedTieRule.Weak,
                },
            };
            var report = new ReportOptions
            {
                Plotly = parseResult.GetValue(plotly) == "cdn" ? PlotlyScript.Cdn : PlotlyScript.Inline,
                MaxMapInstitutions = parseResult.GetValue(mapLimit) >= 0 ? parseResult.GetValue(mapLimit) : throw new ArgumentException("--map-limit must not be negative."),
                Layout = new LayoutOptions { Seed = parseResult.GetValue(layoutSeed) },
                MapByCommunity = parseResult.GetValue(mapColour) == "community",
            };
            CommandBody.ReleaseGarbage();
            var result = CooperationAnalysis.Run(loaded, options, cancellationToken);
            CommandBody.ReleaseGarbage();
            var saved = ResultFolder.Save(result, folder, new ResultFolderOptions { Report = report, Workbook = parseResult.GetValue(xlsx), Profiles = parseResult.GetValue(profiles), Output = outputOptions }, cancellationToken);
            // The profile pages (one per institution) are announced by their index alone.
            string pages = Path.Combine(Path.GetFullPath(folder), "profiles") + Path.DirectorySeparatorChar;
            foreach (var path in saved.Where(p => !p.StartsWith(pages, StringComparison.Ordinal) || Path.GetFileName(p) == ProfilePages.IndexFile))
            {
                writer.WriteLine(Messages.Get("Wrote", path));
            }

            if (result.Families is { RandomPseudonyms: true })
            {
                writer.WriteLine(Messages.Get("RandomPseudonyms", Pseudonymizer.KeyVariable));
            }

            writer.WriteLine(result.Headline());
            return 0;
        }, language);
        return command;
    }

    private static AnalysisWindow Window(string range)
    {
        var parts = range.Split("..");
        if (parts.Length != 2)
        {
            throw new ArgumentException($"--compare '{range}' must be FROM..TO, e.g. 2018-04-01..2019-06-30 (either end may be empty).");
        }

        return new AnalysisWindow(Date(parts[0], "--compare"), Date(parts[1], "--compare"));
    }

    internal static DateOnly? Date(string? text, string option)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return DatasetText.ParseDate(text, option);
        }
        catch (FormatException exception)
        {
            throw new ArgumentException(exception.Message, exception);
        }
    }
}
