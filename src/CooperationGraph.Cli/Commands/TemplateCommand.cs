using System.CommandLine;

namespace CooperationGraph.Cli.Commands;

/// <summary><c>cooperation-graph template --out szablon.xlsx [--lang pl|en] [--model m.json]</c>: a workbook to fill in.</summary>
internal static class TemplateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "The .xlsx workbook to write.", Required = true };
        var language = CommandBody.LanguageOption("Language of the sheet names, headers, drop-down lists and instructions: pl or en. Default: Polish when the machine's language (LANG) is Polish, else English.");
        var model = new Option<string?>("--model") { Description = "A cooperation model (JSON) whose required sectors and links the instructions name." };
        var command = new Command("template", "Write an empty dataset workbook to fill in: one sheet per table with a worked example, drop-down lists, date cells and instructions.")
        {
            output, language, model,
        };
        command.SetBody(
            (parseResult, writer, _) =>
            {
                string target = parseResult.GetRequiredValue(output);
                var outputOptions = CommandBody.Output([parseResult.GetValue(model)]);
                OutputFile.Check(target, outputOptions);
                if (!string.Equals(Path.GetExtension(target), ".xlsx", StringComparison.OrdinalIgnoreCase))
                {
                    throw new ArgumentException(Messages.Get("TemplateNeedsXlsx", Messages.Quote(target)));
                }

                var options = new TemplateOptions
                {
                    Language = Messages.Polish ? DatasetLanguage.Polish : DatasetLanguage.English,
                    Model = parseResult.GetValue(model) is { } modelPath ? CooperationModelReader.Load(modelPath, DatasetTemplate.Example.Sectors) : null,
                };
                DatasetTemplate.Save(target, options, outputOptions);
                writer.WriteLine(Messages.Get("Wrote", target));
                return 0;
            },
            language);
        return command;
    }
}
