using System.Text.RegularExpressions;
using CooperationGraph.Tables;
using Microsoft.DotNet.Interactive.Formatting;

namespace CooperationGraph.Tests.Notebooks;

/// <summary>
/// Our display convention against the real .NET Interactive formatter (the package a Polyglot notebook uses), found by
/// the attribute's name alone: the library does not reference .NET Interactive.
/// </summary>
[Collection(NotebookCollection.Name)]
public sealed partial class RealFormatterTests
{
    private static readonly ResultTable Hostile = new(
        "Degree <script>",
        ["institution", "degree", "share"],
        [["<img src=x onerror=alert(1)>", 4, 0.5], ["OPS Łoniów", 2, double.NaN]]);

    public RealFormatterTests() => Formatter.ResetToDefault();

    [Fact]
    public void A_result_table_formats_as_our_html_table_with_one_header_per_column()
    {
        string html = Hostile.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains("<table class=\"cg-table\"", html, StringComparison.Ordinal);
        Assert.Equal(Hostile.Columns.Count, HeaderCell().Count(html));
        Assert.Contains("<th scope=\"col\">degree</th>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("dni-treeview", html, StringComparison.Ordinal); // not the default tree
    }

    [Fact]
    public void Text_from_the_data_is_escaped()
    {
        string html = Hostile.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", html, StringComparison.Ordinal);
        Assert.Contains("Degree &lt;script&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_kernel_prefers_html_for_a_result_table_and_plain_text_is_its_summary()
    {
        Assert.Equal([HtmlFormatter.MimeType], Formatter.GetPreferredMimeTypesFor(typeof(ResultTable)));
        Assert.Equal(Hostile.ToText(), Hostile.ToDisplayString(PlainTextFormatter.MimeType));
        Assert.StartsWith("Degree <script>\ninstitution", Hostile.ToDisplayString(PlainTextFormatter.MimeType), StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_result_tables_shows_every_table()
    {
        var second = new ResultTable("Betweenness", ["institution", "betweenness"], [["GOPS", 0.25]]);

        string html = new List<ResultTable> { Hostile, second }.ToDisplayString(HtmlFormatter.MimeType);

        Assert.Equal(2, Regex.Matches(html, "<table class=\"cg-table\"").Count);
        Assert.Contains("<caption>Betweenness</caption>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_records_shows_as_the_default_tree_which_is_why_results_are_tables()
    {
        var rows = new List<DegreeRow> { new("OPS", 4), new("GOPS", 2) };

        string html = rows.ToDisplayString(HtmlFormatter.MimeType);

        // One row per item with an index and a collapsible tree of the item's properties, not a column per property.
        Assert.Contains("<th><i>index</i></th><th>value</th>", html, StringComparison.Ordinal);
        Assert.Contains("<details class=\"dni-treeview\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("cg-table", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("<th[ >]")]
    private static partial Regex HeaderCell();

    public sealed record DegreeRow(string Institution, int Degree);
}
