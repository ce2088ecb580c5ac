namespace CooperationGraph.Tests.Metrics.Dynamics;

/// <summary>Parsing, guards, messages and bounds of calendar windows.</summary>
public class TimeWindowsMutationTests
{
    private static readonly DateOnly March1 = new(2019, 3, 1);

    /// <summary>One joint action of A and B from 10 January to 5 March 2019.</summary>
    private static readonly CooperationDataset LongAction = CooperationDataset.Create(
        FourInstitutions.Dataset.Institutions,
        actions: [new JointAction("long", "long", JointActionKind.Meeting, new DateOnly(2019, 1, 10), [new Participation("A"), new Participation("B")], new DateOnly(2019, 3, 5))]);

    [Fact]
    public void Parse_reads_the_three_names_in_any_case_around_spaces()
    {
        Assert.Equal(WindowPeriod.Month, TimeWindows.Parse("month"));
        Assert.Equal(WindowPeriod.Quarter, TimeWindows.Parse(" Quarter "));
        Assert.Equal(WindowPeriod.Year, TimeWindows.Parse("YEAR"));
    }

    [Fact]
    public void Parse_of_another_word_throws_listing_the_valid_names()
    {
        var error = Assert.Throws<ArgumentException>(() => TimeWindows.Parse("week"));
        Assert.Equal("'week' is not a window period; use one of: month, quarter, year.", error.Message);
    }

    [Fact]
    public void Cover_of_a_null_dataset_and_label_of_a_null_window_throw_argument_null()
    {
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => TimeWindows.Cover(null!, WindowPeriod.Month)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentNullException>(() => TimeWindows.Label(null!, WindowPeriod.Month)).ParamName);
    }

    [Fact]
    public void Cover_without_an_action_inside_the_bounds_gives_no_window()
    {
        // April 2019 has no action of the four institutions (the May action starts on 2 May).
        Assert.Empty(TimeWindows.Cover(FourInstitutions.Dataset, WindowPeriod.Month, new AnalysisWindow(new DateOnly(2019, 4, 1), new DateOnly(2019, 4, 30))));
    }

    [Fact]
    public void Cover_reaches_the_month_of_an_action_last_day()
    {
        Assert.Equal(["2019-01", "2019-02", "2019-03"], TimeWindows.Cover(LongAction, WindowPeriod.Month).Select(w => TimeWindows.Label(w, WindowPeriod.Month)));
    }

    [Fact]
    public void Bounds_inside_a_long_action_give_one_window_between_them()
    {
        var within = new AnalysisWindow(new DateOnly(2019, 2, 15), new DateOnly(2019, 2, 20));
        Assert.Equal([within], TimeWindows.Cover(LongAction, WindowPeriod.Month, within));
    }

    [Fact]
    public void A_calendar_of_one_day_is_the_one_period_holding_it()
    {
        Assert.Equal([new AnalysisWindow(March1, new DateOnly(2019, 3, 31))], TimeWindows.Calendar(March1, March1, WindowPeriod.Month));
    }

    [Fact]
    public void A_calendar_ending_before_it_starts_throws_naming_both_days()
    {
        var error = Assert.Throws<ArgumentException>(() => TimeWindows.Calendar(March1, new DateOnly(2019, 2, 28), WindowPeriod.Month));
        Assert.Equal("The last day 2019-02-28 is before the first 2019-03-01. (Parameter 'last')", error.Message);
    }

    [Fact]
    public void A_calendar_of_width_0_throws_naming_the_width()
    {
        var error = Assert.Throws<ArgumentException>(() => TimeWindows.Calendar(March1, March1, WindowPeriod.Month, 0));
        Assert.Equal("A window is at least one period wide, not 0. (Parameter 'width')", error.Message);
    }

    [Fact]
    public void A_window_wider_than_the_periods_covered_is_still_one_window()
    {
        // Two months, width 3: one window of three months from the first.
        Assert.Equal([new AnalysisWindow(March1, new DateOnly(2019, 5, 31))], TimeWindows.Calendar(March1, new DateOnly(2019, 4, 2), WindowPeriod.Month, 3));
    }

    [Fact]
    public void An_unknown_period_throws_out_of_range_with_the_message()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TimeWindows.Start(March1, (WindowPeriod)7));
        Assert.Equal("every", error.ParamName);
        Assert.StartsWith("Unknown period.", error.Message, StringComparison.Ordinal);
    }
}
