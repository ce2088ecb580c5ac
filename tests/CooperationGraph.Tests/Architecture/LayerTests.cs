using System.Reflection;
using System.Runtime.CompilerServices;

namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// Folder dependencies flow one way (Model → IO readers → Graph/Networks → Metrics → Analysis → Plotting/Reporting →
/// the bridge and the tool), checked on the compiled library, bridge and tool, so that a reference made by a using, a
/// qualified name, a lambda, an attribute or a generic argument is seen alike. A type's folder is where its source file
/// is (<see cref="SourceFolders"/>), whatever its namespace; the rules are <see cref="LayerRules"/>'s.
/// </summary>
public class LayerTests
{
    [Fact]
    public void Every_folder_has_a_layer()
    {
        var folders = TypeReferences.Codebase.Folders();

        AssertOnlyKnown("unlayered", LayerRules.Unlayered(folders, LayerRules.Layers));
        Assert.Contains("Reporting", folders);
        Assert.Contains("Metrics/Centrality", folders);
        Assert.Contains("PlotlyNet", folders);
        Assert.Contains("Cli", folders);
    }

    [Fact]
    public void Every_type_of_ours_is_declared_in_one_folder_or_made_by_the_compiler()
    {
        var codebase = TypeReferences.Codebase;
        var types = codebase.Assemblies.SelectMany(a => a.GetTypes()).Where(t => t.DeclaringType is null).ToList();

        var split = types.Where(t => codebase.FoldersOf(t).Count > 1).Select(t => $"{t.FullName}: {string.Join(", ", codebase.FoldersOf(t))}");
        var homeless = types.Where(t => codebase.FoldersOf(t).Count == 0 && !MadeByCompiler(t)).Select(t => t.FullName);

        Assert.Empty(split);
        Assert.Empty(homeless);
        Assert.Contains(types, t => codebase.FoldersOf(t).Count == 1 && t.IsInterface);
        Assert.Contains(types, t => codebase.FoldersOf(t).Count == 1 && t.IsEnum);
    }

    [Fact]
    public void No_folder_uses_a_folder_above_it() =>
        AssertOnlyKnown("upward", LayerRules.Upward(TypeReferences.Codebase.Between(), LayerRules.Layers));

    [Fact]
    public void No_two_folders_of_one_layer_use_each_other() =>
        AssertOnlyKnown("two-way", LayerRules.TwoWay(TypeReferences.Codebase.Between(), LayerRules.Layers));

    [Fact]
    public void Third_party_assemblies_are_used_only_in_their_folders() =>
        AssertOnlyKnown("third-party", LayerRules.ThirdPartyOutside(TypeReferences.Codebase.Between(), LayerRules.ThirdParty));

    [Fact]
    public void Every_known_violation_names_a_rule_that_is_checked()
    {
        string[] rules = ["unlayered", "upward", "two-way", "third-party"];

        Assert.All(KnownViolations.Lines, l => Assert.Contains(rules, r => l.StartsWith(r + ": ", StringComparison.Ordinal)));
        Assert.Equal(KnownViolations.Lines.Count, KnownViolations.Lines.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void The_check_sees_references_from_method_bodies_signatures_and_attributes()
    {
        var references = TypeReferences.Codebase.Between();

        // A call inside a method body: the report calls the analysis summary's figures.
        Assert.Contains(references, r => r.From == "Reporting" && r.To == "Plotting");
        // A signature: AnalysisResult.Gaps is a GapReport.
        Assert.Contains(references, r => r.FromType == "AnalysisResult" && r.To == "Metrics/Gaps" && r.ToType == "GapReport");
        // An attribute with a type argument: the notebook formatter source.
        Assert.Contains(references, r => r.FromType == "AnalysisResult" && r.To == "Display" && r.ToType == "NotebookFormatterSource");
        // The bridge and the tool are scanned too, and a third-party assembly is named.
        Assert.Contains(references, r => r.From == "PlotlyNet" && r.To == "Plotting");
        Assert.Contains(references, r => r.From == "Cli" && r.To == "Analysis");
        Assert.Contains(references, r => r.From == "IO" && r.External && r.To == "CsvHelper");
    }

    [Fact]
    public void The_scan_sees_bodies_signatures_attributes_generic_arguments_locals_and_catches()
    {
        var used = TypeReferences.UsedBy(typeof(Planted));

        Assert.Contains(typeof(System.Text.StringBuilder), used);
        Assert.Contains(typeof(Uri), used);
        Assert.Contains(typeof(Version), used);
        Assert.Contains(typeof(System.Numerics.Complex), used);
        Assert.Contains(typeof(TimeZoneInfo), used);
        Assert.Contains(typeof(System.Text.Rune), used);
        Assert.Contains(typeof(FileNotFoundException), used);
    }

    [Fact]
    public void The_command_line_tool_sees_only_the_public_api()
    {
        var friends = Assembly.Load(new AssemblyName("CooperationGraph")).GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.Contains("CooperationGraph.Tests", friends);
        Assert.DoesNotContain("cooperation-graph", friends);
    }

    private static bool MadeByCompiler(Type type) =>
        type.Name.StartsWith('<')
        || type.IsDefined(typeof(CompilerGeneratedAttribute), false)
        || type.IsDefined(typeof(System.CodeDom.Compiler.GeneratedCodeAttribute), false);

    private static void AssertOnlyKnown(string rule, IEnumerable<string> found)
    {
        var (fresh, fixedOnes) = KnownViolations.Compare(found, KnownViolations.Of(rule));

        Assert.True(fresh.Count == 0, "New rule breaks (fix them; do not list them in KnownViolations):\n" + string.Join("\n", fresh));
        Assert.True(fixedOnes.Count == 0, "Fixed: remove these lines from KnownViolations:\n" + string.Join("\n", fixedOnes));
    }

    /// <summary>One type that names a marker type in each place the scan reads.</summary>
    [System.ComponentModel.TypeConverter(typeof(Version))]
    private sealed class Planted
    {
        public Dictionary<string, System.Numerics.Complex> Values { get; } = [];

        public static int Body(Uri address)
        {
            var text = new System.Text.StringBuilder(address.Host);
            System.Text.Rune rune = default;
            try
            {
                return text.Length + Array.Empty<TimeZoneInfo>().Length + rune.Utf8SequenceLength;
            }
            catch (FileNotFoundException)
            {
                return 0;
            }
        }
    }
}
