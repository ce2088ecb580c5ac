using CooperationGraph.IO;

namespace CooperationGraph;

/// <summary>
/// Reads a plain undirected edge list, <c>source,target[,weight]</c> with a header line, into a
/// <see cref="CooperationNetwork"/> (see <see cref="CooperationNetwork.FromEdgeList"/>): what a survey of "who
/// cooperates with whom" gives. Encoding and delimiter are detected as for datasets; a weight is a positive strength,
/// 1 when absent.
/// </summary>
public static class EdgeListReader
{
    /// <summary>Loads the edge list.</summary>
    /// <exception cref="DatasetException">The file is missing, empty or malformed; every problem is located by line.</exception>
    public static CooperationNetwork Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new DatasetException(new DatasetProblem(path, null, "no such file"));
        }

        var problems = new List<DatasetProblem>();
        var table = CsvTableReader.Read(path, path, problems);
        var schema = new TableSchema("edges", ["source", "target"], ["weight"]);
        var columns = schema.Map(table, problems);
        var edges = new List<(string, string, double)>();
        if (columns is not null)
        {
            if (table.Rows.Count == 0)
            {
                problems.Add(new DatasetProblem(path, null, "lists no edges"));
            }

            foreach (var row in table.Rows)
            {
                if (!columns.CheckWidth(row, problems))
                {
                    continue;
                }

                void Fail(string message) => problems.Add(new DatasetProblem(path, row.Line, message));
                string source = columns.Get(row, "source"), target = columns.Get(row, "target");
                if (source.Length == 0 || target.Length == 0)
                {
                    Fail(source.Length == 0 ? "source is empty" : "target is empty");
                    continue;
                }

                double weight = 1;
                if (columns.Get(row, "weight") is { Length: > 0 } text)
                {
                    if (!FieldParser.TryDouble(text, "weight", Fail, out weight))
                    {
                        continue;
                    }

                    if (!(weight > 0))
                    {
                        Fail($"weight must be a positive number (a strength), not {text}");
                        continue;
                    }
                }

                if (source == target)
                {
                    Fail($"edge joins '{source}' to itself");
                    continue;
                }

                edges.Add((source, target, weight));
            }
        }

        return problems.Count > 0 ? throw new DatasetException(problems) : CooperationNetwork.FromEdgeList(edges);
    }
}
