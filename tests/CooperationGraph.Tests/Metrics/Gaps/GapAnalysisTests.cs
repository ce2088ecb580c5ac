using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Gaps;

public class GapAnalysisTests
{
    private static readonly CooperationDataset Loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));

    private static readonly AnalysisWindow MilestoneOne = new(To: new DateOnly(2019, 6, 30));
    private static readonly AnalysisWindow MilestoneTwo = new(new DateOnly(2019, 7, 1), new DateOnly(2021, 3, 31));

    [Fact]
    public void The_declared_network_of_an_analysis_joins_exactly_the_co_signatories_of_the_window()
    {
        var window = new AnalysisWindow(null, new DateOnly(2019, 7, 8));
        var result = CooperationAnalysis.Run(Loniow, new AnalysisOptions { Window = window, Permutations = 0 });
        var expected = Loniow.Declarations.Where(window.Includes)
            .SelectMany(d => d.Signatories.SelectMany(a => d.Signatories.Where(b => string.CompareOrdinal(a, b) < 0).Select(b => (a, b))))
            .Distinct().Order().ToList();
        var declared = result.DeclaredNetwork.Ties
            .Select(t => string.CompareOrdinal(t.SourceId, t.TargetId) < 0 ? (t.SourceId, t.TargetId) : (t.TargetId, t.SourceId))
            .Order().ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, declared);
        Assert.Equal(result.Network.Institutions, result.DeclaredNetwork.Institutions);
    }

    [Fact]
    public void Loniow_over_the_whole_project_misses_only_the_court()
    {
        var report = CooperationAnalysis.Run(Loniow, null);

        // 15 signatories across the four documents; 18 institutions took part in actions.
        Assert.Equal(15, report.Gaps.Declared.Count);
        Assert.Equal(18, report.Gaps.Active.Count);
        Assert.Equal(["STAROSTWO_SANDOMIERZ", "UM_SWIETOKRZYSKIE"], report.Gaps.DeclaredInactive.Order(StringComparer.Ordinal));
        Assert.Equal(["DIETITIAN", "GOPS_NAREWKA", "REHAB_PROVIDER", "ROPS_KIELCE", "TRAINING_PROVIDER"], report.Gaps.ActiveUndeclared.Order(StringComparer.Ordinal));
        Assert.Equal(13.0 / 15.0, report.Gaps.ActivationRate, 15);
        Assert.Equal(["COURT"], report.Gaps.MissingSectors.Select(s => s.Code));
        Assert.Equal(["COURT–OPS"], report.Gaps.MissingLinks.Select(l => l.ToString()));
    }

    [Fact]
    public void Loniow_link_realisations_count_institution_pairs()
    {
        var links = CooperationAnalysis.Run(Loniow, null).Gaps.Links.ToDictionary(l => l.Link.ToString(), l => l.InstitutionPairs);

        // OPS Łoniów and GOPS Narewka both meet PCPR, SAS and GOK (the study visit); only OPS Łoniów meets the others.
        Assert.Equal(2, links["OPS–PCPR"]);
        Assert.Equal(2, links["NGO–OPS"]);
        Assert.Equal(2, links["CULTURE–OPS"]);
        Assert.Equal(2, links["HEALTH–OPS"]);
        Assert.Equal(1, links["OPS–PUP"]);
        Assert.Equal(1, links["OPS–SCHOOL"]);
        Assert.Equal(1, links["OPS–POLICE"]);
        Assert.Equal(1, links["INTERDISCIPLINARY_TEAM–OPS"]);
        Assert.Equal(0, links["COURT–OPS"]);
    }

    [Fact]
    public void Loniow_milestone_one_lacks_police_health_court_and_the_interdisciplinary_team()
    {
        var report = CooperationAnalysis.Run(Loniow, new AnalysisOptions { Window = MilestoneOne });
        Assert.Equal(11, report.Gaps.Declared.Count);
        Assert.Equal(11, report.Gaps.Active.Count);
        Assert.Equal(9.0 / 11.0, report.Gaps.ActivationRate, 15);
        Assert.Equal(["POLICE", "HEALTH", "COURT", "INTERDISCIPLINARY_TEAM"], report.Gaps.MissingSectors.Select(s => s.Code));
        Assert.Equal(["OPS–POLICE", "HEALTH–OPS", "COURT–OPS", "INTERDISCIPLINARY_TEAM–OPS"], report.Gaps.MissingLinks.Select(l => l.ToString()));
    }

    [Fact]
    public void Loniow_milestone_two_loses_the_workshop_and_the_self_help_home()
    {
        var report = CooperationAnalysis.Run(Loniow, new AnalysisOptions { Window = MilestoneTwo });
        Assert.Equal(15, report.Gaps.Declared.Count);
        Assert.Equal(14, report.Gaps.Active.Count);
        Assert.Equal(["SDS_KRZCIN", "STAROSTWO_SANDOMIERZ", "UM_SWIETOKRZYSKIE", "WTZ_SMIECHOWICE"], report.Gaps.DeclaredInactive.Order(StringComparer.Ordinal));
        Assert.Equal(11.0 / 15.0, report.Gaps.ActivationRate, 15);
        Assert.Equal(["COURT"], report.Gaps.MissingSectors.Select(s => s.Code));
        var single = report.Gaps.SinglePointSectors.Select(s => s.Sector.Code).ToHashSet();
        Assert.Contains("OPS", single);
        Assert.Contains("POLICE", single);
        Assert.DoesNotContain("HEALTH", single);
    }

    [Fact]
    public void By_hand_a_declaration_never_realises_a_link_and_ties_do()
    {
        var c = SectorCatalog.Default;
        Institution[] institutions = [new("ops", "OPS", c["OPS"]), new("pup", "PUP", c["PUP"]), new("sp1", "SP 1", c["SCHOOL"]), new("sp2", "SP 2", c["SCHOOL"])];
        var declaration = new Declaration("d", "deklaracja", new DateOnly(2019, 1, 1), DeclarationKind.Declaration, ["ops", "pup", "sp1"]);
        var meeting = new JointAction("m", "spotkanie", JointActionKind.Meeting, new DateOnly(2019, 2, 1), [new Participation("ops"), new Participation("sp2")]);
        var model = new CooperationModel("m", [], [new SectorPair(c["OPS"], c["PUP"]), new SectorPair(c["OPS"], c["SCHOOL"]), new SectorPair(c["SCHOOL"], c["SCHOOL"])]);

        var report = CooperationAnalysis.Run(CooperationDataset.Create(institutions, [declaration], [meeting]), new AnalysisOptions { Model = model });
        Assert.Equal(["ops", "sp2"], report.Gaps.Active);
        Assert.Equal(["pup", "sp1"], report.Gaps.DeclaredInactive);
        Assert.Equal(["sp2"], report.Gaps.ActiveUndeclared);
        Assert.Equal(1.0 / 3.0, report.Gaps.ActivationRate, 15);
        Assert.Equal(["PUP"], report.Gaps.MissingSectors.Select(s => s.Code));
        Assert.Equal(["OPS–PUP", "SCHOOL–SCHOOL"], report.Gaps.MissingLinks.Select(l => l.ToString()));

        var withTies = CooperationDataset.Create(institutions, [declaration], [meeting], [new Tie("sp1", "sp2"), new Tie("ops", "pup", 2)]);
        var tied = CooperationAnalysis.Run(withTies, new AnalysisOptions { Model = model });
        Assert.Empty(tied.Gaps.MissingLinks);
        Assert.Equal([1, 1, 1], tied.Gaps.Links.Select(l => l.InstitutionPairs));
    }

    [Fact]
    public void Nobody_declared_gives_an_undefined_activation_rate()
    {
        var c = SectorCatalog.Default;
        var dataset = CooperationDataset.Create([new Institution("a", "A", c["OPS"])]);
        Assert.True(double.IsNaN(CooperationAnalysis.Run(dataset, null).Gaps.ActivationRate));
    }
}

public class GapAnalysisStructureTests
{
    private static readonly SectorCatalog C = SectorCatalog.Default;

    // ops — sp — ngo, and ops — pup; police isolated. ops and sp are articulation points; all three ties are bridges.
    private static CooperationDataset Small() => CooperationDataset.Create(
        [new("ops", "OPS", C["OPS"]), new("sp", "SP", C["SCHOOL"]), new("ngo", "NGO", C["NGO"]), new("pup", "PUP", C["PUP"]), new("kp", "KP", C["POLICE"]), new("sp2", "SP2", C["SCHOOL"])],
        [new Declaration("d", "d", new DateOnly(2019, 1, 1), DeclarationKind.Agreement, ["ops", "sp", "kp"])],
        [Meeting("1", "ops", "sp"), Meeting("2", "sp", "ngo"), Meeting("3", "ops", "pup"), Meeting("4", "sp", "sp2")]);

    private static JointAction Meeting(string id, params string[] who) =>
        new(id, id, JointActionKind.Meeting, new DateOnly(2019, 3, 1), who.Select((w, i) => new Participation(w, i == 0 ? ParticipantRole.Lead : ParticipantRole.Participant)));

    [Fact]
    public void Structure_of_a_small_network_by_hand()
    {
        var structure = CooperationAnalysis.Run(Small(), null).Structure;
        Assert.Equal(["ops", "sp"], structure.ArticulationPoints);
        Assert.Equal([new("ops", "sp"), new("ops", "pup"), new("sp", "ngo"), new("sp", "sp2")], structure.Bridges);
        Assert.Equal([5, 1], structure.Components.Select(c => c.Count));
        // 4 ties of 15 pairs; reachable ordered pairs 5·4 = 20 of 30: fragmentation 1/3.
        Assert.Equal(4.0 / 15.0, structure.Density, 15);
        Assert.Equal(1.0 / 3.0, structure.Fragmentation, 15);
        // Without sp: {ops, pup}, {ngo}, {sp2}, {kp}: 2 of 5·4 = 20 ordered pairs reachable.
        Assert.Equal(1 - (2.0 / 20.0), structure.FragmentationWithout.Single(f => f.InstitutionId == "sp").Fragmentation, 15);
    }

    [Fact]
    public void Mixing_and_E_I_indices_by_hand()
    {
        var mixing = CooperationAnalysis.Run(Small(), null).Mixing;
        Assert.Equal(1, mixing[C["SCHOOL"], C["SCHOOL"]]);
        Assert.Equal(1, mixing[C["OPS"], C["SCHOOL"]]);
        Assert.Equal(1, mixing[C["SCHOOL"], C["OPS"]]);
        Assert.Equal(0, mixing[C["POLICE"], C["OPS"]]);
        // Ties: 3 across sectors, 1 inside SCHOOL: (3 − 1) / 4.
        Assert.Equal(0.5, mixing.EIIndex, 15);
        // SCHOOL: sp has 2 external + 1 internal, sp2 has 1 internal: (2 − 2) / 4 = 0.
        Assert.Equal(0.0, mixing.SectorEIIndex.Single(s => s.Sector.Code == "SCHOOL").EIIndex, 15);
        Assert.Equal(1.0, mixing.InstitutionEIIndex.Single(s => s.InstitutionId == "ops").EIIndex, 15);
        Assert.Equal(-1.0, mixing.InstitutionEIIndex.Single(s => s.InstitutionId == "sp2").EIIndex, 15);
        Assert.True(double.IsNaN(mixing.InstitutionEIIndex.Single(s => s.InstitutionId == "kp").EIIndex));
    }

    [Fact]
    public void Suggested_ties_rank_by_adamic_adar_and_fall_back_to_inactive_institutions()
    {
        var report = CooperationAnalysis.Run(Small(), null);
        // OPS–POLICE is missing and the only police station is inactive: it is still the candidate.
        var police = Assert.Single(report.Gaps.SuggestedTies, t => t.Link.ToString() == "OPS–POLICE");
        Assert.Equal(("ops", "kp", 0.0, 0), (police.SourceId, police.TargetId, police.AdamicAdar, police.CommonPartners));
        // OPS–NGO: ops and ngo share sp, whose degree is 3: 1 / ln 3.
        var ngo = Assert.Single(report.Gaps.SuggestedTies, t => t.Link.ToString() == "NGO–OPS");
        Assert.Equal(1 / Math.Log(3), ngo.AdamicAdar, 15);
        Assert.Equal(1, ngo.CommonPartners);
    }

    [Fact]
    public void Declared_versus_enacted_qap_is_reproducible_from_its_seed()
    {
        var a = CooperationAnalysis.Run(Small(), new AnalysisOptions { Seed = 5, Permutations = 200 });
        var b = CooperationAnalysis.Run(Small(), new AnalysisOptions { Seed = 5, Permutations = 200 });
        Assert.Equal(a.LayerAgreement.DeclaredVersusEnacted, b.LayerAgreement.DeclaredVersusEnacted);
        // Declared pairs ops-sp, ops-kp, sp-kp; enacted 4 ties; they share ops-sp. 15 pairs:
        // r = (15·1 − 3·4) / sqrt((15·3 − 9)(15·4 − 16)) = 3 / sqrt(36·44).
        Assert.Equal(3 / Math.Sqrt(36.0 * 44.0), a.LayerAgreement.DeclaredVersusEnacted.Correlation, 14);
        Assert.Equal(200, a.LayerAgreement.DeclaredVersusEnacted.Permutations);
    }
}

public class GapComparisonTests
{
    [Fact]
    public void Loniow_from_milestone_one_to_two_gains_police_health_and_the_team_and_loses_two_members()
    {
        var dataset = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        var comparison = CooperationAnalysis.Run(dataset, new AnalysisOptions { Window = new(new DateOnly(2019, 7, 1), new DateOnly(2021, 3, 31)), ComparisonWindow = new(To: new DateOnly(2019, 6, 30)) }).WindowComparison!;
        Assert.Equal(["POLICE", "HEALTH", "INTERDISCIPLINARY_TEAM"], comparison.SectorsJoined.Select(s => s.Code));
        Assert.Empty(comparison.SectorsLost);
        Assert.Equal(["OPS–POLICE", "HEALTH–OPS", "INTERDISCIPLINARY_TEAM–OPS"], comparison.LinksRealised.Select(l => l.ToString()));
        Assert.Empty(comparison.LinksLost);
        Assert.Equal((11.0 / 15.0) - (9.0 / 11.0), comparison.ActivationRateChange, 15);
        Assert.Equal(["SDS_KRZCIN", "WTZ_SMIECHOWICE", "ROPS_KIELCE", "GOPS_NAREWKA"], comparison.Deactivated);
        Assert.Equal(["RADA_GMINY_LONIOW", "RADA_POWIATU_SANDOMIERZ", "ZI_LONIOW", "KP_KOPRZYWNICA", "REHAB_PROVIDER", "DIETITIAN", "TRAINING_PROVIDER"], comparison.Activated);
        Assert.Equal(comparison.Second.Structure.Density - comparison.First.Structure.Density, comparison.DensityChange, 15);
    }
}

public class DegenerateDatasetTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    public void Tiny_datasets_analyse_to_undefined_values_not_exceptions(int institutions)
    {
        var c = SectorCatalog.Default;
        var dataset = CooperationDataset.Create(Enumerable.Range(0, institutions).Select(i => new Institution($"i{i}", $"I{i}", c["OPS"])));
        var result = CooperationAnalysis.Run(dataset);
        Assert.True(double.IsNaN(result.Gaps.ActivationRate));
        Assert.True(double.IsNaN(result.Centrality.Centralization.Degree));
        Assert.Equal(institutions, result.ToDataFrame().Rows.Count);
        Assert.Equal(institutions < 2, double.IsNaN(result.Structure.Density));
        Assert.StartsWith("<!DOCTYPE html>", HtmlReport.Render(result), StringComparison.Ordinal);
        Assert.Contains("\"missingSectors\"", ResultJson.ToJson(result), StringComparison.Ordinal);
    }
}
