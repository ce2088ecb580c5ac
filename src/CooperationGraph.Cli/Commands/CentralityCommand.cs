using System.CommandLine;
using System.Text;
using CooperationGraph.Exchange;
using CooperationGraph.IO;
using CooperationGraph.Metrics.Centrality;

namespace CooperationGraph.Cli.Commands;

/// <summary>
/// <c>cooperation-graph centrality TIES.csv [--weighted] [--metrics a,b] [--out FILE]</c>: centrality of every node of a
/// plain edge list, as CSV (invariant culture, round-trip precision, empty cells for undefined values).
/// </summary>
internal static class CentralityCommand
{
    /// <summary>The columns written when <c>--metrics</c> is not given: those of NetworkX's basic suite.</summary>
    private static readonly string[] DefaultColumns = [.. Centrality.Columns.Where(c => c != "katz")];

    public static Command Create()
    {
        var ties = new Argument<string>("ties") { Description = "An edge list with header source,target[,weight] (weights are strengths), or a .graphml / .gexf file." };
        var weighted = new Option<bool>("--weighted") { Description = "Use weights: strengths for eigenvector, PageRank, constraint…; distance = 1/weight for betweenness, closeness, harmonic." };
        var metrics = new Option<string?>("--metrics") { Description = $"Comma-separated measures, in the order wanted. Known: {string.Join(",", Centrality.Columns)}." };
        var output = new Option<string?>("--out") { Description = "Write the CSV to this file instead of standard output." };
        var command = new Command("centrality", "Centrality of every node of an edge list (NetworkX-equal measures), as CSV.") { ties, weighted, metrics, output };
        command.SetBody((parseResult, writer) =>
        {
            string[] names = parseResult.GetValue(metrics) is { } list
                ? [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)]
                : DefaultColumns;
            var unknown = names.Where(n => !Centrality.Columns.Contains(n)).ToList();
            if (unknown.Count > 0 || names.Length == 0)
            {
                throw new ArgumentException($"unknown measure '{string.Join("', '", unknown)}'; known measures: {string.Join(",", Centrality.Columns)}");
            }

            string input = parseResult.GetRequiredValue(ties);
            var network = Path.GetExtension(input).ToLowerInvariant() is ".graphml" or ".gexf"
                ? NetworkReader.Load(input)
                : EdgeListReader.Load(input);
            var progress = Console.IsErrorRedirected ? null : new ProgressBar(parseResult.InvocationConfiguration.Error);
            var table = Centrality.Compute(network, new CentralityOptions { Weighted = parseResult.GetValue(weighted), Metrics = names, Progress = progress });
            progress?.Done();
            string csv = FrameWriter.ToCsv(table.ToDataFrame());
            if (parseResult.GetValue(output) is { } path)
            {
                File.WriteAllText(path, csv, new UTF8Encoding(false));
            }
            else
            {
                writer.Write(csv);
            }

            return 0;
        });
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
