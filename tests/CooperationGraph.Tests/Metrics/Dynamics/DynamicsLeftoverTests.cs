namespace CooperationGraph.Tests.Metrics.Dynamics;

/// <summary>The early return of the paired density test below two institutions (tests/MUTATION.md).</summary>
public class DynamicsLeftoverTests
{
    [Fact]
    public void A_paired_density_test_of_one_institution_gives_NaN_without_drawing_replicates_even_when_cancelled()
    {
        // n = 1 has no pair: the test returns at once, so a cancelled token is never looked at.
        var test = PairedDensityTest.Compute(1, [], [], 10, 1, new CancellationToken(true));

        Assert.True(double.IsNaN(test.Difference) && double.IsNaN(test.StandardError) && double.IsNaN(test.Z) && double.IsNaN(test.P));
        Assert.Equal(10, test.Replicates);
    }
}
