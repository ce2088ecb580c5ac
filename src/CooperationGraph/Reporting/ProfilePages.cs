using System.Net;
using System.Security.Cryptography;
using System.Text;
using CooperationGraph.Reporting;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// One HTML page per institution (issue 25; <see cref="InstitutionProfile"/>) and an index linking them: the network
/// seen from each institution's desk. The pages work offline and share one copy of plotly.js, the style sheet and the
/// table script, written once beside them (or loaded from the report's copy when the report wrote one); every text from
/// the input is escaped. A page takes about 30–60 kB besides that shared copy.
/// </summary>
/// <remarks>
/// <para><b>File names</b> (<see cref="FileNames"/>): an id made only of ASCII letters, digits, <c>-</c> and <c>_</c>,
/// at most 60 characters long, not a reserved name (<c>index</c>, and the device names of Windows: <c>con</c>,
/// <c>prn</c>, <c>aux</c>, <c>nul</c>, <c>com1</c>–<c>com9</c>, <c>lpt1</c>–<c>lpt9</c>), and not equal to another such
/// id ignoring case, is its own name: <c>OPS_LONIOW.html</c>. Any other id keeps those characters (anything else
/// becomes <c>_</c>, cut to 60) and gains <c>~</c> and the first 10 hex digits of the SHA-256 of its UTF-8 bytes:
/// <c>a/b</c> → <c>a_b~…html</c>, and <c>OPS</c> beside <c>ops</c> → <c>OPS~….html</c> and <c>ops~….html</c>. No
/// plain name holds a <c>~</c>, so a plain name never meets a hashed one; should two hashed names still meet
/// (ignoring case), the later takes the whole hash. Names differ ignoring case, so the pages never overwrite each other
/// on a file system that ignores case.</para>
/// </remarks>
public static class ProfilePages
{
    /// <summary>The index page's file name.</summary>
    public const string IndexFile = "index.html";

    private static readonly HashSet<string> Reserved = new(
        ["index", "con", "prn", "aux", "nul", .. Enumerable.Range(1, 9).SelectMany(k => new[] { $"com{k}", $"lpt{k}" })],
        StringComparer.OrdinalIgnoreCase);

    /// <summary>The file name of each id's page, in the order given, by the rule in the remarks.</summary>
    /// <param name="ids">Distinct institution ids (ordinal comparison).</param>
    public static IReadOnlyList<string> FileNames(IEnumerable<string> ids)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var list = ids.ToList();
        var safe = list.Select(Safe).ToList();
        var eligible = Enumerable.Range(0, list.Count).Where(k => safe[k] == list[k] && !Reserved.Contains(safe[k])).ToList();
        var shared = eligible.GroupBy(k => safe[k], StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1).SelectMany(g => g).ToHashSet();
        var used = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var names = new string[list.Count];
        for (int k = 0; k < list.Count; k++)
        {
            bool plain = safe[k] == list[k] && !Reserved.Contains(safe[k]) && !shared.Contains(k);
            string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(list[k])));
            string name = plain ? safe[k] : $"{safe[k]}~{hash[..10]}";
            if (!used.Add(name))
            {
                name = $"{safe[k]}~{hash}";
                used.Add(name);
            }

            names[k] = name + ".html";
        }

        return names;
    }

    /// <summary>The profile page of one institution, self-contained (plotly.js, style and table script inline unless
    /// <see cref="ReportOptions.Plotly"/> asks for the CDN).</summary>
    /// <param name="result">The analysis.</param>
    /// <param name="institutionId">The institution.</param>
    /// <param name="options">plotly.js, layout and table caps; defaults in <see cref="ReportOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the ego map's layout.</param>
    /// <exception cref="KeyNotFoundException">No institution has that id.</exception>
    public static string Render(AnalysisResult result, string institutionId, ReportOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(institutionId);
        options ??= new ReportOptions();
        var profile = InstitutionProfiles.Of(result, cancellationToken).FirstOrDefault(p => p.Institution.Id == institutionId)
            ?? throw new KeyNotFoundException($"unknown institution '{institutionId}'");
        return Page(Words.Get("ProfileTitle", profile.Institution.Name), ProfilePage.Body(result, profile, options, cancellationToken), options).ToString();
    }

    /// <summary>
    /// Writes <c>index.html</c> and one page per institution into <paramref name="folder"/>, with plotly.js, its
    /// license, <c>report.css</c> and <c>report.js</c> beside them when <see cref="ReportOptions.Plotly"/> is inline,
    /// through <see cref="OutputFolder"/>: the folder holds all the pages or, after any failure, cancellation or kill,
    /// what it held before; files this library did not write are never touched.
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="folder">The folder: new, empty, or holding an earlier output of this library.</param>
    /// <param name="options">plotly.js, layout and table caps; defaults in <see cref="ReportOptions"/>.</param>
    /// <param name="output">Inputs the folder must not overlap, and whether it may hold foreign files.</param>
    /// <param name="cancellationToken">Cancels between pages; the folder is left as it was.</param>
    /// <returns>The paths written.</returns>
    /// <exception cref="OutputConflictException">The folder overlaps an input or holds files this library did not write.</exception>
    public static IReadOnlyList<string> Save(AnalysisResult result, string folder, ReportOptions? options = null, OutputOptions? output = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        cancellationToken.ThrowIfCancellationRequested();
        using var written = OutputFolder.Begin(folder, output);
        Write(written, string.Empty, result, options ?? new ReportOptions(), null, reportBeside: false, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return written.Commit();
    }

    /// <summary>Writes the pages into an open output under <paramref name="prefix"/> (empty or ending in <c>/</c>).</summary>
    /// <param name="output">The output.</param>
    /// <param name="prefix">The pages' folder inside it.</param>
    /// <param name="result">The analysis.</param>
    /// <param name="options">The report's options.</param>
    /// <param name="sharedAssets">Where the shared plotly.js, style and script already are, relative to the pages; null
    /// to write them beside the pages (when plotly.js is inline).</param>
    /// <param name="reportBeside">Whether <c>report.html</c> sits one folder up (the index links it).</param>
    /// <param name="cancellationToken">Cancels between pages.</param>
    internal static void Write(OutputFolder output, string prefix, AnalysisResult result, ReportOptions options, string? sharedAssets, bool reportBeside, CancellationToken cancellationToken)
    {
        if (sharedAssets is null && options.Plotly == PlotlyScript.Inline && options.SharedAssets is null)
        {
            ReportAssets.Write(output, true, prefix);
            sharedAssets = string.Empty;
        }

        var pageOptions = options with { SharedAssets = sharedAssets ?? options.SharedAssets };
        var profiles = InstitutionProfiles.Of(result, cancellationToken);
        var names = FileNames(profiles.Select(p => p.Institution.Id));
        for (int k = 0; k < profiles.Count; k++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var page = Page(Words.Get("ProfileTitle", profiles[k].Institution.Name), ProfilePage.Body(result, profiles[k], pageOptions, cancellationToken), pageOptions);
            WriteChunks(output, prefix + names[k], page);
        }

        WriteChunks(output, prefix + IndexFile, Page(Words.Get("ProfileIndexTitle", result.Gaps.Model.Name), ProfileIndex.Body(result, profiles, names, reportBeside), pageOptions));
    }

    private static void WriteChunks(OutputFolder output, string name, StringBuilder page)
    {
        using var file = new StreamWriter(output.PathOf(name), false, new UTF8Encoding(false));
        foreach (var chunk in page.GetChunks())
        {
            file.Write(chunk.Span);
        }
    }

    private static StringBuilder Page(string title, StringBuilder body, ReportOptions options)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(Words.Get("HtmlLanguage")).Append("\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(WebUtility.HtmlEncode(title)).Append("</title>\n").Append(ReportAssets.Head(options)).Append("</head>\n<body>\n");
        foreach (var chunk in body.GetChunks())
        {
            html.Append(chunk.Span);
        }

        return html.Append(ReportAssets.SortingScript(options)).Append("</body>\n</html>\n");
    }

    /// <summary>The id's characters kept where file-safe (ASCII letters, digits, <c>-</c>, <c>_</c>), others as <c>_</c>, cut to 60.</summary>
    private static string Safe(string id)
    {
        var safe = new StringBuilder(Math.Min(id.Length, 60));
        foreach (char c in id)
        {
            if (safe.Length == 60)
            {
                break;
            }

            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '_');
        }

        return safe.Length == 0 ? "_" : safe.ToString();
    }
}
