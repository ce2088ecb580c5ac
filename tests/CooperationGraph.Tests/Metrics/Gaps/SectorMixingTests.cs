using System.Globalization;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics.Gaps;

public class SectorMixingTests
{
    private static readonly string FixtureFolder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "Mixing");

    private static readonly SectorMixing Loniow = CooperationAnalysis.Run(
        DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")), new AnalysisOptions { Permutations = 0 }).Mixing;

    [Fact]
    public void Loniow_mixing_matrix_equals_an_independent_igraph_count()
    {
        var expected = File.ReadLines(Path.Combine(FixtureFolder, "loniow.mixing.csv")).Skip(2).Select(l => l.Split(','))
            .ToDictionary(p => (p[0], p[1]), p => long.Parse(p[2], CultureInfo.InvariantCulture));
        foreach (var a in Loniow.Sectors)
        {
            foreach (var b in Loniow.Sectors)
            {
                var key = string.CompareOrdinal(a.Code, b.Code) <= 0 ? (a.Code, b.Code) : (b.Code, a.Code);
                Assert.Equal(expected.GetValueOrDefault(key), Loniow[a, b]);
            }
        }

        Assert.Equal(expected.Values.Sum(), Loniow.Sectors.SelectMany((a, i) => Loniow.Sectors.Skip(i).Select(b => Loniow[a, b])).Sum());
    }

    [Fact]
    public void Loniow_E_I_indices_equal_an_independent_igraph_count()
    {
        foreach (var cells in File.ReadLines(Path.Combine(FixtureFolder, "loniow.ei.csv")).Skip(2).Select(l => l.Split(',')))
        {
            double expected = double.Parse(cells[2], CultureInfo.InvariantCulture);
            double actual = cells[0] switch
            {
                "network" => Loniow.EIIndex,
                "sector" => Loniow.SectorEIIndex.Single(s => s.Sector.Code == cells[1]).EIIndex,
                _ => Loniow.InstitutionEIIndex.Single(s => s.InstitutionId == cells[1]).EIIndex,
            };
            if (double.IsNaN(expected))
            {
                Assert.True(double.IsNaN(actual), $"{cells[0]} {cells[1]}");
            }
            else
            {
                Assert.Equal(expected, actual, 14);
            }
        }
    }
}
