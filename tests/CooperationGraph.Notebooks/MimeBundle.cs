using System.Text.Json.Nodes;
using Microsoft.DotNet.Interactive.Formatting;

namespace CooperationGraph.Notebooks;

/// <summary>
/// A value formatted for a notebook output's <c>data</c>, by the real .NET Interactive formatter
/// (<see cref="Formatter.ToDisplayString(object, string)"/>).
/// </summary>
/// <remarks>
/// With no MIME types asked for, the kernel uses <see cref="Formatter.GetPreferredMimeTypesFor"/>, which gives one type
/// for most values (<c>text/html</c>; <c>text/plain</c> for strings; a <c>TypeFormatterSource</c> attribute's
/// <c>PreferredMimeTypes</c>). The runner adds <c>text/html</c> and <c>text/plain</c> to those, so every result can be
/// checked and read both ways; the values of the types the kernel would write are the same.
/// </remarks>
internal static class MimeBundle
{
    public const string Html = "text/html";

    public const string PlainText = "text/plain";

    public static JsonObject Create(object? value, IReadOnlyList<string> mimeTypes)
    {
        IEnumerable<string> types = mimeTypes.Count > 0
            ? mimeTypes
            : Formatter.GetPreferredMimeTypesFor(value?.GetType()).Concat([Html, PlainText]);
        var data = new JsonObject();
        foreach (var mimeType in types.Distinct(StringComparer.Ordinal))
        {
            data[mimeType] = NotebookJson.Lines(value.ToDisplayString(mimeType));
        }

        return data;
    }
}
