using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace CooperationGraph.IO;

/// <summary>
/// How this library writes JSON: indented, Polish letters as they are, and <c>&lt; &gt; &amp;</c> and quotes escaped so
/// that the text is safe inside HTML; undefined numbers as <c>null</c>, dates as <c>YYYY-MM-DD</c>.
/// </summary>
internal static class JsonOutput
{
    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };
    private static readonly JsonWriterOptions Compact = Options with { Indented = false };

    /// <summary>Writes the document straight into <paramref name="stream"/> (UTF-8, no byte-order mark): the bytes of
    /// <see cref="Document(Action{Utf8JsonWriter}, bool)"/>, without the document ever held whole in memory.</summary>
    public static void Document(Stream stream, Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var writer = new Utf8JsonWriter(stream, indented ? Options : Compact);
        write(writer);
    }

    public static string Document(Action<Utf8JsonWriter> write, bool indented = true)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, indented ? Options : Compact))
        {
            write(writer);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Number(Utf8JsonWriter writer, string name, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumber(name, value);
        }
        else
        {
            writer.WriteNull(name);
        }
    }

    public static void Strings(Utf8JsonWriter writer, string name, IEnumerable<string> values)
    {
        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            writer.WriteStringValue(value);
        }

        writer.WriteEndArray();
    }

    /// <summary>An array of objects, one per item, each object's members written by <paramref name="members"/>.</summary>
    public static void Objects<T>(Utf8JsonWriter writer, string name, IEnumerable<T> items, Action<Utf8JsonWriter, T> members)
    {
        writer.WriteStartArray(name);
        foreach (var item in items)
        {
            writer.WriteStartObject();
            members(writer, item);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    /// <summary>Sector pairs as an array of two-code arrays: <c>[["OPS", "PUP"], …]</c>.</summary>
    public static void SectorPairs(Utf8JsonWriter writer, string name, IEnumerable<SectorPair> pairs)
    {
        writer.WriteStartArray(name);
        foreach (var pair in pairs)
        {
            writer.WriteStartArray();
            writer.WriteStringValue(pair.First.Code);
            writer.WriteStringValue(pair.Second.Code);
            writer.WriteEndArray();
        }

        writer.WriteEndArray();
    }
}
