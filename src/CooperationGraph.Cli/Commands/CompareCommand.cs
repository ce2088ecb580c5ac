using System.CommandLine;

namespace CooperationGraph.Cli.Commands;

/// <summary>
/// <c>cooperation-graph compare DATASET... --out OUT [--model m.json] [--from] [--to] [--by unit]</c>: many gminas side
/// by side, written as comparison.csv, comparison.xlsx, dashboard.html and a full report per gmina.
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
        var by = new Option<string?>("--by") { Description = "Split one dataset into gminas by this institution column (unit, or a further column); powiat and voivodeship institutions count in every gmina they act or sign with." };
        var permutations = new Option<int>("--permutations") { Description = "QAP and MRQAP permutations per gmina.", DefaultValueFactory = _ => new AnalysisOptions().Permutations };
        var seed = new Option<int>("--seed") { Description = "Seed of the permutations.", DefaultValueFactory = _ => new AnalysisOptions().Seed };
        var maps = new Option<int>("--maps") { Description = "Small network maps on the dashboard; the other gminas are listed.", DefaultValueFactory = _ => new DashboardOptions().MaxMaps };
        var intoExisting = CommandBody.IntoExistingOption();
        var key = CommandBody.PseudonymKeyOption();
        var language = CommandBody.ReportLanguageOption();
        var command = new Command("compare", "Compare gminas: comparison.csv/.xlsx, an offline dashboard.html and a report per gmina.")
        {
            datasets, output, model, from, to, by, permutations, seed, maps, key, intoExisting, language,
        };
        command.SetBody((parseResult, writer, cancellationToken) =>
        {
            var paths = parseResult.GetRequiredValue(datasets);
            string folder = parseResult.GetRequiredValue(output);
            var outputOptions = CommandBody.Output([.. paths, parseResult.GetValue(model)], parseResult.GetValue(intoExisting));
            OutputFolder.Check(folder, outputOptions);
            string? column = parseResult.GetValue(by);
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
            var gminas = column is null ? loaded : [.. GminaComparer.SplitBy(loaded[0].Dataset, column)];
            var options = new AnalysisOptions
            {
                Model = parseResult.GetValue(model) is { } modelPath ? CooperationModelReader.Load(modelPath, loaded[0].Dataset.Sectors) : CooperationModel.RuralGmina,
                Pseudonymizer = Pseudonymizer.FromKeyOrEnvironment(parseResult.GetValue(key)),
                Window = new AnalysisWindow(AnalyzeCommand.Date(parseResult.GetValue(from), "--from"), AnalyzeCommand.Date(parseResult.GetValue(to), "--to")),
                Permutations = parseResult.GetValue(permutations),
                Seed = parseResult.GetValue(seed),
            };
            var comparison = GminaComparer.Compare(gminas, options, cancellationToken);
            var written = DashboardWriter.Save(comparison, folder, new DashboardOptions { MaxMaps = parseResult.GetValue(maps) }, outputOptions, cancellationToken);
            foreach (var path in written)
            {
                writer.WriteLine(Messages.Get("Wrote", path));
            }

            writer.WriteLine(Messages.Get("GminasCompared", Messages.Count(comparison.Gminas.Count)));
            return 0;
        }, language);
        return command;
    }

    private static string Name(string path)
    {
        string full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return Directory.Exists(full) ? Path.GetFileName(full) : Path.GetFileNameWithoutExtension(full);
    }
}
