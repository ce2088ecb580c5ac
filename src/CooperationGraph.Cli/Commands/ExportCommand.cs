using System.CommandLine;

namespace CooperationGraph.Cli.Commands;

/// <summary>
/// <c>cooperation-graph export DATASET --format gexf|graphml|pajek|json --out FILE [--layers …] [--from] [--to]</c>:
/// a network for Gephi and other tools (with centrality as node attributes), or the whole dataset as JSON.
/// </summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var dataset = new Argument<string>("dataset") { Description = "A folder of CSV files or an .xlsx workbook." };
        var format = new Option<string>("--format") { Description = "gexf (Gephi), graphml, pajek, or json (the whole dataset).", Required = true };
        format.AcceptOnlyFromAmong("gexf", "graphml", "pajek", "json");
        var output = new Option<string>("--out") { Description = "The file to write.", Required = true };
        var layers = new Option<string>("--layers") { Description = "enacted (joint actions and direct ties), declared, actions, ties, all, or perceived (the partner survey's ties).", DefaultValueFactory = _ => "enacted" };
        layers.AcceptOnlyFromAmong("enacted", "declared", "actions", "ties", "all", "perceived");
        var perceivedRule = new Option<string>("--perceived-rule") { Description = "With --layers perceived: a tie when either institution reports one (weak, the default) or both do (strong); the weight is the mean of the two reported levels, or the one reported.", DefaultValueFactory = _ => "weak" };
        perceivedRule.AcceptOnlyFromAmong("weak", "strong");
        var from = new Option<string?>("--from") { Description = "First day of the window (YYYY-MM-DD or DD.MM.YYYY)." };
        var to = new Option<string?>("--to") { Description = "Last day of the window." };
        var language = CommandBody.MessageLanguageOption();
        var command = new Command("export", "Export a network (GEXF 1.3, GraphML, Pajek) or the whole dataset (JSON).") { dataset, format, output, layers, from, to, perceivedRule, language };
        command.SetBody((parseResult, writer, cancellationToken) =>
        {
            string path = parseResult.GetRequiredValue(output);
            var outputOptions = CommandBody.Output([parseResult.GetRequiredValue(dataset)]);
            OutputFile.Check(path, outputOptions);
            var loaded = parseResult.LoadDataset(parseResult.GetRequiredValue(dataset));
            string kind = parseResult.GetRequiredValue(format);
            string text;
            if (kind == "json")
            {
                text = DatasetJson.ToJson(loaded);
            }
            else
            {
                var options = new NetworkOptions
                {
                    Layers = parseResult.GetValue(layers) switch
                    {
                        "declared" => NetworkLayers.Declared,
                        "actions" => NetworkLayers.JointActions,
                        "ties" => NetworkLayers.DirectTies,
                        "all" => NetworkLayers.All,
                        "perceived" => NetworkLayers.Perceived,
                        _ => NetworkLayers.Enacted,
                    },
                    Window = new AnalysisWindow(AnalyzeCommand.Date(parseResult.GetValue(from), "--from"), AnalyzeCommand.Date(parseResult.GetValue(to), "--to")),
                    PerceivedRule = parseResult.GetValue(perceivedRule) == "strong" ? PerceivedTieRule.Strong : PerceivedTieRule.Weak,
                };
                if (options.Layers.HasFlag(NetworkLayers.Perceived) && loaded.Survey.IsEmpty)
                {
                    throw new ArgumentException(Messages.Get("ExportNoSurvey", parseResult.GetRequiredValue(dataset)));
                }

                var network = CooperationNetwork.Build(loaded, options);
                var measures = CentralityAnalysis.Compute(network, new CentralityOptions { Measures = CentralityMeasureNames.Basic }, cancellationToken);
                text = kind switch
                {
                    "gexf" => NetworkWriter.ToGexf(network, measures, loaded),
                    "graphml" => NetworkWriter.ToGraphML(network, measures),
                    _ => NetworkWriter.ToPajek(network),
                };
            }

            cancellationToken.ThrowIfCancellationRequested();
            OutputFile.WriteText(path, text, outputOptions);
            writer.WriteLine(Messages.Get("Wrote", path));
            return 0;
        }, language);
        return command;
    }
}
