using System.Net;
using CooperationGraph.Plotting;

namespace CooperationGraph.Reporting;

/// <summary>
/// What every report page has in common: plotly.js, the style sheet and the table-sorting script. A single report
/// carries them inline; the reports of a comparison load one shared copy (<see cref="ReportOptions.SharedAssets"/>),
/// written once beside them by <see cref="Write"/>.
/// </summary>
internal static class ReportAssets
{
    /// <summary>The shared style sheet's file name.</summary>
    public const string StyleFile = "report.css";

    /// <summary>The shared table-sorting script's file name.</summary>
    public const string ScriptFile = "report.js";

    /// <summary>The shared plotly.js file's name.</summary>
    public const string PlotlyFile = "plotly-" + PlotlyJs.Version + ".min.js";

    /// <summary>The report's whole style sheet.</summary>
    public static string Style => HtmlReport.PageStyle + Analysis.GapSummary.Style + Tables.FrameHtml.TableStyle;

    /// <summary>The end of <c>head</c>: style and plotly.js, inline or from the shared folder.</summary>
    public static string Head(ReportOptions options)
    {
        using var html = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteHead(html, options);
        return html.ToString();
    }

    /// <summary>Writes <see cref="Head"/>'s text into <paramref name="html"/> without building it: plotly.js inline is
    /// 4.8 MB.</summary>
    public static void WriteHead(TextWriter html, ReportOptions options)
    {
        if (options.SharedAssets is { } folder)
        {
            html.Write($"<link rel=\"stylesheet\" href=\"{Url(folder, StyleFile)}\">\n{PlotlyFrom(folder)}\n");
            return;
        }

        html.Write("<style>");
        html.Write(Style);
        html.Write("</style>\n");
        PlotlyJs.WriteScriptElement(html, options.Plotly);
        html.Write('\n');
    }

    /// <summary>The table-sorting script at the end of <c>body</c>, inline or from the shared folder.</summary>
    public static string SortingScript(ReportOptions options) => options.SharedAssets is { } folder
        ? $"<script src=\"{Url(folder, ScriptFile)}\"></script>\n"
        : $"<script>{TableSorting.Script}</script>\n";

    /// <summary>A <c>script</c> element loading the shared plotly.js from <paramref name="folder"/> (relative, may be empty).</summary>
    public static string PlotlyFrom(string folder) => $"<script src=\"{Url(folder, PlotlyFile)}\" charset=\"utf-8\"></script>";

    /// <summary>Writes plotly.js, its license, the style sheet and the sorting script into the output's top folder
    /// (or under <paramref name="prefix"/>, empty or ending in <c>/</c>).</summary>
    /// <returns>The names written.</returns>
    public static IReadOnlyList<string> Write(OutputFolder output, bool reportAssets, string prefix = "")
    {
        output.WriteText(prefix + PlotlyFile, PlotlyJs.Script);
        output.WriteText(prefix + "plotly-LICENSE.txt", PlotlyJs.License);
        if (!reportAssets)
        {
            return [PlotlyFile, "plotly-LICENSE.txt"];
        }

        output.WriteText(prefix + StyleFile, Style);
        output.WriteText(prefix + ScriptFile, TableSorting.Script);
        return [PlotlyFile, "plotly-LICENSE.txt", StyleFile, ScriptFile];
    }

    /// <summary>The UTF-8 bytes plotly.js, the style sheet and the sorting script add to a page that carries them inline.</summary>
    public static long InlineBytes => InlineSize.Value;

    private static readonly Lazy<long> InlineSize = new(() =>
        System.Text.Encoding.UTF8.GetByteCount(PlotlyJs.Script) + System.Text.Encoding.UTF8.GetByteCount(Style)
        + System.Text.Encoding.UTF8.GetByteCount(TableSorting.Script));

    private static string Url(string folder, string file) =>
        WebUtility.HtmlEncode(string.Join('/', (folder + file).Split('/').Select(Uri.EscapeDataString)));
}
