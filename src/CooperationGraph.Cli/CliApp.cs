using System.CommandLine;
using CooperationGraph.Cli.Commands;

namespace CooperationGraph.Cli;

/// <summary>Builds the command tree and runs it against given writers, so tests can run it in-process.</summary>
internal static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("cooperation-graph: cooperation networks between public institutions (declared and enacted layers, centrality, gaps against a cooperation model).");
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ConvertCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(CentralityCommand.Create());
        root.Subcommands.Add(GenerateCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(TemplateCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
        return root.Parse(args).Invoke(configuration);
    }
}
