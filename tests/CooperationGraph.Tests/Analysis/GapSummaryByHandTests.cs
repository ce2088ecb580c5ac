using System.Net;
using CooperationGraph.Analysis;
using CooperationGraph.Text;

namespace CooperationGraph.Tests.Analysis;

/// <summary>The summary rows (<see cref="GapSummary"/>) and the over-time entry of the by-hand network of <see cref="IndicatorsByHandTests"/>.</summary>
public sealed class GapSummaryByHandTests
{
    private static readonly AnalysisResult Result = IndicatorsByHandTests.Result;

    private static string E(string text) => WebUtility.HtmlEncode(text);

    [Fact]
    public void The_sheet_keeps_every_item_of_a_list_while_the_html_cuts_it_after_the_limit()
    {
        var summary = GapSummary.Of(Result, maxListItems: 1);
        var cells = summary.Cells("missing_sectors", "declared_inactive", "active_undeclared", "components").Select(c => c[1]).ToList();

        Assert.Equal(["COURT", "C", "O2, S2, N, P", 2], cells);
        Assert.Equal($"<dl class=\"summary\"><dt>{E(Words.Get("ActiveUndeclared"))}</dt><dd>{E("O2" + Words.Get("ListMore", 3))}</dd></dl>",
            summary.Html(notes: false, "active_undeclared"));
    }

    [Fact]
    public void The_components_note_lists_their_sizes_cut_after_the_limit()
    {
        string Note(int max) => GapSummary.Of(Result, max).Html(notes: true, "components");

        Assert.Equal(
            $"<dl class=\"summary\"><dt>{E(Words.Get("Components"))}</dt><dd><span class=\"value\">2</span> <span class=\"note\">{E(Words.Get("ComponentsNote", "6, 1"))}</span></dd></dl>",
            Note(2));
        Assert.Contains(E(Words.Get("ComponentsNote", "6" + Words.Get("ListMore", 1))), Note(1), StringComparison.Ordinal);
    }

    [Fact]
    public void A_qap_test_without_declared_ties_reads_undefined()
    {
        var noDeclaration = CooperationDataset.Create(IndicatorsByHandTests.Dataset.Institutions, actions: IndicatorsByHandTests.Dataset.JointActions);
        var summary = GapSummary.Of(CooperationAnalysis.Run(noDeclaration, new AnalysisOptions { Model = IndicatorsByHandTests.Model, Permutations = 0 }));

        Assert.Equal($"<dl class=\"summary\"><dt>{E(Words.Get("QapDeclared"))}</dt><dd>{E(Words.Get("Undefined"))}</dd></dl>", summary.Html(notes: false, "qap_declared"));
        // With the declaration of O1, S and C: 3 declared and 6 enacted pairs of 21 share one, r = (21·1 − 3·6) / √((21·3 − 9)(21·6 − 36)).
        Assert.StartsWith($"<dl class=\"summary\"><dt>{E(Words.Get("QapDeclared"))}</dt><dd>{E(Words.Number(3 / Math.Sqrt(54.0 * 90.0)))} ",
            GapSummary.Of(Result).Html(notes: false, "qap_declared"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_window_narrower_than_one_period_is_refused_and_the_result_names_its_windows()
    {
        var error = Assert.Throws<ArgumentException>(() => OverTime.Analyze(IndicatorsByHandTests.Dataset, overTime: new OverTimeOptions { Width = 0 }));
        var months = OverTime.Analyze(IndicatorsByHandTests.Dataset, new AnalysisOptions { Permutations = 0 }, new OverTimeOptions { Every = WindowPeriod.Month, Width = 1 });

        Assert.StartsWith("A window is at least one period wide, not 0.", error.Message, StringComparison.Ordinal);
        Assert.Equal("overTime", error.ParamName); // refused by OverTime itself, not later by TimeWindows.Cover (whose parameter is "width")
        Assert.Equal("1 windows of 1 month(s)", months.ToString()); // every action is on 2019-03-01
        Assert.Equal(["2019-03"], months.Labels);
    }

    [Fact]
    public void The_result_in_one_line_names_the_model_the_activation_rate_and_counts_missing_sectors_and_links()
    {
        // COURT is missing; so are OPS–COURT and POLICE–SCHOOL: one sector (singular), two links (plural).
        Assert.EndsWith("; model by hand; activation rate 0.667; 1 missing sector, 2 missing links", Result.ToString(), StringComparison.Ordinal);
    }
}
