using System.Globalization;
using CooperationGraph.Tests.Metrics.Communities;

namespace CooperationGraph.Tests.Metrics.Ego;

/// <summary>
/// The ego-network measures against a graph worked by hand and against NetworkX on four graphs (Fixtures/Ego,
/// make_ego_fixtures.py there).
/// </summary>
public class EgoMeasuresTests
{
    private static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Ego");

    // A–B, A–C, A–D, B–C, D–E; n = 5, so a two-step reach is a share of 4 others.
    //  A: alters B, C, D; among them only B–C: ties 1 of 3 pairs, density 1/3, components {B, C}, {D} = 2;
    //     reach B, C, D and E (via D) = 4/4 = 1; efficiency 1/3.
    //  B: alters A, C; A–C: ties 1 of 1 pair, density 1, one component; reach A, C, D (via A) = 3/4; efficiency 3/8.
    //  C: as B.
    //  D: alters A, E, no tie between them: density 0, components 2; reach A, E, B, C = 4/4; efficiency 1/2.
    //  E: alter D alone: 0 pairs, density undefined, one component; reach D, A = 2/4; efficiency 1/2.
    [Fact]
    public void FiveInstitutionsHaveTheEgoMeasuresWorkedByHand()
    {
        var network = CooperationNetwork.FromEdgeList([("A", "B", 1.0), ("A", "C", 1.0), ("A", "D", 1.0), ("B", "C", 1.0), ("D", "E", 2.0)]);

        var ego = EgoMeasures.Compute(network);

        Assert.Equal(["A", "B", "C", "D", "E"], ego.Select(e => e.Id));
        Assert.Equal(new EgoNetwork("A", 3, 1, 3, 1.0 / 3, 2, 1.0, 1.0 / 3), ego[0]);
        Assert.Equal(new EgoNetwork("B", 2, 1, 1, 1.0, 1, 0.75, 0.375), ego[1]);
        Assert.Equal(new EgoNetwork("C", 2, 1, 1, 1.0, 1, 0.75, 0.375), ego[2]);
        Assert.Equal(new EgoNetwork("D", 2, 0, 1, 0.0, 2, 1.0, 0.5), ego[3]);
        Assert.Equal(new EgoNetwork("E", 1, 0, 0, double.NaN, 1, 0.5, 0.5), ego[4]);
    }

    // X alone beside the tie Y–Z: no alters, no components, reaches nobody (0 of 2), efficiency undefined.
    [Fact]
    public void AnIsolatedInstitutionHasSizeZeroReachZeroAndUndefinedDensityAndEfficiency()
    {
        var network = CooperationNetwork.FromEdgeList([("X", "X", 1.0), ("Y", "Z", 1.0)]);

        var ego = EgoMeasures.Compute(network);

        Assert.Equal(new EgoNetwork("X", 0, 0, 0, double.NaN, 0, 0.0, double.NaN), ego[0]);
        Assert.Equal(new EgoNetwork("Y", 1, 0, 0, double.NaN, 1, 0.5, 0.5), ego[1]);
    }

    [Fact]
    public void ASingleInstitutionHasUndefinedTwoStepReach()
    {
        var ego = EgoMeasures.Compute(CooperationNetwork.FromEdgeList([("X", "X", 1.0)]));

        Assert.True(double.IsNaN(Assert.Single(ego).TwoStepReach));
    }

    [Theory]
    [InlineData("karate")]
    [InlineData("florentine")]
    [InlineData("lesmis")]
    [InlineData("loniow")]
    public void EveryEgoMeasureMatchesNetworkXCountsExactlySharesTo1e12(string graph)
    {
        var expected = File.ReadLines(Path.Combine(Folder, "ego.csv")).Skip(1).Select(l => l.Split(','))
            .Where(c => c[0] == graph).ToList();

        var ego = EgoMeasures.Compute(CommunityQualityTests.Load(graph));

        Assert.Equal(expected.Count, ego.Count);
        for (int i = 0; i < ego.Count; i++)
        {
            var (row, e) = (expected[i], ego[i]);
            Assert.Equal(row[1], e.Id);
            Assert.Equal(int.Parse(row[2], CultureInfo.InvariantCulture), e.Size);
            Assert.Equal(int.Parse(row[3], CultureInfo.InvariantCulture), e.Ties);
            Assert.Equal(long.Parse(row[4], CultureInfo.InvariantCulture), e.Pairs);
            Share(row[5], e.Density);
            Assert.Equal(int.Parse(row[6], CultureInfo.InvariantCulture), e.Components);
            Share(row[7], e.TwoStepReach);
            Share(row[8], e.ReachEfficiency);
        }
    }

    [Fact]
    public void TheProfileFrameHasTheContractColumnsWithBurtsMeasuresFromCentrality()
    {
        var network = CooperationNetwork.FromEdgeList([("A", "B", 1.0), ("A", "C", 1.0), ("A", "D", 1.0), ("B", "C", 1.0), ("D", "E", 2.0)]);
        var centrality = CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [CentralityMeasure.EffectiveSize, CentralityMeasure.Constraint] });

        var frame = EgoMeasures.Compute(network).ToProfileFrame(centrality);

        Assert.Equal(
            ["id", "ego_size", "ego_ties", "ego_pairs", "ego_density", "ego_components", "two_step_reach", "reach_efficiency", "effective_size", "constraint"],
            frame.Columns.Select(c => c.Name));
        Assert.Equal(5, frame.Rows.Count);
        Assert.Null(frame["ego_density"][4]);
        // A: 3 alters, 1 tie among them: Burt's effective size 3 − 2·1/3 = 7/3.
        Assert.Equal(7.0 / 3, (double)frame["effective_size"][0]!, 12);
        Assert.Equal(centrality[CentralityMeasure.Constraint]["A"], (double)frame["constraint"][0]!, 12);
    }

    private static void Share(string text, double actual)
    {
        if (text == "nan")
        {
            Assert.True(double.IsNaN(actual), $"expected NaN, got {actual}");
        }
        else
        {
            Assert.Equal(double.Parse(text, CultureInfo.InvariantCulture), actual, 1e-12);
        }
    }
}
