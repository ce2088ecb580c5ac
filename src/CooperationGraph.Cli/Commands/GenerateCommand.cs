using System.CommandLine;
using System.Globalization;
using System.Text;

namespace CooperationGraph.Cli.Commands;

/// <summary><c>cooperation-graph generate --gminas N [--seed S] --out DIR [--ties FILE] [--powiat-links K]</c>: a seeded synthetic dataset.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var defaults = new GeneratorOptions();
        var gminas = new Option<int>("--gminas") { Description = "Number of gminas (Poland: 2477).", DefaultValueFactory = _ => defaults.Gminas };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed gives the same dataset.", DefaultValueFactory = _ => defaults.Seed };
        var output = new Option<string>("--out") { Description = "Folder to write the dataset's CSV files into.", Required = true };
        var powiatLinks = new Option<int?>("--powiat-links") { Description = "How many of a gmina's institutions work directly with its powiat (1 = only the OPS; default: the mixed pattern)." };
        var ties = new Option<string?>("--ties") { Description = "Also write the enacted network as a plain edge list source,target,weight (the centrality command's input)." };
        var intoExisting = CommandBody.IntoExistingOption();
        var language = CommandBody.MessageLanguageOption();
        var command = new Command("generate", "Generate a seeded synthetic dataset shaped like Polish local social policy (voivodeship → powiat → gmina).") { gminas, seed, output, ties, powiatLinks, intoExisting, language };
        command.SetBody((parseResult, writer, cancellationToken) =>
        {
            string folder = parseResult.GetRequiredValue(output);
            var folderOptions = CommandBody.Output([], parseResult.GetValue(intoExisting));
            var tiesOptions = CommandBody.Output([folder]);
            OutputFolder.Check(folder, folderOptions);
            if (parseResult.GetValue(ties) is { } tiesPath)
            {
                OutputFile.Check(tiesPath, tiesOptions);
                string datasetFolder = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder)) + Path.DirectorySeparatorChar;
                if (Path.GetFullPath(tiesPath).StartsWith(datasetFolder, StringComparison.Ordinal))
                {
                    throw new ArgumentException($"--ties {tiesPath} lies inside --out {folder}; the dataset folder holds only its own tables: write the edge list beside it.");
                }
            }

            var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = parseResult.GetValue(gminas), Seed = parseResult.GetValue(seed), PowiatLinks = parseResult.GetValue(powiatLinks) });
            cancellationToken.ThrowIfCancellationRequested();
            DatasetWriter.SaveFolder(dataset, folder, null, DatasetLanguage.English, folderOptions);
            writer.WriteLine($"{Messages.Get("Wrote", folder)}: {dataset}");
            if (parseResult.GetValue(ties) is { } path)
            {
                var network = CooperationNetwork.Build(dataset);
                var text = new StringBuilder("source,target,weight\n");
                foreach (var tie in network.Ties)
                {
                    text.Append(CultureInfo.InvariantCulture, $"{tie.SourceId},{tie.TargetId},{tie.Weight:R}\n");
                }

                cancellationToken.ThrowIfCancellationRequested();
                OutputFile.WriteText(path, text.ToString(), tiesOptions);
                writer.WriteLine($"{Messages.Get("Wrote", path)}: {Messages.Get("InstitutionsAndTies", Messages.Count(network.Institutions.Count), Messages.Count(network.Ties.Count))}");
            }

            return 0;
        }, language);
        return command;
    }
}
