namespace CooperationGraph.Tests.Metrics.Mixing;

/// <summary>
/// Guards, the expected E-I index of a sector of three, and p-values that are exact whatever the shuffles
/// (tests/MUTATION.md).
/// </summary>
public class EITestMutationTests
{
    private static readonly Sector Ops = new("OPS", "ośrodek", "centre");
    private static readonly Sector School = new("SCHOOL", "szkoła", "school");

    [Fact]
    public void The_E_I_test_of_null_institutions_or_null_ties_throws_argument_null_naming_it()
    {
        Assert.Equal("institutions", Assert.Throws<ArgumentNullException>(() => EITest.Compute(null!, [], 0, 1)).ParamName);
        Assert.Equal("ties", Assert.Throws<ArgumentNullException>(() => EITest.Compute([new("A", "A", Ops)], null!, 0, 1)).ParamName);
    }

    [Fact]
    public void The_E_I_test_with_negative_permutations_throws_out_of_range()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => EITest.Compute([new("A", "A", Ops), new("B", "B", Ops)], [(0, 1)], -1, 1));

        Assert.Equal("permutations", error.ParamName);
    }

    [Fact]
    public void A_cancelled_E_I_test_with_ties_and_permutations_throws()
    {
        Assert.Throws<OperationCanceledException>(() =>
            EITest.Compute([new("A", "A", Ops), new("B", "B", School)], [(0, 1)], 10, 1, new CancellationToken(true)));
    }

    [Fact]
    public void Three_institutions_of_one_sector_and_one_of_another_expect_an_E_I_index_of_zero()
    {
        // 4 institutions: 6 possible pairs, 3 of them inside the sector of three (3·2/2), 3 across: (3 − 3)/6 = 0.
        Institution[] institutions = [new("A", "A", Ops), new("B", "B", Ops), new("C", "C", Ops), new("D", "D", School)];

        var test = EITest.Compute(institutions, [(0, 3)], 0, 1);

        Assert.Equal(0.0, test.Expected);
    }

    [Fact]
    public void When_every_shuffle_gives_the_observed_E_I_index_both_p_values_are_exactly_one()
    {
        // Two institutions of one sector tied: any shuffle leaves both in the sector, E-I −1 each time, so 10 of 10
        // permutations are both ≥ and ≤ the observed −1.
        var test = EITest.Compute([new("A", "A", Ops), new("B", "B", Ops)], [(0, 1)], 10, 3);

        Assert.Equal((-1.0, 1.0, 1.0), (test.Observed, test.PGreaterOrEqual, test.PLessOrEqual));
    }
}
