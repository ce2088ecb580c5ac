using CooperationGraph.Metrics.Qap;
using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>
/// A window comparison: the same analysis of two windows side by side (e.g. milestone I and milestone II of a project),
/// with what changed from the first to the second. (Setting gminas side by side is a <see cref="GminaComparison"/>.)
/// </summary>
public sealed class WindowComparison
{
    private WindowComparison(AnalysisResult first, AnalysisResult second, CancellationToken cancellationToken)
    {
        First = first;
        Second = second;
        var options = second.Options;
        int n = second.Dataset.Institutions.Count;
        var before = first.Network.Graph.Edges().ToArray();
        var after = second.Network.Graph.Edges().ToArray();
        DensityTest = PairedDensityTest.Compute(n, before, after, options.Statistics.BootstrapReplicates, options.Seed, cancellationToken);
        QapCorrelation = QapKernel.Test(n, [.. before.Select(p => (p.U, p.V, 1.0))], [.. after.Select(p => (p.U, p.V, 1.0))],
            options.Permutations, options.Seed, cancellationToken);
    }

    /// <summary>The analysis of the earlier (or reference) window: <see cref="AnalysisOptions.ComparisonWindow"/>.</summary>
    public AnalysisResult First { get; }

    /// <summary>The analysis of the later window: <see cref="AnalysisOptions.Window"/>.</summary>
    public AnalysisResult Second { get; }

    /// <summary>
    /// Paired test of the change of the enacted density on the same institutions (the dataset's), by vertex bootstrap;
    /// replicates <see cref="StatisticsOptions.BootstrapReplicates"/>, seed <see cref="AnalysisOptions.Seed"/>.
    /// </summary>
    public PairedDensityTest DensityTest { get; }

    /// <summary>
    /// QAP correlation of the two windows' enacted tie matrices (sna <c>gcor</c>; p = share of permutations with
    /// r ≥ observed, <see cref="QapResult.PGreaterOrEqual"/>); permutations and seed those of the analysis.
    /// </summary>
    public QapResult QapCorrelation { get; }

    /// <summary>Change of the activation rate (second − first).</summary>
    public double ActivationRateChange => Second.Gaps.ActivationRate - First.Gaps.ActivationRate;

    /// <summary>Change of the enacted network's density.</summary>
    public double DensityChange => Second.Structure.Density - First.Structure.Density;

    /// <summary>Change of the enacted network's fragmentation.</summary>
    public double FragmentationChange => Second.Structure.Fragmentation - First.Structure.Fragmentation;

    /// <summary>Change of the network E-I index (positive: more cross-sector).</summary>
    public double EIIndexChange => Second.Mixing.EIIndex - First.Mixing.EIIndex;

    /// <summary>Required links missing in the first window and realised in the second.</summary>
    public IReadOnlyList<SectorPair> LinksRealised => [.. First.Gaps.MissingLinks.Except(Second.Gaps.MissingLinks)];

    /// <summary>Required links realised in the first window and missing in the second.</summary>
    public IReadOnlyList<SectorPair> LinksLost => [.. Second.Gaps.MissingLinks.Except(First.Gaps.MissingLinks)];

    /// <summary>Required sectors absent in the first window and present in the second.</summary>
    public IReadOnlyList<Sector> SectorsJoined => [.. First.Gaps.MissingSectors.Except(Second.Gaps.MissingSectors)];

    /// <summary>Required sectors present in the first window and absent in the second.</summary>
    public IReadOnlyList<Sector> SectorsLost => [.. Second.Gaps.MissingSectors.Except(First.Gaps.MissingSectors)];

    /// <summary>Institutions active in the second window only.</summary>
    public IReadOnlyList<string> Activated => [.. Second.Gaps.Active.Except(First.Gaps.Active, StringComparer.Ordinal)];

    /// <summary>Institutions active in the first window only.</summary>
    public IReadOnlyList<string> Deactivated => [.. First.Gaps.Active.Except(Second.Gaps.Active, StringComparer.Ordinal)];

    /// <summary>
    /// The milestone comparison as a frame: one row per indicator (<c>activation_rate</c>, <c>density</c>,
    /// <c>fragmentation</c>, <c>ei_index</c>, <c>active_institutions</c>, <c>declared_institutions</c>,
    /// <c>missing_sectors</c>, <c>missing_links</c>), columns <c>measure, first, second, change</c> (second − first;
    /// null where undefined); a new frame on each call.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        static double[] Indicators(AnalysisResult r) =>
        [
            r.Gaps.ActivationRate, r.Structure.Density, r.Structure.Fragmentation, r.Mixing.EIIndex,
            r.Gaps.Active.Count, r.Gaps.Declared.Count, r.Gaps.MissingSectors.Count, r.Gaps.MissingLinks.Count,
        ];
        double[] first = Indicators(First);
        double[] second = Indicators(Second);
        return new DataFrame(
            FrameColumns.Text("measure", ["activation_rate", "density", "fragmentation", "ei_index", "active_institutions", "declared_institutions", "missing_sectors", "missing_links"]),
            FrameColumns.Number("first", first),
            FrameColumns.Number("second", second),
            FrameColumns.Number("change", second.Select((value, i) => value - first[i])));
    }

    /// <summary>
    /// Sets the analysis of <paramref name="comparisonWindow"/> beside <paramref name="later"/>, the parts of the window
    /// already analysed; the earlier one is analysed with the same settings, without durability, families, time windows
    /// or a further comparison.
    /// </summary>
    internal static WindowComparison Compute(CooperationDataset dataset, AnalysisResult later, AnalysisWindow comparisonWindow, CancellationToken cancellationToken) =>
        new(CooperationAnalysis.Run(dataset.WithoutBeneficiaries(), later.Options with { Window = comparisonWindow }, cancellationToken), later, cancellationToken);
}
