using System.Reflection;
using System.Runtime.CompilerServices;
using CooperationGraph.Analysis;

namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// Folder dependencies flow one way (Model → IO readers → Graph/Networks → Metrics → Analysis → Plotting/Reporting):
/// checked on the compiled library, so that a reference made by a using, a qualified name, a lambda, an attribute or a
/// generic argument is seen alike.
/// </summary>
public class LayerTests
{
    /// <summary>
    /// Each folder (the namespace after <c>CooperationGraph.</c>) and its layer: a folder may use its own layer and those
    /// below, never one above. A new folder must be placed here before the test passes.
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
        ["Exchange"] = 6,
        ["Layout"] = 6,
        ["Analysis"] = 7,
        ["Plotting"] = 8,
        ["Reporting"] = 9,
    };

    [Fact]
    public void Every_folder_has_a_layer()
    {
        var folders = TypeReferences.Folders(typeof(AnalysisResult).Assembly);

        Assert.All(folders, f => Assert.True(Layers.ContainsKey(f), $"folder {f} has no layer"));
        Assert.Contains("Reporting", folders);
    }

    [Fact]
    public void No_folder_uses_a_folder_above_it()
    {
        var upward = TypeReferences.Between(typeof(AnalysisResult).Assembly)
            .Where(r => Layers.TryGetValue(r.From, out int from) && Layers.TryGetValue(r.To, out int to) && to > from)
            .Select(r => $"{r.FromType} ({r.From}) uses {r.ToType} ({r.To})")
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.True(upward.Count == 0, string.Join("\n", upward));
    }

    [Fact]
    public void The_check_sees_references_from_method_bodies_signatures_and_attributes()
    {
        var references = TypeReferences.Between(typeof(AnalysisResult).Assembly).ToList();

        // A call inside a method body: the report calls the analysis summary's figures.
        Assert.Contains(references, r => r.From == "Reporting" && r.To == "Plotting");
        // A signature: AnalysisResult.Gaps is a Metrics type.
        Assert.Contains(references, r => r.FromType == "CooperationGraph.Analysis.AnalysisResult" && r.To == "Metrics");
        // An attribute with a type argument: the notebook formatter source.
        Assert.Contains(references, r => r.FromType == "CooperationGraph.Analysis.AnalysisResult" && r.ToType == "CooperationGraph.Display.NotebookFormatterSource");
    }

    [Fact]
    public void The_command_line_tool_sees_only_the_public_api()
    {
        var friends = typeof(AnalysisResult).Assembly.GetCustomAttributes<InternalsVisibleToAttribute>().Select(a => a.AssemblyName).ToList();

        Assert.Contains("CooperationGraph.Tests", friends);
        Assert.DoesNotContain("cooperation-graph", friends);
    }
}
