namespace CooperationGraph.Tests.Analysis;

/// <summary>
/// The over-time frame, column by column, on the by-hand dataset (every action on 2019-03-01): one monthly window, its
/// day bounds, the indicator columns, then the tie changes and change indices, named as <see cref="OverTimeResult.Columns"/> lists them.
/// </summary>
public class OverTimeFrameByHandTests
{
    private static readonly OverTimeResult Months = OverTime.Analyze(
        IndicatorsByHandTests.Dataset, new AnalysisOptions { Model = IndicatorsByHandTests.Model, Permutations = 0 }, new OverTimeOptions { Every = WindowPeriod.Month, Width = 1 });

    [Fact]
    public void The_columns_are_the_window_its_days_the_indicators_then_the_ties_and_their_changes()
    {
        string[] expected =
        [
            "window", "from", "to", .. CooperationIndicators.Columns,
            "ties", "ties_formed", "ties_persisted", "ties_reappeared", "ties_dissolved", "jaccard", "hamming", "formation_rate", "dissolution_rate",
        ];
        Assert.Equal(expected, OverTimeResult.Columns);
        Assert.Equal(expected, Months.ToDataFrame().Columns.Select(c => c.Name));
    }

    [Fact]
    public void The_one_window_row_holds_its_days_and_its_ties_and_first_window_changes()
    {
        var frame = Months.ToDataFrame();
        var ties = Months.Ties[0];
        Assert.Equal(1, frame.Rows.Count);
        Assert.Equal("2019-03", frame.Columns["window"][0]);
        Assert.Equal("2019-03-01", frame.Columns["from"][0]);
        Assert.Equal("2019-03-31", frame.Columns["to"][0]);
        Assert.Equal(ties.Ties, frame.Columns["ties"][0]);
        Assert.Equal(ties.Formed, frame.Columns["ties_formed"][0]);
        Assert.Equal(ties.Persisted, frame.Columns["ties_persisted"][0]);
        Assert.Equal(ties.Reappeared, frame.Columns["ties_reappeared"][0]);
        Assert.Equal(ties.Dissolved, frame.Columns["ties_dissolved"][0]);
        Assert.True(ties.Ties > 0 && ties.Formed == ties.Ties, "every tie of the first window is formed in it");
        Assert.Equal(Months.Indicators[0].Density, frame.Columns["density"][0]);
    }
}
