namespace CooperationGraph.Plotting;

/// <summary>The plotly.js bundle embedded in the library (see <c>Vendor/README.md</c>): version, license and script.</summary>
internal static partial class PlotlyJs
{
    /// <summary>The pinned version of plotly.js (the npm package <c>plotly.js-dist-min</c>).</summary>
    public const string Version = "4.1.2";

    /// <summary>The same version on the Plotly CDN.</summary>
    public const string CdnUrl = "https://cdn.plot.ly/plotly-" + Version + ".min.js";

    private static readonly Lazy<string> LazyScript = new(() => SafeInsideScriptElement(Resource("plotly.min.js")));
    private static readonly Lazy<string> LazyLicense = new(() => Resource("plotly-LICENSE.txt"));

    /// <summary>The minified bundle, made safe to inline in a <c>script</c> element.</summary>
    public static string Script => LazyScript.Value;

    /// <summary>The MIT license of plotly.js.</summary>
    public static string License => LazyLicense.Value;

    /// <summary>The <c>script</c> element(s) that give a page plotly.js.</summary>
    public static string ScriptElement(PlotlyScript script)
    {
        using var html = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteScriptElement(html, script);
        return html.ToString();
    }

    /// <summary>Writes <see cref="ScriptElement"/>'s text into <paramref name="html"/>, plotly.js as it is held (no
    /// copy of its 4.8 MB).</summary>
    public static void WriteScriptElement(TextWriter html, PlotlyScript script)
    {
        if (script != PlotlyScript.Inline)
        {
            html.Write(script == PlotlyScript.Cdn
                ? $"<script src=\"{CdnUrl}\" charset=\"utf-8\"></script>"
                : throw new ArgumentOutOfRangeException(nameof(script), script, "Unknown PlotlyScript."));
            return;
        }

        html.Write("<!-- plotly.js ");
        html.Write(Version);
        html.Write(", MIT license:\n");
        html.Write(License.Replace("--", "- -", StringComparison.Ordinal));
        html.Write("\n-->\n<script>");
        html.Write(Script);
        html.Write("</script>");
    }

    /// <summary>
    /// Inside an HTML <c>script</c> element, <c>&lt;/script</c> ends the element and <c>&lt;!--</c> changes how the
    /// parser reads the rest; both occur only inside JavaScript strings and regular expressions, where a backslash
    /// before the second character means the same.
    /// </summary>
    internal static string SafeInsideScriptElement(string javaScript) =>
        ScriptEnd().Replace(javaScript, "<\\/").Replace("<!--", "<\\!--", StringComparison.Ordinal);

    [System.Text.RegularExpressions.GeneratedRegex("</(?=script)", System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex ScriptEnd();

    private static string Resource(string name)
    {
        var assembly = typeof(PlotlyJs).Assembly;
        using var stream = assembly.GetManifestResourceStream("CooperationGraph.Plotting." + name)
            ?? throw new InvalidOperationException($"The embedded resource {name} is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
