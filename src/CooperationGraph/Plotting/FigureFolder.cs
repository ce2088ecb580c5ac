using System.Text.RegularExpressions;

namespace CooperationGraph;

/// <summary>
/// A folder that collects figures as offline HTML pages: how a console app, a script or a file-based app shows charts
/// without a notebook. Each <see cref="Save"/> writes <c>NAME.html</c> (plotly.js inlined) and, when asked, opens it in
/// the default browser. Pages are written whole or not at all (<see cref="OutputFile"/>) and listed in the folder's
/// manifest (<c>.cooperation-graph.json</c>) through <see cref="OutputFolder"/>; a page may replace one this library
/// wrote, never a file of yours.
/// </summary>
public sealed partial class FigureFolder
{
    /// <summary>Creates the folder if needed.</summary>
    /// <param name="path">The folder.</param>
    /// <param name="open">Open every saved page in the browser; off by default.</param>
    public FigureFolder(string path, bool open = false)
    {
        ArgumentNullException.ThrowIfNull(path);
        Path = Directory.CreateDirectory(path).FullName;
        Open = open;
    }

    /// <summary>The folder's full path.</summary>
    public string Path { get; }

    /// <summary>Whether saved pages are opened in the browser.</summary>
    public bool Open { get; }

    /// <summary>Writes <paramref name="figure"/> as <c>NAME.html</c> and opens it when <see cref="Open"/> is set.</summary>
    /// <param name="name">The page's name: letters, digits, <c>-</c> and <c>_</c>.</param>
    /// <param name="figure">The figure.</param>
    /// <returns>The page's path.</returns>
    /// <exception cref="ArgumentException">The name has other characters (it must not leave the folder).</exception>
    /// <exception cref="OutputConflictException">A file of that name is there and this library did not write it.</exception>
    public string Save(string name, Figure figure)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(figure);
        if (!SafeName().IsMatch(name))
        {
            throw new ArgumentException($"The page name '{name}' may hold only letters, digits, '-' and '_'.", nameof(name));
        }

        string page = OutputFolder.AddText(Path, name + ".html", figure.ToHtml());
        if (Open)
        {
            Figure.Opener(page);
        }

        return page;
    }

    [GeneratedRegex("^[A-Za-z0-9_-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex SafeName();
}
