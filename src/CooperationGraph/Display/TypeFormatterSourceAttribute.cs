namespace CooperationGraph.Display;

/// <summary>
/// Tells .NET Interactive (Polyglot Notebooks) how to display a type, without a reference to it: its formatter looks
/// for an attribute whose class is named <c>TypeFormatterSourceAttribute</c>, in any namespace, and reads
/// <see cref="FormatterSourceType"/> and <see cref="PreferredMimeTypes"/> by name. Nothing else uses it.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = false, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute : Attribute
{
    public TypeFormatterSourceAttribute(Type formatterSourceType)
    {
        FormatterSourceType = formatterSourceType;
    }

    /// <summary>The class whose <c>CreateTypeFormatters()</c> gives the formatters.</summary>
    public Type FormatterSourceType { get; }

    /// <summary>The MIME types a notebook should show, best first.</summary>
    public string[] PreferredMimeTypes { get; set; } = [NotebookFormatter.HtmlMimeType];
}
