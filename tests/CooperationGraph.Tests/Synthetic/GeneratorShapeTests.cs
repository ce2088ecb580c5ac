using CooperationGraph.Graph;
using CooperationGraph.Tests.Cli;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Synthetic;

/// <summary>How many institutions tie a gmina to its powiat (<see cref="GeneratorOptions.PowiatLinks"/>).</summary>
public class GeneratorShapeTests
{
    [Fact]
    public void One_link_hangs_each_gmina_on_its_powiat_through_the_ops()
    {
        var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 24, PowiatLinks = 1 });
        var network = CooperationNetwork.Build(dataset);
        var level = dataset.Institutions.ToDictionary(i => i.Id, i => (i.Level, i.Sector.Code));
        // The only ties between a gmina institution and a powiat one start at the OPS.
        var crossing = network.Ties.Where(t => (level[t.SourceId].Level == TerritorialLevel.Gmina) != (level[t.TargetId].Level == TerritorialLevel.Gmina)).ToList();
        Assert.NotEmpty(crossing);
        Assert.All(crossing, t => Assert.Equal("OPS", level[t.SourceId].Level == TerritorialLevel.Gmina ? level[t.SourceId].Code : level[t.TargetId].Code));
        // So the largest biconnected block is small; the default knits most institutions into one block. Seed 2018 (the
        // default), 24 gminas: 22 of 332 institutions against 303 of 340.
        Assert.Equal((22, 332), LargestBlock(network));
        Assert.Equal((303, 340), LargestBlock(CooperationNetwork.Build(CooperationGenerator.Generate(new GeneratorOptions { Gminas = 24 }))));
    }

    [Fact]
    public void Three_links_tie_three_institutions_of_each_gmina_to_the_powiat()
    {
        var dataset = CooperationGenerator.Generate(new GeneratorOptions { Gminas = 12, PowiatLinks = 3 });
        var network = CooperationNetwork.Build(dataset);
        var gmina = dataset.Institutions.Where(i => i.Level == TerritorialLevel.Gmina).Select(i => i.Id).ToHashSet();
        var linked = network.Ties.Where(t => gmina.Contains(t.SourceId) != gmina.Contains(t.TargetId))
            .Select(t => gmina.Contains(t.SourceId) ? t.SourceId : t.TargetId).Distinct()
            .GroupBy(id => id[..5]).ToList();
        Assert.Equal(12, linked.Count);
        Assert.All(linked, g => Assert.Equal(3, g.Count()));
        Assert.Throws<ArgumentOutOfRangeException>(() => CooperationGenerator.Generate(new GeneratorOptions { PowiatLinks = 0 }));
    }

    [Fact]
    public void Generate_command_takes_the_number_of_powiat_links()
    {
        using var target = TempDataset.Empty();
        var (code, _, stderr) = CliRunner.Run("generate", "--gminas", "6", "--powiat-links", "1", "--out", target["data"]);
        Assert.True(code == 0, stderr);
        Assert.Equal(CooperationGenerator.Generate(new GeneratorOptions { Gminas = 6, PowiatLinks = 1 }), DatasetReader.Load(target["data"]));
    }

    private static (int Largest, int Institutions) LargestBlock(CooperationNetwork network)
    {
        var blocks = Blocks.Find(network.Graph, CancellationToken.None);
        return (Enumerable.Range(0, blocks.Count).Max(b => blocks.Offsets[b + 1] - blocks.Offsets[b]), network.Institutions.Count);
    }
}
