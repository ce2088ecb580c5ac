using System.Globalization;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Layout;

/// <summary>
/// <see cref="LayoutAlgorithm.ForceDirected"/> gives, bit for bit, the positions that <c>NetworkLayout.ForceDirected</c> gave
/// before the stress layout came (commit f681f81), packed and grouped: Fixtures/Layout/force_directed_baseline.csv.
/// </summary>
public class ForceDirectedBaselineTests
{
    private static readonly CooperationNetwork Disconnected = CooperationNetwork.FromEdgeList(
    [
        ("a", "b", 1.0), ("a", "c", 1.0), ("a", "d", 1.0), ("b", "c", 1.0), ("b", "d", 1.0), ("c", "d", 1.0),
        ("e", "f", 1.0), ("f", "g", 1.0), ("h", "i", 1.0), ("j", "j", 1.0), ("k", "k", 1.0),
    ]);

    public static TheoryData<string> Cases() => ["loniow", "loniow_sector_weighted", "disconnected", "disconnected_level"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Force_directed_positions_are_the_bits_of_before(string name)
    {
        var loniow = CooperationNetwork.Build(DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow")));
        var (network, options) = name switch
        {
            "loniow" => (loniow, new LayoutOptions()),
            "loniow_sector_weighted" => (loniow, new LayoutOptions { Seed = 7, Grouping = LayoutGrouping.Sector, Weighted = true }),
            "disconnected" => (Disconnected, new LayoutOptions { Seed = 11 }),
            _ => (Disconnected, new LayoutOptions { Seed = 3, Grouping = LayoutGrouping.Level }),
        };
        var positions = NetworkLayout.Compute(network, options with { Algorithm = LayoutAlgorithm.ForceDirected });
        var rows = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Layout", "force_directed_baseline.csv"))
            .Where(l => !l.StartsWith('#')).Select(l => l.Split(',')).Where(c => c[0] == name).ToList();
        Assert.Equal(rows.Select(r => r[1]), positions.Ids);
        for (int i = 0; i < rows.Count; i++)
        {
            Assert.Equal(rows[i][2], positions.X[i].ToString("R", CultureInfo.InvariantCulture));
            Assert.Equal(rows[i][3], positions.Y[i].ToString("R", CultureInfo.InvariantCulture));
        }
    }
}
