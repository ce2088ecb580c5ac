using System.CommandLine;

namespace CooperationGraph.Cli.Commands;

/// <summary><c>cooperation-graph convert DATASET --out TARGET</c>: between a CSV folder and an .xlsx workbook.</summary>
internal static class ConvertCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "The dataset to read: a folder of CSV files or an .xlsx workbook." };
        var output = new Option<string>("--out") { Description = "Where to write: a path ending in .xlsx writes a workbook, anything else a folder of CSV files.", Required = true };
        var format = new Option<string>("--csv-format")
        {
            Description = "For CSV output: standard (UTF-8, comma), excel (UTF-8 with BOM, semicolon) or cp1250 (Windows-1250, semicolon).",
            DefaultValueFactory = _ => "standard",
        };
        format.AcceptOnlyFromAmong("standard", "excel", "cp1250");
        var intoExisting = CommandBody.IntoExistingOption();
        var language = CommandBody.LanguageOption("Language of the written file, sheet and column names (and of kinds, roles and levels): pl or en. Default: the language the dataset was read in.");
        var command = new Command("convert", "Convert a dataset between a folder of CSV files and an .xlsx workbook (validating it on the way).") { dataset, output, format, language, intoExisting };
        command.SetBody(Convert);
        return command;

        int Convert(ParseResult parseResult, TextWriter writer, CancellationToken cancellationToken)
        {
            string target = parseResult.GetRequiredValue(output);
            bool workbook = string.Equals(Path.GetExtension(target), ".xlsx", StringComparison.OrdinalIgnoreCase);
            var outputOptions = CommandBody.Output([parseResult.GetRequiredValue(dataset)], parseResult.GetValue(intoExisting));
            if (workbook)
            {
                OutputFile.Check(target, outputOptions);
            }
            else
            {
                OutputFolder.Check(target, outputOptions);
            }

            var loaded = parseResult.LoadDataset(parseResult.GetRequiredValue(dataset), out var read);
            var written = parseResult.GetValue(language) switch
            {
                "pl" => DatasetLanguage.Polish,
                "en" => DatasetLanguage.English,
                _ => read,
            };
            cancellationToken.ThrowIfCancellationRequested();
            if (workbook)
            {
                DatasetWriter.SaveWorkbook(loaded, target, written, outputOptions);
            }
            else
            {
                var csv = parseResult.GetValue(format) switch
                {
                    "excel" => CsvFormat.Excel,
                    "cp1250" => CsvFormat.Windows1250,
                    _ => CsvFormat.Standard,
                };
                DatasetWriter.SaveFolder(loaded, target, csv, written, outputOptions);
            }

            writer.WriteLine($"{Messages.Get("Wrote", target)}: {loaded}");
            return 0;
        }
    }
}
