namespace CooperationGraph.Tests.DataSafety;

/// <summary>
/// A command that writes, as the data-safety matrix drives it: the run to check (<see cref="Main"/>), a different
/// valid run to leave a previous result (<see cref="Other"/>), runs whose output overlaps an input, and whether the
/// output is a folder. Outputs are named by <c>OUT</c>, replaced by the path under test.
/// </summary>
internal sealed record WritingCommand(string Name, bool Folder, string Extension, string[] Main, string[] Other, string[][] Overlapping)
{
    public static IReadOnlyList<WritingCommand> All { get; } =
    [
        new("analyze", true, "", ["analyze", "in/loniow", "--out", "OUT", "--permutations", "20", "--plotly", "cdn", "--pseudonym-key", SafetyWorkspace.Key],
            ["analyze", "in/loniow.xlsx", "--out", "OUT", "--permutations", "20", "--every", "year", "--xlsx", "--plotly", "cdn", "--pseudonym-key", SafetyWorkspace.Key, "--min-raters", "2", "--perceived-rule", "strong"],
            [["analyze", "in/loniow", "--out", "in/loniow"], ["analyze", "in/loniow", "--out", "in"], ["analyze", "in/loniow", "--out", "in/loniow/results"],
             ["analyze", "in/loniow.xlsx", "--out", "in/loniow.xlsx"], ["analyze", "in/loniow", "--model", "in/model.json", "--out", "in/model.json"]]),
        new("analyze-profiles", true, "", ["analyze", "in/loniow", "--out", "OUT", "--permutations", "20", "--profiles", "--pseudonym-key", SafetyWorkspace.Key],
            ["analyze", "in/loniow.xlsx", "--out", "OUT", "--permutations", "20", "--profiles", "--lang", "pl", "--plotly", "cdn", "--pseudonym-key", SafetyWorkspace.Key],
            [["analyze", "in/loniow", "--out", "in/loniow", "--profiles"], ["analyze", "in/loniow", "--out", "in/loniow/profiles", "--profiles"]]),
        new("compare", true, "", ["compare", "in/loniow", "in/g3", "--out", "OUT", "--permutations", "10", "--maps", "1", "--pseudonym-key", SafetyWorkspace.Key],
            ["compare", "in/loniow.xlsx", "--out", "OUT", "--permutations", "10", "--maps", "0"],
            [["compare", "in/loniow", "in/g3", "--out", "in"], ["compare", "in/loniow", "in/g3", "--out", "in/g3"], ["compare", "in/loniow", "--out", "in/loniow"], ["compare", "in/loniow", "--out", "in/loniow/cmp"]]),
        new("compare-groups", true, "", ["compare", "in/loniow", "in/g3", "--out", "OUT", "--permutations", "10", "--maps", "1", "--group-by", "unit", "--reports", "1", "--pseudonym-key", SafetyWorkspace.Key],
            ["compare", "in/loniow.xlsx", "--out", "OUT", "--permutations", "10", "--maps", "0", "--reports", "none"],
            [["compare", "in/loniow", "in/g3", "--group-by", "unit", "--out", "in/g3"]]),
        new("compare-intervals", true, "", ["compare", "in/loniow", "in/g3", "--out", "OUT", "--permutations", "10", "--maps", "1", "--intervals", "--reports", "1", "--pseudonym-key", SafetyWorkspace.Key],
            ["compare", "in/loniow.xlsx", "--out", "OUT", "--permutations", "10", "--maps", "0", "--reports", "none"],
            [["compare", "in/loniow", "in/g3", "--intervals", "--out", "in/g3"]]),
        new("convert", true, "", ["convert", "in/loniow", "--out", "OUT"], ["convert", "in/loniow", "--out", "OUT", "--lang", "pl", "--csv-format", "cp1250"],
            [["convert", "in/loniow", "--out", "in/loniow"], ["convert", "in/loniow", "--out", "in"], ["convert", "in/loniow", "--out", "in/loniow/copy"],
             ["convert", "in/loniow.xlsx", "--out", "in/loniow.xlsx"]]),
        new("convert-xlsx", false, ".xlsx", ["convert", "in/loniow", "--out", "OUT"], ["convert", "in/loniow", "--out", "OUT", "--lang", "pl"],
            [["convert", "in/loniow", "--out", "in/loniow/book.xlsx"]]),
        new("export", false, ".gexf", ["export", "in/loniow", "--format", "gexf", "--out", "OUT"], ["export", "in/loniow", "--format", "gexf", "--layers", "declared", "--out", "OUT"],
            [["export", "in/loniow.xlsx", "--format", "json", "--out", "in/loniow.xlsx"], ["export", "in/loniow", "--format", "gexf", "--out", "in/loniow/n.gexf"],
             ["export", "in/loniow", "--format", "gexf", "--out", "in"]]),
        new("export-perceived", false, ".graphml", ["export", "in/loniow", "--format", "graphml", "--layers", "perceived", "--out", "OUT"], ["export", "in/loniow", "--format", "graphml", "--layers", "perceived", "--perceived-rule", "strong", "--out", "OUT"],
            [["export", "in/loniow", "--format", "graphml", "--layers", "perceived", "--out", "in/loniow/p.graphml"]]),
        new("centrality", false, ".csv", ["centrality", "in/ties.csv", "--out", "OUT"], ["centrality", "in/ties.csv", "--metrics", "degree", "--out", "OUT"],
            [["centrality", "in/ties.csv", "--out", "in/ties.csv"], ["centrality", "in/ties.csv", "--out", "in"]]),
        new("generate", true, "", ["generate", "--gminas", "2", "--out", "OUT"], ["generate", "--gminas", "3", "--seed", "7", "--out", "OUT"],
            [["generate", "--gminas", "2", "--out", "in"], ["generate", "--gminas", "2", "--out", "in/loniow"], ["generate", "--gminas", "2", "--out", "generated", "--ties", "generated/ties.csv"]]),
        new("template", false, ".xlsx", ["template", "--lang", "en", "--out", "OUT"], ["template", "--lang", "pl", "--model", "in/model.json", "--out", "OUT"],
            [["template", "--model", "in/model.json", "--out", "in/model.json"], ["template", "--out", "in"]]),
    ];

    public static TheoryData<string> Names => [.. All.Select(c => c.Name)];

    public static TheoryData<string> FolderNames => [.. All.Where(c => c.Folder).Select(c => c.Name)];

    public static WritingCommand Named(string name) => All.Single(c => c.Name == name);

    /// <summary>The arguments with <c>OUT</c> and relative inputs resolved in <paramref name="workspace"/>.</summary>
    public static string[] Resolve(string[] args, SafetyWorkspace workspace, string output) =>
        [.. args.Select(a => a == "OUT" ? output : a.StartsWith("in", StringComparison.Ordinal) ? workspace[a] : a)];

    public override string ToString() => Name;
}
