using CooperationGraph.Analysis;
using CooperationGraph.Tests.IO;
using CooperationGraph.Text;

namespace CooperationGraph.Tests.Analysis;

/// <summary>The notebook summary, the report and the workbook's gaps sheet show the same rows, worked out once.</summary>
public sealed class GapSummaryTests
{
    private static readonly AnalysisResult Result = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")),
        new AnalysisOptions { Permutations = 20 });

    [Fact]
    public void A_row_is_the_same_number_in_the_sheet_and_in_the_html()
    {
        var summary = GapSummary.Of(Result);
        var cells = summary.Cells("activation_rate", "components", "missing_links").ToList();

        Assert.Equal(Result.Gaps.ActivationRate, cells[0][1]);
        Assert.Equal(Result.Structure.Components.Count, cells[1][1]);
        Assert.Equal(string.Join(", ", Result.Gaps.MissingLinks.Select(l => l.ToString())), cells[2][1]);
        Assert.Equal(
            $"<dl class=\"summary\"><dt>{Words.Get("ActivationRate")}</dt><dd>{Words.Number(Result.Gaps.ActivationRate)}</dd></dl>",
            summary.Html(notes: false, "activation_rate"));
        Assert.Contains("<span class=\"note\">", summary.Html(notes: true, "activation_rate"), StringComparison.Ordinal);
    }

    [Fact]
    public void A_row_only_the_sheet_shows_has_no_term_for_a_list()
    {
        var summary = GapSummary.Of(Result);

        Assert.Single(summary.Cells("qap_model_p"));
        Assert.Throws<InvalidOperationException>(() => summary.Html(notes: false, "qap_model_p"));
    }
}
