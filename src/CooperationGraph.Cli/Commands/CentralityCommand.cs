using System.CommandLine;

namespace CooperationGraph.Cli.Commands;

/// <summary>
/// <c>cooperation-graph centrality TIES.csv [--weighted] [--metrics a,b] [--out FILE]</c>: centrality of every node of a
/// plain edge list, as CSV (invariant culture, round-trip precision, empty cells for undefined values).
/// </summary>
internal static class CentralityCommand
{
    public static Command Create()
    {
        var ties = new Argument<string>("ties") { Description = "An edge list with header source,target[,weight] (weights are strengths), or a .graphml / .gexf file." };
        var weighted = new Option<bool>("--weighted") { Description = "Use weights: strengths for eigenvector, PageRank, Katz, clustering, constraint, effective size; distance = 1/weight for betweenness, closeness, harmonic. Degree and core stay counts; weights for them alone are refused." };
        var metrics = new Option<string?>("--metrics") { Description = $"Comma-separated measures, in the order wanted. Known: {string.Join(",", CentralityMeasureNames.Names)}." };
        var output = new Option<string?>("--out") { Description = "Write the CSV to this file instead of standard output." };
        var language = CommandBody.MessageLanguageOption();
        var command = new Command("centrality", "Centrality of every node of an edge list (NetworkX-equal measures), as CSV.") { ties, weighted, metrics, output, language };
        command.SetBody((parseResult, writer, cancellationToken) =>
        {
            // Without --metrics: the basic suite (every measure but Katz), as NetworkX's.
            var measures = parseResult.GetValue(metrics) is { } list ? CentralityMeasureNames.ParseList(list) : CentralityMeasureNames.Basic;
            string input = parseResult.GetRequiredValue(ties);
            var outputOptions = CommandBody.Output([input]);
            if (parseResult.GetValue(output) is { } target)
            {
                OutputFile.Check(target, outputOptions);
            }

            var network = Path.GetExtension(input).ToLowerInvariant() is ".graphml" or ".gexf"
                ? NetworkReader.Load(input)
                : EdgeListReader.Load(input);
            var progress = Console.IsErrorRedirected ? null : new ProgressBar(parseResult.InvocationConfiguration.Error);
            var table = CentralityAnalysis.Compute(network, new CentralityOptions { Weighted = parseResult.GetValue(weighted), Measures = measures, Progress = progress }, cancellationToken);
            progress?.Done();
            string csv = FrameWriter.ToCsv(table.ToDataFrame());
            if (parseResult.GetValue(output) is { } path)
            {
                OutputFile.WriteText(path, csv, outputOptions);
            }
            else
            {
                writer.Write(csv);
            }

            return 0;
        }, language);
        return command;
    }

    /// <summary>A one-line progress bar on a terminal's error stream.</summary>
    private sealed class ProgressBar(TextWriter error) : IProgress<double>
    {
        private int shown = -1;

        public void Report(double value)
        {
            int percent = (int)(value * 100);
            if (percent != Interlocked.Exchange(ref shown, percent))
            {
                error.Write($"\rshortest paths [{new string('#', percent / 5),-20}] {percent,3}%");
            }
        }

        public void Done() => error.WriteLine();
    }
}
