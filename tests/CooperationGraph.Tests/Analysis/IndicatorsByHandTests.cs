namespace CooperationGraph.Tests.Analysis;

/// <summary>
/// The headline indicators (<see cref="CooperationIndicators.From"/>) of a small network worked out by hand: which OPS is
/// the gmina's, its rank, the required sectors and links, and link robustness.
/// </summary>
public sealed class IndicatorsByHandTests
{
    private static Sector S(string code) => SectorCatalog.Default[code];

    private static JointAction Pair(string id, string lead, string other) =>
        new(id, id, JointActionKind.Meeting, new DateOnly(2019, 3, 1), [new Participation(lead, ParticipantRole.Lead), new Participation(other)]);

    /// <summary>
    /// Ties (each a meeting of two, the first the lead): O1–S, O1–O2, O2–N, O2–P, S2–O1, O2–S2; court C signed with O1 and
    /// S but never acted. Betweenness: O2 7 (S–N, S–P, O1–N, O1–P, S2–N, S2–P, N–P), O1 4 (S–O2, S–S2, S–N, S–P), the rest 0.
    /// </summary>
    internal static readonly CooperationDataset Dataset = CooperationDataset.Create(
        [
            new Institution("O1", "OPS 1", S("OPS"), "G1", TerritorialLevel.Gmina),
            new Institution("O2", "OPS 2", S("OPS"), "G2", TerritorialLevel.Gmina),
            new Institution("S", "School", S("SCHOOL"), "G1", TerritorialLevel.Gmina),
            new Institution("S2", "School 2", S("SCHOOL"), "G1", TerritorialLevel.Gmina),
            new Institution("N", "NGO", S("NGO"), "G1", TerritorialLevel.Gmina),
            new Institution("P", "Police", S("POLICE"), "G1", TerritorialLevel.Gmina),
            new Institution("C", "Court", S("COURT"), "G1", TerritorialLevel.Gmina),
        ],
        [new Declaration("d", "Declaration", new DateOnly(2019, 1, 1), DeclarationKind.Declaration, ["O1", "S", "C"])],
        [Pair("a1", "S", "O1"), Pair("a2", "O1", "O2"), Pair("a3", "O2", "N"), Pair("a4", "O2", "P"), Pair("a5", "S2", "O1"), Pair("a6", "O2", "S2")]);

    /// <summary>Required: OPS, SCHOOL, COURT; links OPS–SCHOOL, OPS–NGO, OPS–COURT, SCHOOL–POLICE (so NGO and POLICE are required too).</summary>
    internal static readonly CooperationModel Model = new("by hand", [S("OPS"), S("SCHOOL"), S("COURT")],
        [new SectorPair(S("OPS"), S("SCHOOL")), new SectorPair(S("OPS"), S("NGO")), new SectorPair(S("OPS"), S("COURT")), new SectorPair(S("SCHOOL"), S("POLICE"))]);

    /// <summary>The analysis of <see cref="Dataset"/> under <see cref="Model"/> without permutations, shared by the by-hand test classes (results are immutable).</summary>
    internal static readonly AnalysisResult Result = CooperationAnalysis.Run(Dataset, new AnalysisOptions { Model = Model, Permutations = 0 });

    [Fact]
    public void Counts_shares_and_structure_are_those_worked_out_by_hand()
    {
        var i = CooperationIndicators.From(Result);

        Assert.Equal((7, 3, 6), (i.Institutions, i.Declared, i.Active));
        Assert.Equal(2.0 / 3.0, i.ActivationRate, 15); // O1 and S of the three signatories acted
        Assert.Equal(4.0 / 5.0, i.RequiredSectorsPresent, 15); // of OPS, SCHOOL, COURT and the links' NGO and POLICE, COURT has no active institution
        Assert.Equal(0.5, i.RequiredLinksRealised, 15); // OPS–SCHOOL and OPS–NGO of four
        Assert.Equal(6.0 / 21.0, i.Density, 15);
        Assert.Equal(2, i.Components); // the court is an isolate
        Assert.Equal(2.0 / 7.0, i.Fragmentation, 15); // 1 − 6·5 / (7·6)
        Assert.Equal(4.0 / 6.0, i.EIIndex, 15); // five ties join two sectors, O1–O2 is inside OPS: (5 − 1) / 6
    }

    [Fact]
    public void Without_a_unit_the_OPS_is_the_one_with_the_highest_betweenness_ranked_first()
    {
        var i = CooperationIndicators.From(Result);

        Assert.Equal(1, i.OpsBetweennessRank);
        Assert.Equal(Result.Brokerage.Rows[1].Observed.Total, i.OpsBrokerage);
    }

    [Fact]
    public void With_a_unit_the_OPS_is_the_gminas_own_even_when_another_brokers_more()
    {
        var g1 = CooperationIndicators.From(Result, "G1");
        var g2 = CooperationIndicators.From(Result, "G2");
        var elsewhere = CooperationIndicators.From(Result, "G3");

        Assert.Equal(2, g1.OpsBetweennessRank); // O1, behind O2
        Assert.Equal(Result.Brokerage.Rows[0].Observed.Total, g1.OpsBrokerage);
        Assert.NotEqual(Result.Brokerage.Rows[0].Observed.Total, Result.Brokerage.Rows[1].Observed.Total);
        Assert.Equal(1, g2.OpsBetweennessRank); // O2, met after O1
        Assert.Equal(Result.Brokerage.Rows[1].Observed.Total, g2.OpsBrokerage);
        Assert.Equal(1, elsewhere.OpsBetweennessRank); // no own OPS: the highest betweenness
        Assert.Equal(Result.Brokerage.Rows[1].Observed.Total, elsewhere.OpsBrokerage);
    }

    [Fact]
    public void Tied_betweenness_shares_the_better_rank()
    {
        // O1 and O2 each lead a meeting with a school: a path S–O1–O2–S2 where both OPS have betweenness 2.
        var dataset = CooperationDataset.Create(
            [
                new Institution("O1", "OPS 1", S("OPS"), "G1", TerritorialLevel.Gmina),
                new Institution("O2", "OPS 2", S("OPS"), "G2", TerritorialLevel.Gmina),
                new Institution("S", "School", S("SCHOOL"), "G1", TerritorialLevel.Gmina),
                new Institution("S2", "School 2", S("SCHOOL"), "G2", TerritorialLevel.Gmina),
            ],
            actions: [Pair("a1", "O1", "S"), Pair("a2", "O1", "O2"), Pair("a3", "O2", "S2")]);
        var result = CooperationAnalysis.Run(dataset, new AnalysisOptions { Model = Model, Permutations = 0 });

        Assert.Equal(1, CooperationIndicators.From(result, "G1").OpsBetweennessRank);
        Assert.Equal(1, CooperationIndicators.From(result, "G2").OpsBetweennessRank);
    }

    [Fact]
    public void Weakest_link_is_the_least_institution_cut_over_realised_links_and_fragile_links_are_counted()
    {
        var i = CooperationIndicators.From(Result);

        // OPS–SCHOOL: {O1, O2} to {S, S2} needs 2 institutions or 3 ties; OPS–NGO: N alone, 1 and 1 (fragile).
        Assert.Equal([2, 1, 0, 0], Result.Gaps.LinkRobustness.Select(r => r.Institutions));
        Assert.Equal(1, i.WeakestLinkInstitutions);
        Assert.Equal(1, i.FragileLinks);
    }

    [Fact]
    public void Without_an_OPS_or_a_realised_link_those_indicators_are_absent_and_a_model_without_requirements_gives_NaN()
    {
        var dataset = CooperationDataset.Create(
            [new Institution("S", "School", S("SCHOOL"), "G1", TerritorialLevel.Gmina), new Institution("N", "NGO", S("NGO"), "G1", TerritorialLevel.Gmina)],
            actions: [Pair("a1", "S", "N")]);
        var i = CooperationIndicators.From(CooperationAnalysis.Run(dataset, new AnalysisOptions { Model = Model, Permutations = 0 }));
        var empty = CooperationIndicators.From(CooperationAnalysis.Run(dataset, new AnalysisOptions { Model = new CooperationModel("none", [], []), Permutations = 0 }));

        Assert.Null(i.OpsBetweennessRank);
        Assert.Null(i.OpsBrokerage);
        Assert.Null(i.WeakestLinkInstitutions);
        Assert.Equal(0, i.FragileLinks);
        Assert.Equal(2.0 / 5.0, i.RequiredSectorsPresent, 15); // SCHOOL and NGO of five
        Assert.Equal(0.0, i.RequiredLinksRealised);
        Assert.True(double.IsNaN(empty.RequiredSectorsPresent));
        Assert.True(double.IsNaN(empty.RequiredLinksRealised));
    }
}
