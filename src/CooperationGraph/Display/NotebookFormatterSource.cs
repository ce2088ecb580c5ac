using System.Collections;

namespace CooperationGraph.Display;

/// <summary>
/// The formatters .NET Interactive finds through <see cref="TypeFormatterSourceAttribute"/>: HTML and plain text for
/// every type that implements <see cref="INotebookDisplay"/>. Created by the notebook's formatter through its public
/// parameterless constructor.
/// </summary>
internal sealed class NotebookFormatterSource
{
    /// <summary>The formatters, one per MIME type.</summary>
    public IEnumerable CreateTypeFormatters() =>
        new[] { new NotebookFormatter(NotebookFormatter.HtmlMimeType), new NotebookFormatter(NotebookFormatter.PlainTextMimeType) };
}
