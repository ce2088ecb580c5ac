namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// The rules on how folders use each other and third-party assemblies, as pure functions over a list of
/// <see cref="Reference"/>s, so that each can be shown to fail on a planted violation. Each violation is one line that
/// starts with its rule's name, the form <see cref="KnownViolations"/> lists.
/// </summary>
internal static class LayerRules
{
    /// <summary>
    /// Each source folder (the path under <c>src/CooperationGraph/</c>; the bridge and the tool are a folder each) and
    /// its layer: a folder may use its own folder and lower layers, never a higher one. A new folder must be placed here
    /// before the tests pass; a folder listed here need not exist yet.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, int> Layers = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["Text"] = 0,
        ["Display"] = 0,
        ["Model"] = 1,
        ["IO"] = 2,
        ["Graph"] = 3,
        ["Networks"] = 4,
        ["Synthetic"] = 4,
        ["Metrics"] = 5,
        ["Metrics/Brokerage"] = 5,
        ["Metrics/Centrality"] = 5,
        ["Metrics/Communities"] = 5,
        ["Metrics/Dynamics"] = 5,
        ["Metrics/Ego"] = 5,
        ["Metrics/Families"] = 5,
        ["Metrics/Gaps"] = 5,
        ["Metrics/Inference"] = 5,
        ["Metrics/Mixing"] = 5,
        ["Metrics/Qap"] = 5,
        ["Metrics/Structure"] = 5,
        ["Metrics/Survey"] = 5,
        ["Exchange"] = 6,
        ["Layout"] = 6,
        ["Tables"] = 6,
        ["Analysis"] = 7,
        ["Plotting"] = 8,
        ["Reporting"] = 9,
        ["PlotlyNet"] = 10,
        ["Cli"] = 11,
    };

    /// <summary>
    /// Third-party assemblies (by name; <c>DocumentFormat.OpenXml</c> covers <c>DocumentFormat.OpenXml.Framework</c>
    /// too) and the only folders that may use them. Assemblies not listed are free to all.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, IReadOnlySet<string>> ThirdParty = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal)
    {
        ["Microsoft.Data.Analysis"] = new HashSet<string>(StringComparer.Ordinal) { "Tables", "Analysis", "Plotting", "Reporting", "PlotlyNet", "Cli" },
        ["DocumentFormat.OpenXml"] = new HashSet<string>(StringComparer.Ordinal) { "IO" },
        ["ExcelDataReader"] = new HashSet<string>(StringComparer.Ordinal) { "IO" },
        ["CsvHelper"] = new HashSet<string>(StringComparer.Ordinal) { "IO" },
    };

    /// <summary>Folders that declare types but have no layer.</summary>
    public static IEnumerable<string> Unlayered(IEnumerable<string> folders, IReadOnlyDictionary<string, int> layers) =>
        folders.Where(f => !layers.ContainsKey(f)).Select(f => $"unlayered: {f}");

    /// <summary>Uses of a folder in a higher layer.</summary>
    public static IEnumerable<string> Upward(IEnumerable<Reference> references, IReadOnlyDictionary<string, int> layers) =>
        references
            .Where(r => !r.External && layers.TryGetValue(r.From, out int from) && layers.TryGetValue(r.To, out int to) && to > from)
            .Select(r => $"upward: {r}");

    /// <summary>Uses between two folders of one layer that use each other, both ways listed.</summary>
    public static IEnumerable<string> TwoWay(IEnumerable<Reference> references, IReadOnlyDictionary<string, int> layers)
    {
        var inLayer = references
            .Where(r => !r.External && r.From != r.To && layers.TryGetValue(r.From, out int from) && layers.TryGetValue(r.To, out int to) && to == from)
            .ToList();
        var pairs = inLayer.Select(r => (r.From, r.To)).ToHashSet();
        return inLayer.Where(r => pairs.Contains((r.To, r.From))).Select(r => $"two-way: {r}");
    }

    /// <summary>Uses of a governed third-party assembly outside the folders allowed it.</summary>
    public static IEnumerable<string> ThirdPartyOutside(IEnumerable<Reference> references, IReadOnlyDictionary<string, IReadOnlySet<string>> allowed) =>
        references
            .Where(r => r.External && Governing(r.To, allowed) is { } folders && !folders.Contains(r.From))
            .Select(r => $"third-party: {r}");

    private static IReadOnlySet<string>? Governing(string assembly, IReadOnlyDictionary<string, IReadOnlySet<string>> allowed)
    {
        foreach (var (name, folders) in allowed)
        {
            if (assembly == name || assembly.StartsWith(name + ".", StringComparison.Ordinal))
            {
                return folders;
            }
        }

        return null;
    }
}
