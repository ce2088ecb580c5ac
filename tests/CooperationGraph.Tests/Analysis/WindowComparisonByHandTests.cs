namespace CooperationGraph.Tests.Analysis;

/// <summary>A window comparison (<see cref="WindowComparison"/>) of two half-years worked out by hand.</summary>
public sealed class WindowComparisonByHandTests
{
    private static Sector S(string code) => SectorCatalog.Default[code];

    private static JointAction Pair(string id, int month, string a, string b) =>
        new(id, id, JointActionKind.Meeting, new DateOnly(2019, month, 1), [new Participation(a), new Participation(b)]);

    /// <summary>
    /// O (OPS) and S (SCHOOL) signed in 2018. First half of 2019: O–S only. Second half: O–N, O–P, N–P, N–N2; S idle.
    /// The model asks for OPS–SCHOOL and OPS–NGO.
    /// </summary>
    private static readonly WindowComparison Comparison = CooperationAnalysis.Run(
        CooperationDataset.Create(
            [
                new Institution("O", "OPS", S("OPS")), new Institution("S", "School", S("SCHOOL")), new Institution("N", "NGO", S("NGO")),
                new Institution("P", "Police", S("POLICE")), new Institution("N2", "NGO 2", S("NGO")),
            ],
            [new Declaration("d", "Declaration", new DateOnly(2018, 12, 1), DeclarationKind.Declaration, ["O", "S"])],
            [Pair("a1", 2, "O", "S"), Pair("a2", 8, "O", "N"), Pair("a3", 9, "O", "P"), Pair("a4", 10, "N", "P"), Pair("a5", 11, "N", "N2")]),
        new AnalysisOptions
        {
            Model = new CooperationModel("two links", [], [new SectorPair(S("OPS"), S("SCHOOL")), new SectorPair(S("OPS"), S("NGO"))]),
            Permutations = 0,
            Window = new AnalysisWindow(new DateOnly(2019, 7, 1), new DateOnly(2019, 12, 31)),
            ComparisonWindow = new AnalysisWindow(new DateOnly(2019, 1, 1), new DateOnly(2019, 6, 30)),
        }).WindowComparison!;

    [Fact]
    public void Links_sectors_and_institutions_that_came_and_went_are_those_worked_out_by_hand()
    {
        Assert.Equal(["NGO–OPS"], Comparison.LinksRealised.Select(l => l.ToString()));
        Assert.Equal(["OPS–SCHOOL"], Comparison.LinksLost.Select(l => l.ToString()));
        Assert.Equal(["NGO"], Comparison.SectorsJoined.Select(s => s.Code));
        Assert.Equal(["SCHOOL"], Comparison.SectorsLost.Select(s => s.Code));
        Assert.Equal(["N", "P", "N2"], Comparison.Activated);
        Assert.Equal(["S"], Comparison.Deactivated);
    }

    [Fact]
    public void Changes_are_second_minus_first_worked_out_by_hand()
    {
        // First: 1 tie of 10 pairs, components {O,S} and three isolates, E-I 1. Second: 4 ties, components {O,N,P,N2} and {S}, E 3 and I 1.
        Assert.Equal(0.5 - 1.0, Comparison.ActivationRateChange, 15);
        Assert.Equal(0.4 - 0.1, Comparison.DensityChange, 15);
        Assert.Equal((1 - (12.0 / 20)) - (1 - (2.0 / 20)), Comparison.FragmentationChange, 15);
        Assert.Equal(0.5 - 1.0, Comparison.EIIndexChange, 15);
    }

    [Fact]
    public void The_frame_has_each_measure_in_both_windows_and_the_change()
    {
        var frame = Comparison.ToDataFrame();
        double[] Column(string name) => [.. Enumerable.Range(0, (int)frame.Rows.Count).Select(r => (double)frame.Columns[name][r]!)];

        Assert.Equal(["activation_rate", "density", "fragmentation", "ei_index", "active_institutions", "declared_institutions", "missing_sectors", "missing_links"],
            Enumerable.Range(0, (int)frame.Rows.Count).Select(r => (string)frame.Columns["measure"][r]!));
        Assert.Equal([1.0, 0.1, 0.9, 1.0, 2, 2, 1, 1], Column("first"), new Close());
        Assert.Equal([0.5, 0.4, 0.4, 0.5, 4, 2, 1, 1], Column("second"), new Close());
        Assert.Equal([-0.5, 0.3, -0.5, -0.5, 2, 0, 0, 0], Column("change"), new Close());
    }

    private sealed class Close : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) < 1e-12;

        public int GetHashCode(double obj) => 0;
    }
}
