using System.Globalization;
using System.Text;
using System.Text.Json;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph.Plotting;

/// <summary>
/// How figure text reaches plotly.js. Plotly reads every label as a small markup language (<c>&lt;b&gt;</c>,
/// <c>&lt;br&gt;</c>, <c>&lt;a href&gt;</c>…) and decodes <c>&amp;lt;</c>, <c>&amp;gt;</c>, <c>&amp;amp;</c> back to text; so
/// text from data is written with <c>&amp; &lt; &gt;</c> encoded and shows exactly as typed, and a line break in
/// it becomes <c>&lt;br&gt;</c>. The JSON itself escapes <c>&lt; &gt; &amp; ' "</c> so that it is safe inside a
/// <c>script</c> element.
/// </summary>
internal static class PlotlyText
{
    /// <summary>Text from data as Plotly markup that shows it literally.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': escaped.Append("&amp;"); break;
                case '<': escaped.Append("&lt;"); break;
                case '>': escaped.Append("&gt;"); break;
                case '\n': escaped.Append("<br>"); break;
                case '\r': break;
                default: escaped.Append(c); break;
            }
        }

        return escaped.ToString();
    }

    /// <summary>Writes <paramref name="text"/> escaped, when not null.</summary>
    public static void Text(Utf8JsonWriter writer, string name, string? text)
    {
        if (text is not null)
        {
            writer.WriteString(name, Escape(text));
        }
    }

    /// <summary>Writes a plotly.js 3+ title, <c>"name": {"text": ...}</c>, escaped, when not null.</summary>
    public static void Title(Utf8JsonWriter writer, string name, string? text)
    {
        if (text is not null)
        {
            writer.WriteStartObject(name);
            Text(writer, "text", text);
            writer.WriteEndObject();
        }
    }

    /// <summary>Writes a property whose value is authored by the library (colours, modes, templates), as is.</summary>
    public static void Raw(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    public static void Number(Utf8JsonWriter writer, string name, double? value)
    {
        if (value is { } v)
        {
            JsonOutput.Number(writer, name, v);
        }
    }

    public static void Bool(Utf8JsonWriter writer, string name, bool? value)
    {
        if (value is { } v)
        {
            writer.WriteBoolean(name, v);
        }
    }

    public static void Texts(Utf8JsonWriter writer, string name, IReadOnlyList<string?>? texts)
    {
        if (texts is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var text in texts)
        {
            if (text is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(Escape(text));
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>Writes data values: numbers (NaN as null), text (escaped), dates as <c>YYYY-MM-DD</c>, null for gaps.</summary>
    public static void Values(Utf8JsonWriter writer, string name, IReadOnlyList<object?>? values)
    {
        if (values is null)
        {
            return;
        }

        writer.WriteStartArray(name);
        foreach (var value in values)
        {
            Value(writer, value);
        }

        writer.WriteEndArray();
    }

    public static void Value(Utf8JsonWriter writer, object? value)
    {
        switch (value)
        {
            case null: writer.WriteNullValue(); break;
            case double d when !double.IsFinite(d): writer.WriteNullValue(); break;
            case double d: writer.WriteNumberValue(d); break;
            case float f when !float.IsFinite(f): writer.WriteNullValue(); break;
            case float f: writer.WriteNumberValue(f); break;
            case int i: writer.WriteNumberValue(i); break;
            case long l: writer.WriteNumberValue(l); break;
            case decimal m: writer.WriteNumberValue(m); break;
            case bool b: writer.WriteBooleanValue(b); break;
            case DateOnly date: writer.WriteStringValue(InvariantText.Day(date)); break;
            case DateTime time: writer.WriteStringValue(InvariantText.Time(time)); break;
            case string s: writer.WriteStringValue(Escape(s)); break;
            default: writer.WriteStringValue(Escape(Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty)); break;
        }
    }
}
