using CooperationGraph.IO;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Gaps;

public class GapAnalysisTests
{
    private static readonly CooperationDataset Loniow = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));

    private static readonly AnalysisWindow MilestoneOne = new(To: new DateOnly(2019, 6, 30));
    private static readonly AnalysisWindow MilestoneTwo = new(new DateOnly(2019, 7, 1), new DateOnly(2021, 3, 31));

    [Fact]
    public void Loniow_over_the_whole_project_misses_only_the_court()
    {
        var report = GapAnalysis.Compute(Loniow);

        // 15 signatories across the four documents; 18 institutions took part in actions.
        Assert.Equal(15, report.Declared.Count);
        Assert.Equal(18, report.Active.Count);
        Assert.Equal(["STAROSTWO_SANDOMIERZ", "UM_SWIETOKRZYSKIE"], report.DeclaredInactive.Order(StringComparer.Ordinal));
        Assert.Equal(["DIETITIAN", "GOPS_NAREWKA", "REHAB_PROVIDER", "ROPS_KIELCE", "TRAINING_PROVIDER"], report.ActiveUndeclared.Order(StringComparer.Ordinal));
        Assert.Equal(13.0 / 15.0, report.ActivationRate, 15);
        Assert.Equal(["COURT"], report.MissingSectors.Select(s => s.Code));
        Assert.Equal(["COURT–OPS"], report.MissingLinks.Select(l => l.ToString()));
    }

    [Fact]
    public void Loniow_link_realisations_count_institution_pairs()
    {
        var links = GapAnalysis.Compute(Loniow).Links.ToDictionary(l => l.Link.ToString(), l => l.InstitutionPairs);

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
        var report = GapAnalysis.Compute(Loniow, window: MilestoneOne);
        Assert.Equal(11, report.Declared.Count);
        Assert.Equal(11, report.Active.Count);
        Assert.Equal(9.0 / 11.0, report.ActivationRate, 15);
        Assert.Equal(["POLICE", "HEALTH", "COURT", "INTERDISCIPLINARY_TEAM"], report.MissingSectors.Select(s => s.Code));
        Assert.Equal(["OPS–POLICE", "HEALTH–OPS", "COURT–OPS", "INTERDISCIPLINARY_TEAM–OPS"], report.MissingLinks.Select(l => l.ToString()));
    }

    [Fact]
    public void Loniow_milestone_two_loses_the_workshop_and_the_self_help_home()
    {
        var report = GapAnalysis.Compute(Loniow, window: MilestoneTwo);
        Assert.Equal(15, report.Declared.Count);
        Assert.Equal(14, report.Active.Count);
        Assert.Equal(["SDS_KRZCIN", "STAROSTWO_SANDOMIERZ", "UM_SWIETOKRZYSKIE", "WTZ_SMIECHOWICE"], report.DeclaredInactive.Order(StringComparer.Ordinal));
        Assert.Equal(11.0 / 15.0, report.ActivationRate, 15);
        Assert.Equal(["COURT"], report.MissingSectors.Select(s => s.Code));
        var single = report.SinglePointSectors.Select(s => s.Sector.Code).ToHashSet();
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

        var report = GapAnalysis.Compute(CooperationDataset.Create(institutions, [declaration], [meeting]), model);
        Assert.Equal(["ops", "sp2"], report.Active);
        Assert.Equal(["pup", "sp1"], report.DeclaredInactive);
        Assert.Equal(["sp2"], report.ActiveUndeclared);
        Assert.Equal(1.0 / 3.0, report.ActivationRate, 15);
        Assert.Equal(["PUP"], report.MissingSectors.Select(s => s.Code));
        Assert.Equal(["OPS–PUP", "SCHOOL–SCHOOL"], report.MissingLinks.Select(l => l.ToString()));

        var withTies = CooperationDataset.Create(institutions, [declaration], [meeting], [new Tie("sp1", "sp2"), new Tie("ops", "pup", 2)]);
        var tied = GapAnalysis.Compute(withTies, model);
        Assert.Empty(tied.MissingLinks);
        Assert.Equal([1, 1, 1], tied.Links.Select(l => l.InstitutionPairs));
    }

    [Fact]
    public void Nobody_declared_gives_an_undefined_activation_rate()
    {
        var c = SectorCatalog.Default;
        var dataset = CooperationDataset.Create([new Institution("a", "A", c["OPS"])]);
        Assert.True(double.IsNaN(GapAnalysis.Compute(dataset).ActivationRate));
    }
}
