using System.Globalization;
using System.Text;
using CooperationGraph.Reporting;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// Writes a comparison of gminas into a folder: <c>comparison.csv</c> and <c>comparison.xlsx</c> (one row per gmina),
/// <c>comparison_groups.csv</c> with <see cref="DashboardOptions.GroupBy"/>, <c>dashboard.html</c>
/// (<see cref="Dashboard"/>), and per gmina (the first <see cref="DashboardOptions.MaxGminaReports"/>)
/// <c>gminas/NAME/</c> with its <c>report.html</c>, <c>gaps.json</c> and <c>metrics.csv</c>. The dashboard and the
/// reports share one copy of everything common, written once beside them: plotly.js (<c>plotly-4.1.2.min.js</c> and its
/// license), and for the reports <c>report.css</c> and <c>report.js</c>; the folder works offline. Written through <see cref="OutputFolder"/>:
/// the folder holds the whole new comparison or, after any failure, cancellation or kill, the whole previous one.
/// </summary>
public static class DashboardWriter
{
    /// <summary>The plotly.js file the dashboard and the gminas' reports load.</summary>
    public const string PlotlyFile = ReportAssets.PlotlyFile;

    /// <summary>How many gminas get a report: the first <see cref="DashboardOptions.MaxGminaReports"/>, none without <see cref="DashboardOptions.GminaReports"/>.</summary>
    internal static int ReportCount(GminaComparison comparison, DashboardOptions options) =>
        options.GminaReports ? Math.Min(comparison.Gminas.Count, Math.Max(0, options.MaxGminaReports)) : 0;

    /// <summary>Writes the comparison.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="folder">The folder: new, empty, or holding an earlier result of this library (whose files are replaced).</param>
    /// <param name="options">Dashboard and report settings; defaults in <see cref="DashboardOptions"/>.</param>
    /// <param name="cancellationToken">Cancels between gminas; the folder is left as it was.</param>
    /// <returns>The paths written (the gminas' folders once each).</returns>
    public static IReadOnlyList<string> Save(GminaComparison comparison, string folder, DashboardOptions? options = null, CancellationToken cancellationToken = default) =>
        Save(comparison, folder, options, null, cancellationToken);

    /// <summary>Writes the comparison through <see cref="OutputFolder"/>: whole or not at all, never over an input or a
    /// file this library did not write.</summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="folder">The folder.</param>
    /// <param name="options">Dashboard and report settings.</param>
    /// <param name="output">Inputs the folder must not overlap, and whether it may hold foreign files.</param>
    /// <param name="cancellationToken">Cancels between gminas; the folder is left as it was.</param>
    /// <returns>The paths written (the gminas' folders once each).</returns>
    /// <exception cref="OutputConflictException">The folder overlaps an input or holds files this library did not write.</exception>
    public static IReadOnlyList<string> Save(GminaComparison comparison, string folder, DashboardOptions? options, OutputOptions? output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        options ??= new DashboardOptions();
        cancellationToken.ThrowIfCancellationRequested();
        Dashboard.CheckIndicators(options);
        using var result = OutputFolder.Begin(folder, output);
        result.WriteText("comparison.csv", comparison.ToCsv());
        comparison.SaveWorkbook(result.PathOf("comparison.xlsx"));
        var names = new List<string> { "comparison.csv", "comparison.xlsx" };
        if (options.GroupBy is { } column)
        {
            result.WriteText("comparison_groups.csv", comparison.ToGroupCsv(column));
            names.Add("comparison_groups.csv");
        }

        int reports = ReportCount(comparison, options);
        bool beside = options.Plotly == PlotlyScript.Inline;
        result.WriteText("dashboard.html", Dashboard.Render(comparison, options, beside ? ReportAssets.PlotlyFrom(string.Empty) : null));
        names.Add("dashboard.html");
        if (beside || reports > 0)
        {
            names.AddRange(ReportAssets.Write(result, reports > 0));
        }

        if (reports > 0)
        {
            names.Add("gminas");
            var folders = Folders(comparison.Gminas.Select(g => g.Name));
            var report = new ResultFolderOptions { Report = new ReportOptions { SharedAssets = "../../", Layout = options.Layout } };
            for (int k = 0; k < reports; k++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                ResultFolder.Write(result, $"gminas/{folders[k]}/", comparison.Gminas[k].Result, report, cancellationToken);
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        result.Commit();
        return [.. names.Select(n => Path.Combine(result.Target, n))];
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
    internal static string CsvCell(object? value) => value is string text ? IO.SpreadsheetText.Guard(text) : InvariantText.Cell(value);
}
