namespace CooperationGraph.Tests.Metrics.Dynamics;

public class TieDynamicsTests
{
    [Fact]
    public void Monthly_windows_by_hand()
    {
        var windows = TimeWindows.Cover(FourInstitutions.Dataset, WindowPeriod.Month);
        Assert.Equal(["2019-01", "2019-02", "2019-03", "2019-04", "2019-05", "2019-06"], windows.Select(w => TimeWindows.Label(w, WindowPeriod.Month)));
        Assert.Equal(new AnalysisWindow(new DateOnly(2019, 2, 1), new DateOnly(2019, 2, 28)), windows[1]);

        // (ties, formed, persisted, re-appeared, dissolved): Jan {AB}; Feb {AB, AC, BC}; Mar {CD}; Apr {}; May {AB}; Jun {AB (the May action runs into June), AC}.
        var changes = TieDynamics.Compute(FourInstitutions.Dataset, windows);
        Assert.Equal(
            [(1, 1, 0, 0, 0), (3, 2, 1, 0, 0), (1, 1, 0, 0, 3), (0, 0, 0, 0, 1), (1, 0, 0, 1, 0), (2, 0, 1, 1, 0)],
            changes.Select(c => (c.Ties, c.Formed, c.Persisted, c.Reappeared, c.Dissolved)));
    }

    [Fact]
    public void Quarterly_and_sliding_windows_by_hand()
    {
        var quarters = TimeWindows.Cover(FourInstitutions.Dataset, WindowPeriod.Quarter);
        Assert.Equal(["2019-Q1", "2019-Q2"], quarters.Select(w => TimeWindows.Label(w, WindowPeriod.Quarter)));
        // Q1 {AB, AC, BC, CD}; Q2 {AB, AC}: both kept, BC and CD lost.
        Assert.Equal([(4, 4, 0, 0, 0), (2, 0, 2, 0, 2)], TieDynamics.Compute(FourInstitutions.Dataset, quarters).Select(c => (c.Ties, c.Formed, c.Persisted, c.Reappeared, c.Dissolved)));

        var sliding = TimeWindows.Cover(FourInstitutions.Dataset, WindowPeriod.Month, width: 2);
        Assert.Equal(["2019-01-01..2019-02-28", "2019-02-01..2019-03-31", "2019-03-01..2019-04-30", "2019-04-01..2019-05-31", "2019-05-01..2019-06-30"],
            sliding.Select(w => TimeWindows.Label(w, WindowPeriod.Month)));
        Assert.Single(TimeWindows.Cover(FourInstitutions.Dataset, WindowPeriod.Year));

        // A bounded analysis window cuts the first and last windows.
        var cut = TimeWindows.Cover(FourInstitutions.Dataset, WindowPeriod.Quarter, new AnalysisWindow(new DateOnly(2019, 2, 15), new DateOnly(2019, 5, 10)));
        Assert.Equal([new AnalysisWindow(new DateOnly(2019, 2, 15), new DateOnly(2019, 3, 31)), new AnalysisWindow(new DateOnly(2019, 4, 1), new DateOnly(2019, 5, 10))], cut);
    }

    [Fact]
    public void Durability_after_the_end_of_March_by_hand()
    {
        var durability = Durability.Compute(FourInstitutions.Dataset, new DateOnly(2019, 3, 31), FourInstitutions.Model);
        Assert.Equal((4, 2, 2), (durability.TiesDuring, durability.TiesAfter, durability.TiesKept));
        Assert.Equal(0.5, durability.TieShare);
        Assert.Equal(FourInstitutions.Model.RequiredLinks, durability.RequiredLinksDuring);
        Assert.Equal(FourInstitutions.Model.RequiredLinks.Take(2), durability.RequiredLinksKept);
        Assert.Equal(2.0 / 3.0, durability.RequiredLinkShare, 15);
        Assert.Equal(["A", "B", "C"], durability.KeptActing);
        Assert.Equal(["D"], durability.StoppedActing);
        Assert.Empty(durability.StartedAfter);
        Assert.Throws<ArgumentException>(() => Durability.Compute(FourInstitutions.Dataset, new DateOnly(2019, 3, 31), FourInstitutions.Model, new AnalysisWindow(new DateOnly(2019, 4, 1))));
    }

    [Fact]
    public void Indicators_per_window_and_the_frame_match_by_hand()
    {
        var result = OverTime.Analyze(FourInstitutions.Dataset, new AnalysisOptions { Model = FourInstitutions.Model }, new OverTimeOptions { Every = WindowPeriod.Month });
        // Declared: all four in every window. Active: Jan A,B; Feb A,B,C; Mar C,D; Apr none; May A,B; Jun A,B,C.
        Assert.Equal([0.5, 0.75, 0.5, 0, 0.5, 0.75], result.Indicators.Select(i => i.ActivationRate));
        Assert.Equal([1 / 6.0, 3 / 6.0, 1 / 6.0, 0, 1 / 6.0, 2 / 6.0], result.Indicators.Select(i => i.Density));
        // Required links realised: Jan OPS–PCPR; Feb OPS–PCPR, OPS–SCHOOL; Mar NGO–SCHOOL; Apr none; May OPS–PCPR; Jun OPS–PCPR, OPS–SCHOOL.
        Assert.Equal([1 / 3.0, 2 / 3.0, 1 / 3.0, 0, 1 / 3.0, 2 / 3.0], result.Indicators.Select(i => i.RequiredLinksRealised), new Close());
        // Betweenness is 0 for all but A in June (A joins B and C): the OPS ranks first (ties share the better rank) throughout.
        Assert.All(result.Indicators, i => Assert.Equal(1, i.OpsBetweennessRank));
        // June: ties A–B and A–C, D alone. A's normalised betweenness is 1 pair of 3 = 1/3, the others 0; Freeman's
        // centralization Σ(max − c)/(n − 1) = 3 · (1/3)/3 = 1/3. Every other month has no one between two others: 0.
        Assert.Equal([0, 0, 0, 0, 0, 1 / 3.0], result.Indicators.Select(i => i.BetweennessCentralization), new Close());

        var frame = result.ToDataFrame();
        Assert.Equal(OverTimeResult.Columns, frame.Columns.Select(c => c.Name));
        Assert.Equal("2019-04", frame.Columns["window"][3]);
        Assert.Equal("2019-04-30", frame.Columns["to"][3]);
        Assert.Equal(3, frame.Columns["ties_dissolved"][2]);
        Assert.Equal(0.0, frame.Columns["activation_rate"][3]);
        string[] csv = result.ToCsv().Split('\n');
        Assert.StartsWith("window,from,to,institutions,declared,active,activation_rate,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("2019-02,2019-02-01,2019-02-28,4,4,3,0.75,", csv[2], StringComparison.Ordinal);
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
