using System.Diagnostics;
using System.Net;
using System.Text;
using CooperationGraph.Display;
using CooperationGraph.Plotting;

namespace CooperationGraph;

/// <summary>
/// A Plotly.js figure: traces and a layout, written as Plotly's JSON (<see cref="ToJson"/>), as a self-contained HTML
/// page (<see cref="ToHtml"/>, <see cref="SaveHtml"/>, <see cref="Show"/>), and shown in a Polyglot notebook when it is
/// a cell's last expression. Made by <see cref="Charts"/> or by hand. Text is plain text everywhere and escaped when
/// written, so a name like <c>&lt;img src=x onerror=…&gt;</c> shows as those characters.
/// </summary>
[TypeFormatterSource(typeof(NotebookFormatterSource))]
public sealed class Figure : INotebookDisplay
{
    /// <summary>Creates a figure.</summary>
    /// <param name="traces">The traces, drawn in order (later on top).</param>
    /// <param name="layout">Title, axes, legend; Plotly's defaults when null.</param>
    public Figure(IEnumerable<Trace> traces, FigureLayout? layout = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        Traces = [.. traces];
        if (Traces.Any(t => t is null))
        {
            throw new ArgumentException("A trace is null.", nameof(traces));
        }

        Layout = layout ?? new FigureLayout();
    }

    /// <summary>The traces.</summary>
    public IReadOnlyList<Trace> Traces { get; }

    /// <summary>The layout.</summary>
    public FigureLayout Layout { get; }

    /// <summary>The figure as Plotly.js JSON: <c>{"data": [...], "layout": {...}, "config": {...}}</c>, for <c>Plotly.newPlot</c>.</summary>
    /// <param name="indented">Indent for reading; compact by default.</param>
    public string ToJson(bool indented = false) => IO.JsonOutput.Document(writer =>
    {
        writer.WriteStartObject();
        writer.WriteStartArray("data");
        foreach (var trace in Traces)
        {
            trace.Write(writer);
        }

        writer.WriteEndArray();
        Layout.Write(writer);
        writer.WriteStartObject("config");
        writer.WriteBoolean("responsive", true);
        writer.WriteBoolean("displaylogo", false);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }, indented);

    /// <summary>A whole HTML page showing the figure.</summary>
    /// <param name="script">plotly.js inlined (offline, the default) or from the CDN.</param>
    public string ToHtml(PlotlyScript script = PlotlyScript.Inline)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(Layout.Title ?? "Figure")).Append("</title>\n")
            .Append(PlotlyJs.ScriptElement(script)).Append("\n</head>\n<body>\n")
            .Append(ToDiv("cg-figure")).Append("\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>Writes <see cref="ToHtml"/> to a UTF-8 file, whole or not at all (<see cref="OutputFile"/>).</summary>
    public void SaveHtml(string path, PlotlyScript script = PlotlyScript.Inline)
    {
        ArgumentNullException.ThrowIfNull(path);
        OutputFile.WriteText(path, ToHtml(script));
    }

    /// <summary>
    /// Saves the figure as an offline page in the temporary folder and opens it in the default browser: the way to see
    /// a figure outside a notebook (a console app, a file-based app, the C# REPL).
    /// </summary>
    /// <returns>The path of the page.</returns>
    public string Show()
    {
        string path = Path.Combine(Path.GetTempPath(), $"cooperation-graph-{Guid.NewGuid():N}.html");
        SaveHtml(path);
        Opener(path);
        return path;
    }

    /// <summary>
    /// Where figures shown in a notebook get plotly.js when the notebook has none yet: <see cref="PlotlyScript.Cdn"/>
    /// (the default: the pinned version, loaded once per notebook session) or <see cref="PlotlyScript.Inline"/> for a
    /// notebook without network access (each figure's output then carries the 4.8 MB bundle, run only when needed).
    /// </summary>
    public static PlotlyScript NotebookPlotly { get; set; } = PlotlyScript.Cdn;

    /// <summary>Opens a page; replaced in tests.</summary>
    internal static Action<string> Opener { get; set; } = path =>
    {
        using var process = Process.Start(new ProcessStartInfo(path) { UseShellExecute = true });
    };

    /// <summary>The figure as a <c>div</c> and the script that draws it; the page must load plotly.js first.</summary>
    internal string ToDiv(string id) =>
        $"<div id=\"{id}\" class=\"cg-figure\"></div>\n<script>(function(){{var f={ToJson()};Plotly.newPlot(\"{id}\",f.data,f.layout,f.config);}})();</script>";

    /// <summary>
    /// In a notebook: a <c>div</c> and a script that draws it, loading the pinned plotly.js from the CDN once per
    /// notebook session when no plotly.js is there yet (or, with <see cref="NotebookPlotly"/> inline, from the output itself).
    /// </summary>
    string INotebookDisplay.ToNotebookHtml()
    {
        string id = "cg-" + Guid.NewGuid().ToString("N");
        string bundle = NotebookPlotly == PlotlyScript.Inline ? $"<script>if (!window.Plotly) {{\n{PlotlyJs.Script}\n}}</script>\n" : string.Empty;
        return bundle + $$"""
            <div id="{{id}}" class="cg-figure"></div>
            <script>
            (function () {
              var f = {{ToJson()}};
              function draw() { window.Plotly.newPlot("{{id}}", f.data, f.layout, f.config); }
              if (window.Plotly) { draw(); return; }
              if (!window.cooperationGraphPlotly) {
                window.cooperationGraphPlotly = new Promise(function (resolve, reject) {
                  var s = document.createElement("script");
                  s.src = "{{PlotlyJs.CdnUrl}}"; s.charset = "utf-8";
                  s.onload = resolve; s.onerror = reject;
                  document.head.appendChild(s);
                });
              }
              window.cooperationGraphPlotly.then(draw, function () {
                document.getElementById("{{id}}").textContent = "plotly.js {{PlotlyJs.Version}} could not be loaded from {{PlotlyJs.CdnUrl}}; without network, set Figure.NotebookPlotly = PlotlyScript.Inline, or open an offline page with Figure.Show().";
              });
            })();
            </script>
            """;
    }

    string INotebookDisplay.ToNotebookText() => ToString();

    /// <summary>The title and the number of traces.</summary>
    public override string ToString() => $"Figure: {Layout.Title ?? "untitled"} ({Traces.Count} traces)";
}
