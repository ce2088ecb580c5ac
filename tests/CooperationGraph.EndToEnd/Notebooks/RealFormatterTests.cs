using System.Text.RegularExpressions;
using Microsoft.DotNet.Interactive.Formatting;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>
/// Our display convention against the real .NET Interactive formatter (the package a Polyglot notebook uses), found by
/// the attribute's name alone: the library does not reference .NET Interactive. Data frames are not ours to format:
/// Microsoft.Data.Analysis ships its own notebook formatter.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed partial class RealFormatterTests
{
    private static readonly AnalysisResult Hostile = CooperationAnalysis.Run(
        CooperationDataset.Create(
            [new Institution("ops", "<img src=x onerror=alert(1)>", SectorCatalog.Default["OPS"]), new Institution("pup", "PUP", SectorCatalog.Default["PUP"])],
            actions: [new JointAction("a", "</script>", JointActionKind.Meeting, new DateOnly(2020, 1, 1), [new Participation("ops", ParticipantRole.Lead), new Participation("pup")])]),
        new AnalysisOptions { Permutations = 0 });

    public RealFormatterTests() => Formatter.ResetToDefault();

    [Fact]
    public void An_analysis_formats_as_its_summary_with_the_required_links_table()
    {
        string html = Hostile.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains("<div class=\"cg-summary\">", html, StringComparison.Ordinal);
        Assert.Contains("<caption>Required links</caption>", html, StringComparison.Ordinal);
        Assert.Equal(Hostile.Gaps.Links.Count, Regex.Matches(html, "<tr><td>").Count);
        Assert.DoesNotContain("dni-treeview", html, StringComparison.Ordinal); // not the default tree
    }

    [Fact]
    public void The_kernel_prefers_html_for_an_analysis_and_plain_text_is_its_summary()
    {
        Assert.Equal([HtmlFormatter.MimeType], Formatter.GetPreferredMimeTypesFor(typeof(AnalysisResult)));
        Assert.Equal(Hostile.Headline(), Hostile.ToDisplayString(PlainTextFormatter.MimeType));
        Assert.StartsWith("activation rate undefined; missing sectors: ", Hostile.Headline(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_records_shows_as_the_default_tree_which_is_why_results_are_frames()
    {
        var rows = new List<DegreeRow> { new("OPS", 4), new("GOPS", 2) };

        string html = rows.ToDisplayString(HtmlFormatter.MimeType);

        // One row per item with an index and a collapsible tree of the item's properties, not a column per property.
        Assert.Contains("<th><i>index</i></th><th>value</th>", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"dni-treeview\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cg-table", html, StringComparison.Ordinal);
    }

    public sealed record DegreeRow(string Institution, int Degree);
}
