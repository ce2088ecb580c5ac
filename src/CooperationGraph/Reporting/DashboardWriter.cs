using System.Globalization;
using System.Text;
using CooperationGraph.Analysis;
using CooperationGraph.Plotting;

namespace CooperationGraph.Reporting;

/// <summary>
/// Writes a comparison of gminas into a folder: <c>comparison.csv</c> and <c>comparison.xlsx</c> (one row per gmina),
/// <c>dashboard.html</c> (<see cref="Dashboard"/>), and per gmina <c>gminas/NAME/</c> with its <c>report.html</c>,
/// <c>gaps.json</c> and <c>metrics.csv</c>; the gminas' reports share one copy of plotly.js beside them
/// (<c>plotly-4.1.2.min.js</c> and its license), so they too work offline. Everything is written into a temporary folder
/// beside the target first and moved into place at the end: a failure leaves nothing half-written.
/// </summary>
public static class DashboardWriter
{
    /// <summary>The plotly.js file the gminas' reports load.</summary>
    public const string PlotlyFile = "plotly-" + PlotlyJs.Version + ".min.js";

    /// <summary>Writes the comparison.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="folder">The folder; created if needed. Files of the same names in it are replaced.</param>
    /// <param name="options">Dashboard and report settings; defaults in <see cref="DashboardOptions"/>.</param>
    /// <param name="cancellationToken">Cancels between gminas; nothing is left behind.</param>
    /// <returns>The paths written (the gminas' folders once each).</returns>
    public static IReadOnlyList<string> Save(ComparisonResult comparison, string folder, DashboardOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        options ??= new DashboardOptions();
        string target = Path.GetFullPath(folder);
        string parent = Path.GetDirectoryName(target) ?? throw new ArgumentException($"'{folder}' has no parent folder to write beside.", nameof(folder));
        Directory.CreateDirectory(parent);
        string temp = Path.Combine(parent, $".{Path.GetFileName(target)}.tmp-{Guid.NewGuid():N}");
        var utf8 = new UTF8Encoding(false);
        var names = new List<string>();
        try
        {
            Directory.CreateDirectory(temp);
            void Write(string name, string text)
            {
                File.WriteAllText(Path.Combine(temp, name), text, utf8);
                names.Add(name);
            }

            Write("comparison.csv", comparison.ToCsv());
            comparison.SaveWorkbook(Path.Combine(temp, "comparison.xlsx"));
            names.Add("comparison.xlsx");
            Write("dashboard.html", Dashboard.Render(comparison, options));
            if (options.GminaReports)
            {
                Write(PlotlyFile, PlotlyJs.Script);
                Write("plotly-LICENSE.txt", PlotlyJs.License);
                var folders = Folders(comparison.Gminas.Select(g => g.Name));
                string cdn = PlotlyJs.ScriptElement(PlotlyScript.Cdn);
                string local = $"<script src=\"../../{PlotlyFile}\" charset=\"utf-8\"></script>";
                for (int k = 0; k < comparison.Gminas.Count; k++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    string gminaFolder = Path.Combine(temp, "gminas", folders[k]);
                    ResultFolder.Save(comparison.Gminas[k].Analysis, gminaFolder, new ReportOptions { Plotly = PlotlyScript.Cdn, Layout = options.Layout }, cancellationToken);
                    string report = Path.Combine(gminaFolder, "report.html");
                    File.WriteAllText(report, File.ReadAllText(report, utf8).Replace(cdn, local, StringComparison.Ordinal), utf8);
                }

                names.Add("gminas");
            }

            Directory.CreateDirectory(target);
            foreach (var name in names)
            {
                string destination = Path.Combine(target, name);
                if (Directory.Exists(destination))
                {
                    Directory.Delete(destination, recursive: true);
                }
                else if (File.Exists(destination))
                {
                    File.Delete(destination);
                }

                if (Directory.Exists(Path.Combine(temp, name)))
                {
                    Directory.Move(Path.Combine(temp, name), destination);
                }
                else
                {
                    File.Move(Path.Combine(temp, name), destination);
                }
            }
        }
        finally
        {
            if (Directory.Exists(temp))
            {
                Directory.Delete(temp, recursive: true);
            }
        }

        return [.. names.Select(n => Path.Combine(target, n))];
    }

    /// <summary>
    /// A folder name per gmina: letters and digits (Polish letters too), <c>-</c>, <c>_</c> and <c>.</c> kept, anything
    /// else (slashes, markup, spaces) as <c>_</c>, at most 80 characters; a name that repeats (ignoring case) gets <c>-2</c>, <c>-3</c>….
    /// </summary>
    public static IReadOnlyList<string> Folders(IEnumerable<string> names)
    {
        ArgumentNullException.ThrowIfNull(names);
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var folders = new List<string>();
        foreach (var name in names)
        {
            var safe = new StringBuilder();
            foreach (char c in name.Normalize(NormalizationForm.FormC))
            {
                safe.Append(char.IsLetterOrDigit(c) || c is '-' or '_' or '.' ? c : '_');
            }

            string folder = safe.ToString().Trim('.');
            folder = folder.Length == 0 ? "gmina" : folder[..Math.Min(folder.Length, 80)];
            string unique = folder;
            for (int k = 2; !used.Add(unique); k++)
            {
                unique = $"{folder}-{k.ToString(CultureInfo.InvariantCulture)}";
            }

            folders.Add(unique);
        }

        return folders;
    }

    /// <summary>A cell as <c>comparison.csv</c> writes it (before CSV quoting): round-trip numbers, invariant culture, empty for undefined.</summary>
    internal static string CsvCell(object? value) => value switch
    {
        null => string.Empty,
        double number when !double.IsFinite(number) => string.Empty,
        bool flag => flag ? "true" : "false",
        double number => number.ToString("R", CultureInfo.InvariantCulture),
        string text => IO.SpreadsheetText.Guard(text),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
