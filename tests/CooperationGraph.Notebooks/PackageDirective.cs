using System.Text.RegularExpressions;

namespace CooperationGraph.Notebooks;

/// <summary>
/// The one change the runner makes to a cell before the kernel sees it: <c>#r "nuget: CooperationGraph[, VERSION]"</c>
/// asks for the version packed for this run, so the package built from this checkout is the one restored. The
/// executed notebook keeps the cell as written.
/// </summary>
internal static partial class PackageDirective
{
    /// <summary>Whether a cell references the CooperationGraph package.</summary>
    public static bool References(string code) => Directive().IsMatch(code);

    /// <summary>The cell with its CooperationGraph references asking for <paramref name="version"/>.</summary>
    public static string Rewrite(string code, string version) =>
        Directive().Replace(code, m => $"{m.Groups["head"].Value}{LocalPackage.Id}, {version}\"");

    [GeneratedRegex("""^(?<head>[ \t]*#r[ \t]+"nuget:[ \t]*)CooperationGraph[ \t]*(,[^"\r\n]*)?"(?=[ \t]*(//.*)?\r?$)""", RegexOptions.Multiline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Directive();
}
