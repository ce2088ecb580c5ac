namespace CooperationGraph.Display;

/// <summary>
/// One formatter in .NET Interactive's convention: a <see cref="MimeType"/>, the <see cref="Type"/> it handles, and
/// <see cref="Format"/>, which writes the value and returns <see langword="false"/> for values it does not handle.
/// </summary>
internal sealed class NotebookFormatter
{
    public const string HtmlMimeType = "text/html";

    public const string PlainTextMimeType = "text/plain";

    public NotebookFormatter(string mimeType)
    {
        MimeType = mimeType;
    }

    /// <summary>The MIME type written.</summary>
    public string MimeType { get; }

    /// <summary>The values handled: those that implement <see cref="INotebookDisplay"/>.</summary>
    public Type Type => typeof(INotebookDisplay);

    /// <summary>Writes <paramref name="instance"/> as <see cref="MimeType"/>.</summary>
    /// <returns>Whether the value was handled.</returns>
    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not INotebookDisplay display || writer is null)
        {
            return false;
        }

        writer.Write(MimeType == HtmlMimeType ? display.ToNotebookHtml() : display.ToNotebookText());
        return true;
    }
}
