using System.Globalization;
using System.Text;
using System.Xml;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// Writes a <see cref="CooperationNetwork"/> for other tools: GEXF 1.3 (Gephi), GraphML and Pajek <c>.net</c>. Nodes
/// carry name, sector, level and unit, plus the measures of a <see cref="CentralityTable"/> when given; ties carry their
/// weight (a strength), the layers and the events behind them. All text goes through an XML writer, so names with
/// markup stay text.
/// </summary>
public static class NetworkWriter
{
    /// <summary>GEXF 1.3, undirected. When the dataset is given, each tie starts at the date of its first event
    /// (dynamic mode, <c>timeformat="date"</c>), so Gephi's timeline can play the network's growth.</summary>
    public static string ToGexf(CooperationNetwork network, CentralityTable? measures = null, CooperationDataset? dataset = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        var starts = dataset is null ? null : EventDates(dataset);
        return Xml(writer =>
        {
            const string ns = "http://gexf.net/1.3";
            writer.WriteStartElement("gexf", ns);
            writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            writer.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", "http://gexf.net/1.3 http://gexf.net/1.3/gexf.xsd");
            writer.WriteAttributeString("version", "1.3");
            writer.WriteStartElement("meta", ns);
            writer.WriteElementString("creator", ns, "CooperationGraph");
            writer.WriteElementString("description", ns, network.ToString());
            writer.WriteEndElement();
            writer.WriteStartElement("graph", ns);
            writer.WriteAttributeString("defaultedgetype", "undirected");
            writer.WriteAttributeString("mode", starts is null ? "static" : "dynamic");
            if (starts is not null)
            {
                writer.WriteAttributeString("timeformat", "date");
            }

            var nodeAttributes = NodeAttributes(measures);
            Declare(writer, ns, "node", nodeAttributes.Select(a => (a.Id, a.Type)));
            Declare(writer, ns, "edge", [("events", "string")]);
            writer.WriteStartElement("nodes", ns);
            for (int i = 0; i < network.Institutions.Count; i++)
            {
                var institution = network.Institutions[i];
                writer.WriteStartElement("node", ns);
                writer.WriteAttributeString("id", institution.Id);
                writer.WriteAttributeString("label", institution.Name);
                writer.WriteStartElement("attvalues", ns);
                foreach (var (id, _, value) in nodeAttributes)
                {
                    if (value(institution, i) is { } text)
                    {
                        writer.WriteStartElement("attvalue", ns);
                        writer.WriteAttributeString("for", id);
                        writer.WriteAttributeString("value", text);
                        writer.WriteEndElement();
                    }
                }

                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteStartElement("edges", ns);
            for (int e = 0; e < network.Ties.Count; e++)
            {
                var tie = network.Ties[e];
                writer.WriteStartElement("edge", ns);
                writer.WriteAttributeString("id", e.ToString(CultureInfo.InvariantCulture));
                writer.WriteAttributeString("source", tie.SourceId);
                writer.WriteAttributeString("target", tie.TargetId);
                writer.WriteAttributeString("weight", InvariantText.Number(tie.Weight));
                if (starts is not null && tie.Events.Select(ev => starts.GetValueOrDefault(ev)).Where(d => d is not null).Min() is { } start)
                {
                    writer.WriteAttributeString("start", InvariantText.Day(start));
                }

                writer.WriteStartElement("attvalues", ns);
                writer.WriteStartElement("attvalue", ns);
                writer.WriteAttributeString("for", "events");
                writer.WriteAttributeString("value", string.Join(" ", tie.Events));
                writer.WriteEndElement();
                writer.WriteEndElement();
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
            writer.WriteEndElement();
        });
    }

    /// <summary>GraphML, undirected, with typed <c>key</c> declarations for every attribute.</summary>
    public static string ToGraphML(CooperationNetwork network, CentralityTable? measures = null)
    {
        ArgumentNullException.ThrowIfNull(network);
        return Xml(writer =>
        {
            const string ns = "http://graphml.graphdrawing.org/xmlns";
            writer.WriteStartElement("graphml", ns);
            writer.WriteAttributeString("xmlns", "xsi", null, "http://www.w3.org/2001/XMLSchema-instance");
            writer.WriteAttributeString("xsi", "schemaLocation", "http://www.w3.org/2001/XMLSchema-instance", "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd");
            var nodeAttributes = NodeAttributes(measures);
            foreach (var (id, type, _) in nodeAttributes.Prepend(("name", "string", (_, _) => null)))
            {
                Key(writer, ns, id, "node", type);
            }

            Key(writer, ns, "weight", "edge", "double");
            Key(writer, ns, "events", "edge", "string");
            writer.WriteStartElement("graph", ns);
            writer.WriteAttributeString("id", "G");
            writer.WriteAttributeString("edgedefault", "undirected");
            for (int i = 0; i < network.Institutions.Count; i++)
            {
                var institution = network.Institutions[i];
                writer.WriteStartElement("node", ns);
                writer.WriteAttributeString("id", institution.Id);
                Data(writer, ns, "name", institution.Name);
                foreach (var (id, _, value) in nodeAttributes)
                {
                    if (value(institution, i) is { } text)
                    {
                        Data(writer, ns, id, text);
                    }
                }

                writer.WriteEndElement();
            }

            foreach (var tie in network.Ties)
            {
                writer.WriteStartElement("edge", ns);
                writer.WriteAttributeString("source", tie.SourceId);
                writer.WriteAttributeString("target", tie.TargetId);
                Data(writer, ns, "weight", InvariantText.Number(tie.Weight));
                Data(writer, ns, "events", string.Join(" ", tie.Events));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndElement();
        });
    }

    /// <summary>Pajek <c>.net</c>: numbered vertices with quoted names, then weighted undirected <c>*Edges</c>.</summary>
    public static string ToPajek(CooperationNetwork network)
    {
        ArgumentNullException.ThrowIfNull(network);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"*Vertices {network.Institutions.Count}\n");
        for (int i = 0; i < network.Institutions.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1} \"{network.Institutions[i].Id.Replace("\"", "'", StringComparison.Ordinal)}\"\n");
        }

        text.Append("*Edges\n");
        foreach (var tie in network.Ties)
        {
            text.Append(CultureInfo.InvariantCulture, $"{network.IndexOf(tie.SourceId) + 1} {network.IndexOf(tie.TargetId) + 1} {InvariantText.Number(tie.Weight)}\n");
        }

        return text.ToString();
    }

    private static List<(string Id, string Type, Func<Institution, int, string?> Value)> NodeAttributes(CentralityTable? measures)
    {
        var list = new List<(string, string, Func<Institution, int, string?>)>
        {
            ("sector", "string", (institution, _) => institution.Sector.Code),
            ("level", "string", (institution, _) => institution.Level is { } level ? FieldParser.Word(level) : null),
            ("unit", "string", (institution, _) => institution.Unit),
        };
        foreach (var measure in measures?.Measures ?? [])
        {
            var values = measures!.Column(measure);
            list.Add((measure.ColumnName(), "double", (_, i) => double.IsFinite(values[i]) ? InvariantText.Number(values[i]) : null));
        }

        return list;
    }

    private static Dictionary<string, DateOnly?> EventDates(CooperationDataset dataset)
    {
        var dates = new Dictionary<string, DateOnly?>(StringComparer.Ordinal);
        foreach (var declaration in dataset.Declarations)
        {
            dates[declaration.Id] = declaration.SignedOn;
        }

        foreach (var action in dataset.JointActions)
        {
            dates[action.Id] = action.Date;
        }

        return dates;
    }

    private static void Declare(XmlWriter writer, string ns, string kind, IEnumerable<(string Id, string Type)> attributes)
    {
        writer.WriteStartElement("attributes", ns);
        writer.WriteAttributeString("class", kind);
        foreach (var (id, type) in attributes)
        {
            writer.WriteStartElement("attribute", ns);
            writer.WriteAttributeString("id", id);
            writer.WriteAttributeString("title", id);
            writer.WriteAttributeString("type", type);
            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    }

    private static void Key(XmlWriter writer, string ns, string id, string kind, string type)
    {
        writer.WriteStartElement("key", ns);
        writer.WriteAttributeString("id", id);
        writer.WriteAttributeString("for", kind);
        writer.WriteAttributeString("attr.name", id);
        writer.WriteAttributeString("attr.type", type);
        writer.WriteEndElement();
    }

    private static void Data(XmlWriter writer, string ns, string key, string value)
    {
        writer.WriteStartElement("data", ns);
        writer.WriteAttributeString("key", key);
        writer.WriteString(value);
        writer.WriteEndElement();
    }

    private static string Xml(Action<XmlWriter> write)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriter(text, CultureInfo.InvariantCulture), new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            writer.WriteStartDocument();
            write(writer);
            writer.WriteEndDocument();
        }

        return text.ToString().Replace("encoding=\"utf-16\"", "encoding=\"utf-8\"", StringComparison.Ordinal);
    }
}
