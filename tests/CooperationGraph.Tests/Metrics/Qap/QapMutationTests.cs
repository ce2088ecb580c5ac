using CooperationGraph.Metrics.Qap;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Qap;

/// <summary>By-hand cases for what a mutation run of Metrics/Qap would leave untested in the QAP correlation test
/// (tests/MUTATION.md): guards, undefined correlations, ties counted on both sides, and the two tests of
/// <see cref="LayerAgreement"/>.</summary>
public class QapMutationTests
{
    /// <summary>The relabellings the kernel draws: one <see cref="Random"/> of the seed shuffling the previous labels.</summary>
    internal static List<int[]> Draws(int seed, int n, int count)
    {
        var random = new Random(seed);
        var label = Enumerable.Range(0, n).ToArray();
        var draws = new List<int[]>();
        for (int s = 0; s < count; s++)
        {
            random.Shuffle(label);
            draws.Add((int[])label.Clone());
        }

        return draws;
    }

    [Fact]
    public void Negative_permutations_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => QapKernel.Test(3, [(0, 1, 1)], [(1, 2, 1)], -1, 1, CancellationToken.None));
    }

    [Fact]
    public void A_first_matrix_whose_first_institution_has_no_cell_correlates_fully_with_itself()
    {
        // Institution 0 has no tie, so the first cell's row is 1: its cells must be looked up like any other row's.
        (int, int, double)[] ties = [(1, 2, 1), (1, 3, 1), (2, 3, 1)];
        var result = QapKernel.Test(4, ties, ties, 0, 1, CancellationToken.None);
        Assert.Equal(1.0, result.Correlation, 12);
    }

    [Fact]
    public void A_cancelled_token_stops_the_permutations()
    {
        Assert.Throws<OperationCanceledException>(() => QapKernel.Test(3, [(0, 1, 1)], [(1, 2, 1)], 10, 1, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_constant_matrix_has_no_correlation_and_no_p_values_even_with_permutations()
    {
        var result = QapKernel.Test(3, [(0, 1, 1), (1, 2, 1)], [], 10, 1, CancellationToken.None);
        Assert.True(double.IsNaN(result.Correlation));
        Assert.True(double.IsNaN(result.PGreaterOrEqual));
        Assert.True(double.IsNaN(result.PLessOrEqual));
        Assert.Equal(10, result.Permutations);
    }

    [Fact]
    public void A_constant_first_matrix_has_no_correlation_when_its_cross_product_rounds_away_from_the_sum()
    {
        // x = 1 on all three pairs: n·Σx² − (Σx)² = 3·3 − 9 = 0 exactly, so the correlation is undefined. The cross
        // product adds y in the first matrix's order, 0.7 + 0.2 + 0.1 = 0.9999999999999999, the sum of y in the second's,
        // 0.1 + 0.2 + 0.7 = 1.0000000000000000: the numerator is not 0, and dividing by the zero denominator would give −∞.
        (int, int, double)[] ones = [(1, 2, 1), (0, 2, 1), (0, 1, 1)];
        (int, int, double)[] y = [(0, 1, 0.1), (0, 2, 0.2), (1, 2, 0.7)];
        Assert.NotEqual(0.7 + 0.2 + 0.1, 0.1 + 0.2 + 0.7);
        var result = QapKernel.Test(3, ones, y, 5, 1, CancellationToken.None);
        Assert.True(double.IsNaN(result.Correlation));
        Assert.True(double.IsNaN(result.PGreaterOrEqual));
    }

    [Fact]
    public void Ties_with_the_observed_correlation_count_on_both_sides()
    {
        // Path 0-1-2 against itself: a relabelling keeps both ties when it leaves node 1 in the middle (r = 1, the
        // observed value exactly), else one (r = −0.5). So p(≥) is the share of draws with label[1] = 1, p(≤) = 1.
        (int, int, double)[] path = [(0, 1, 1), (1, 2, 1)];
        var result = QapKernel.Test(3, path, path, 100, 5, CancellationToken.None);
        int kept = Draws(5, 3, 100).Count(l => l[1] == 1);
        Assert.InRange(kept, 1, 99);
        Assert.Equal(1.0, result.Correlation, 15);
        Assert.Equal(kept / 100.0, result.PGreaterOrEqual);
        Assert.Equal(1.0, result.PLessOrEqual);
    }

    [Fact]
    public void Layer_agreement_correlates_declared_with_enacted_ties_and_the_model_with_the_sector_pairs_enacted()
    {
        // o OPS, p PCPR, s1 s2 SCHOOL, g NGO. Declared (d1: o p s1): op os1 ps1. Enacted: x1 (o s1 s2) os1 os2 s1s2,
        // x2 (p g) pg, x3 (o p) op. Institutions (10 pairs): Σx = 3, Σy = 5, Σxy = 2 (op, os1):
        // r = (10·2 − 3·5) / √((10·3 − 9)(10·5 − 25)) = 5 / √525 = 1/√21.
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector\no,OPS,OPS\np,PCPR,PCPR\ns1,Szkoła 1,SCHOOL\ns2,Szkoła 2,SCHOOL\ng,Fundacja,NGO\n"),
            ("declarations.csv", "id,title,signed_on\nd1,Porozumienie,2020-01-15\n"),
            ("signatures.csv", "declaration_id,institution_id\nd1,o\nd1,p\nd1,s1\n"),
            ("actions.csv", "id,title,kind,date\nx1,Spotkanie,meeting,2020-03-01\nx2,Festyn,event,2020-05-01\nx3,Narada,meeting,2020-06-01\n"),
            ("participations.csv", "action_id,institution_id,role\nx1,o,lead\nx1,s1,participant\nx1,s2,participant\nx2,p,lead\nx2,g,participant\nx3,o,lead\nx3,p,participant\n"));
        var dataset = data.Load();
        var enacted = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted });
        var declared = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Declared });

        // Model: sectors OPS PCPR SCHOOL POLICE (OPS, then as its links name them), links OPS–PCPR, OPS–SCHOOL,
        // OPS–POLICE and SCHOOL–SCHOOL (within a sector, left out); NGO joins from the institutions: 5 sectors, 10 pairs.
        // Required x: OPS–PCPR, OPS–SCHOOL, OPS–POLICE. Observed y: OPS–SCHOOL 2 (os1, os2), OPS–PCPR 1, PCPR–NGO 1
        // (s1s2 is within SCHOOL). Σx = 3, Σx² = 3, Σy = 4, Σy² = 6, Σxy = 1 + 2 = 3:
        // r = (10·3 − 3·4) / √((10·3 − 9)(10·6 − 16)) = 18 / √924.
        var sector = SectorCatalog.Default;
        var model = new CooperationModel("by hand", [sector["OPS"]],
            [new SectorPair(sector["OPS"], sector["PCPR"]), new SectorPair(sector["OPS"], sector["SCHOOL"]), new SectorPair(sector["OPS"], sector["POLICE"]), new SectorPair(sector["SCHOOL"], sector["SCHOOL"])]);
        var agreement = LayerAgreement.Compute(dataset, enacted, declared, model, new MrqapOptions { Permutations = 0 }, null, CancellationToken.None);

        Assert.Equal(1 / Math.Sqrt(21), agreement.DeclaredVersusEnacted.Correlation, 12);
        Assert.Equal(18 / Math.Sqrt(924), agreement.ModelVersusObserved.Correlation, 12);
    }
}
