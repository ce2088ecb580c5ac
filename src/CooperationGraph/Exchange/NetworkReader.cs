using System.Globalization;
using System.Xml;
using CooperationGraph.IO;

namespace CooperationGraph;

/// <summary>
/// Reads the ties of a GraphML or GEXF file (from Gephi, NetworkX, igraph…) into a <see cref="CooperationNetwork"/>,
/// safely: DTDs and external entities are refused (no XXE, no entity expansion), documents over 256 MB are refused, and
/// every problem is located by line. Node ids become institution ids (sector <c>UNKNOWN</c>); a <c>weight</c> (GEXF
/// attribute, or GraphML data whose key is named <c>weight</c>) is a strength, 1 when absent.
/// </summary>
public static class NetworkReader
{
    /// <summary>The largest document read, in characters.</summary>
    public const long MaxCharacters = 256L * 1024 * 1024;

    /// <summary>Loads a <c>.graphml</c> or <c>.gexf</c> file.</summary>
    /// <exception cref="DatasetException">The file is missing, not well-formed, uses a DTD, or has a bad edge.</exception>
    public static CooperationNetwork Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!File.Exists(path))
        {
            throw new DatasetException(new DatasetProblem(path, null, "no such file"));
        }

        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = MaxCharacters,
            MaxCharactersFromEntities = 0,
            IgnoreComments = true,
        };
        var nodes = new List<string>();
        var edges = new List<(string, string, double)>();
        var problems = new List<DatasetProblem>();
        string? weightKey = null;
        try
        {
            using var stream = InputFile.Open(path, path);
            using var reader = XmlReader.Create(stream, settings);
            var info = (IXmlLineInfo)reader;
            string? edgeSource = null, edgeTarget = null;
            double edgeWeight = 1;
            int edgeLine = 0;
            string? dataKey = null;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    switch (reader.LocalName)
                    {
                        case "key" when reader.GetAttribute("attr.name") == "weight" && reader.GetAttribute("for") is "edge" or "all" or null:
                            weightKey = reader.GetAttribute("id");
                            break;
                        case "node" when reader.GetAttribute("id") is { Length: > 0 } id:
                            nodes.Add(id);
                            break;
                        case "node":
                            problems.Add(new DatasetProblem(path, info.LineNumber, "a node has no id"));
                            break;
                        case "edge":
                            edgeSource = reader.GetAttribute("source");
                            edgeTarget = reader.GetAttribute("target");
                            edgeLine = info.LineNumber;
                            edgeWeight = Weight(reader.GetAttribute("weight"), path, edgeLine, problems);
                            if (reader.IsEmptyElement)
                            {
                                AddEdge(edges, problems, path, edgeLine, edgeSource, edgeTarget, edgeWeight);
                                edgeSource = null;
                            }

                            break;
                        case "data" when edgeSource is not null:
                            dataKey = reader.GetAttribute("key");
                            break;
                    }
                }
                else if (reader.NodeType == XmlNodeType.Text && dataKey is not null && dataKey == weightKey)
                {
                    edgeWeight = Weight(reader.Value, path, info.LineNumber, problems);
                }
                else if (reader.NodeType == XmlNodeType.EndElement)
                {
                    if (reader.LocalName == "data")
                    {
                        dataKey = null;
                    }
                    else if (reader.LocalName == "edge" && edgeSource is not null)
                    {
                        AddEdge(edges, problems, path, edgeLine, edgeSource, edgeTarget, edgeWeight);
                        edgeSource = null;
                    }
                }
            }
        }
        catch (XmlException exception)
        {
            string message = exception.Message.Contains("DTD", StringComparison.Ordinal)
                ? "DTDs and entities are not allowed (they could read other files or expand without bound)"
                : $"not well-formed XML: {exception.Message}";
            problems.Add(new DatasetProblem(path, exception.LineNumber > 0 ? exception.LineNumber : null, message));
        }

        if (problems.Count > 0)
        {
            throw new DatasetException(problems);
        }

        if (nodes.Count == 0 && edges.Count == 0)
        {
            throw new DatasetException(new DatasetProblem(path, null, "holds no nodes and no edges (is it GraphML or GEXF?)"));
        }

        return CooperationNetwork.FromEdgeList(nodes.Select(n => (n, n, 1.0)).Concat(edges));
    }

    private static double Weight(string? text, string path, int line, List<DatasetProblem> problems)
    {
        if (text is null)
        {
            return 1;
        }

        if (double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double weight) && weight > 0 && double.IsFinite(weight))
        {
            return weight;
        }

        problems.Add(new DatasetProblem(path, line, $"edge weight '{text}' is not a positive number (a strength)"));
        return 1;
    }

    private static void AddEdge(List<(string, string, double)> edges, List<DatasetProblem> problems, string path, int line, string? source, string? target, double weight)
    {
        if (string.IsNullOrEmpty(source) || string.IsNullOrEmpty(target))
        {
            problems.Add(new DatasetProblem(path, line, "an edge needs a source and a target"));
        }
        else if (source == target)
        {
            problems.Add(new DatasetProblem(path, line, $"edge joins '{source}' to itself; self-ties are not part of a cooperation network"));
        }
        else
        {
            edges.Add((source, target, weight));
        }
    }
}
