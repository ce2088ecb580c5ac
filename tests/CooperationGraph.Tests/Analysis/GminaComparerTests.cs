using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Analysis;

public class GminaComparerTests
{
    /// <summary>
    /// Gmina G1 (OPS1, school S1) and G2 (OPS2); PCPR P of the powiat. P acts with OPS1 (a1) and signs with OPS2 (d1);
    /// OPS1 and OPS2 meet on a study visit (a2); S1 and OPS1 meet alone (a3).
    /// </summary>
    internal static CooperationDataset TwoGminas { get; } = CooperationDataset.Create(
        [
            new Institution("OPS1", "OPS 1", SectorCatalog.Default["OPS"], "G1", TerritorialLevel.Gmina),
            new Institution("S1", "School 1", SectorCatalog.Default["SCHOOL"], "G1", TerritorialLevel.Gmina),
            new Institution("P", "PCPR", SectorCatalog.Default["PCPR"], "Powiat", TerritorialLevel.Powiat),
            new Institution("OPS2", "OPS 2", SectorCatalog.Default["OPS"], "G2", TerritorialLevel.Gmina),
        ],
        [new Declaration("d1", "Deklaracja", new DateOnly(2019, 1, 1), DeclarationKind.Declaration, ["OPS2", "P"])],
        [
            new JointAction("a1", "Meeting", JointActionKind.Meeting, new DateOnly(2019, 2, 1), [new Participation("OPS1"), new Participation("P")]),
            new JointAction("a2", "Study visit", JointActionKind.StudyVisit, new DateOnly(2019, 3, 1), [new Participation("OPS1"), new Participation("OPS2")]),
            new JointAction("a3", "Meeting", JointActionKind.Meeting, new DateOnly(2019, 4, 1), [new Participation("S1"), new Participation("OPS1")]),
        ]);

    [Fact]
    public void Split_by_unit_puts_powiat_institutions_into_every_gmina_they_act_or_sign_with()
    {
        var split = GminaComparer.SplitBy(TwoGminas);
        Assert.Equal(["G1", "G2"], split.Select(s => s.Name));
        var (g1, g2) = (split[0].Dataset, split[1].Dataset);
        Assert.Equal(["OPS1", "S1", "P"], g1.Institutions.Select(i => i.Id));
        Assert.Equal(["a1", "a2", "a3"], g1.JointActions.Select(a => a.Id));
        Assert.Equal(["OPS1"], g1.GetJointAction("a2").Participants.Select(p => p.InstitutionId)); // OPS2 belongs to G2
        Assert.Empty(g1.Declarations);
        Assert.Equal(["P", "OPS2"], g2.Institutions.Select(i => i.Id));
        Assert.Equal(["a2"], g2.JointActions.Select(a => a.Id));
        Assert.Equal(["OPS2", "P"], g2.Declarations.Single().Signatories);
    }

    [Fact]
    public void Indicators_of_each_gmina_by_hand_and_in_the_frame()
    {
        var comparison = GminaComparer.Compare(GminaComparer.SplitBy(TwoGminas), new AnalysisOptions { Permutations = 0 });
        var g1 = comparison.Gminas[0].Indicators;
        // G1: ties OPS1–P, OPS1–S1 among 3 institutions: density 2/3, one component, OPS1 the broker (rank 1); nobody declared.
        Assert.Equal((3, 0, 3), (g1.Institutions, g1.Declared, g1.Active));
        Assert.Equal(2.0 / 3.0, g1.Density, 15);
        Assert.Equal(1, g1.Components);
        Assert.Equal(1, g1.OpsBetweennessRank);
        Assert.True(double.IsNaN(g1.ActivationRate));
        var g2 = comparison.Gminas[1].Indicators;
        // G2: P and OPS2 signed; OPS2 acted (alone, in a2), P did not: activation 1/2, no tie.
        Assert.Equal((2, 2, 1, 0.5, 0.0, 2), (g2.Institutions, g2.Declared, g2.Active, g2.ActivationRate, g2.Density, g2.Components));

        var frame = comparison.ToDataFrame();
        Assert.Equal(GminaComparison.Columns, frame.Columns.Select(c => c.Name));
        Assert.Null(frame.Columns["activation_rate"][0]);
        Assert.Equal(0.5, frame.Columns["activation_rate"][1]);
        Assert.Equal("G2", frame.Columns["gmina"][1]);
        var csv = comparison.ToCsv().Split('\n');
        Assert.StartsWith("gmina,institutions,declared,active,activation_rate,", csv[0], StringComparison.Ordinal);
        Assert.StartsWith("G1,3,0,3,,", csv[1], StringComparison.Ordinal);
        Assert.StartsWith("G2,2,2,1,0.5,", csv[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_input_is_refused_in_a_sentence()
    {
        var empty = CooperationDataset.Create([]);
        Assert.Contains("has no institutions", Assert.Throws<ArgumentException>(() => GminaComparer.Compare([("x", empty)])).Message, StringComparison.Ordinal);
        Assert.Contains("appears twice", Assert.Throws<ArgumentException>(() => GminaComparer.Compare([("x", TwoGminas), ("x", TwoGminas)])).Message, StringComparison.Ordinal);
        var loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        Assert.StartsWith("institutions have no values in column 'district'; columns: id, name, sector, unit, level, note",
            Assert.Throws<ArgumentException>(() => GminaComparer.SplitBy(loniow, "district")).Message, StringComparison.Ordinal);
        Assert.Equal(["Łoniów", "Świniary Stare", "Krzcin", "Śmiechowice", "Koprzywnica", "Narewka"], GminaComparer.SplitBy(loniow).Select(s => s.Name));
    }
}
