using CooperationGraph.Tests.Cli;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Synthetic;

public class CooperationGeneratorTests
{
    [Fact]
    public void The_same_seed_gives_the_same_dataset_and_another_seed_another()
    {
        var a = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 20, Seed = 7 });
        Assert.Equal(a, CooperationGenerator.Generate(new GeneratorOptions { Gminas = 20, Seed = 7 }));
        Assert.NotEqual(a, CooperationGenerator.Generate(new GeneratorOptions { Gminas = 20, Seed = 8 }));
    }

    [Fact]
    public void Territorial_shape_voivodeship_powiat_gmina()
    {
        // 30 gminas, 6 per powiat, 4 powiats per voivodeship: 5 powiats in 2 voivodeships.
        var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 30, PowiatsPerVoivodeship = 4 });
        Assert.Equal(30, dataset.Institutions.Count(i => i.Sector.Code == "OPS"));
        Assert.Equal(5, dataset.Institutions.Count(i => i.Sector.Code == "PCPR"));
        Assert.Equal(2, dataset.Institutions.Count(i => i.Sector.Code == "ROPS"));
        Assert.Equal(30, dataset.Declarations.Count);
        Assert.All(dataset.Institutions, i => Assert.Equal("synthetic", i.Attributes["note"]));
        Assert.Equal(dataset.Institutions.Count(i => i.Level == TerritorialLevel.Gmina) + 5 * 6 + 2 * 2, dataset.Institutions.Count);

        var network = CooperationNetwork.Build(dataset);
        // Gmina ↔ powiat: every OPS has a tie to its powiat's PCPR or PUP (the service); powiat ↔ voivodeship: PCPR–ROPS.
        foreach (var ops in dataset.Institutions.Where(i => i.Sector.Code == "OPS"))
        {
            int powiat = (int.Parse(ops.Unit![1..], System.Globalization.CultureInfo.InvariantCulture) - 1) / 6;
            string county = $"P{powiat + 1:000}";
            Assert.True(network.Weight(ops.Id, $"{county}_PCPR") + network.Weight(ops.Id, $"{county}_PUP") > 0, ops.Id);
        }

        Assert.True(network.Weight("P001_PCPR", "W01_ROPS") > 0);
        Assert.True(network.Weight("P005_PCPR", "W02_ROPS") > 0);
    }

    [Fact]
    public void Gap_metrics_find_the_signatories_that_took_part_in_nothing()
    {
        // The generator leaves about 15 % of a gmina's institutions idle after they sign. Seed 2018 (the default), 12
        // gminas: 163 signatories, 14 of them in no action, so the activation rate is 149/163.
        var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 12 });
        var report = CooperationAnalysis.Run(dataset, new AnalysisOptions { Permutations = 0 });
        var acting = dataset.JointActions.SelectMany(a => a.Participants).Select(p => p.InstitutionId).ToHashSet();
        var idle = dataset.Declarations.SelectMany(d => d.Signatories).Distinct().Where(id => !acting.Contains(id)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(14, idle.Count);
        Assert.Equal(idle, report.Gaps.DeclaredInactive.Order(StringComparer.Ordinal));
        Assert.Equal(149.0 / 163.0, report.Gaps.ActivationRate, 1e-15);
        Assert.Empty(report.Gaps.MissingSectors);
    }

    [Fact]
    public void Generate_command_writes_a_valid_dataset_and_an_edge_list()
    {
        using var target = TempDataset.Empty();
        var (code, stdout, stderr) = CliRunner.Run("generate", "--gminas", "8", "--seed", "3", "--out", target["data"], "--ties", target["ties.csv"]);
        Assert.True(code == 0, stderr);
        Assert.Contains("wrote", stdout, StringComparison.Ordinal);
        Assert.Equal(CooperationGenerator.Generate(new GeneratorOptions { Gminas = 8, Seed = 3 }), DatasetReader.Load(target["data"]));
        var network = EdgeListReader.Load(target["ties.csv"]);
        var built = CooperationNetwork.Build(DatasetReader.Load(target["data"]));
        Assert.Equal(built.Ties.Count, network.Ties.Count);
        Assert.Equal(built.Ties.Sum(t => t.Weight), network.Ties.Sum(t => t.Weight));
    }
}
