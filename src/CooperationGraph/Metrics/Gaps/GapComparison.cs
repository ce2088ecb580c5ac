using CooperationGraph.IO;
using CooperationGraph.Model;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Metrics.Gaps;

/// <summary>
/// The same gap measures for two windows side by side (e.g. milestone I and milestone II of a project), with what
/// changed from the first to the second.
/// </summary>
public sealed class GapComparison
{
    private GapComparison(GapReport first, GapReport second)
    {
        First = first;
        Second = second;
    }

    /// <summary>The earlier (or reference) window.</summary>
    public GapReport First { get; }

    /// <summary>The later window.</summary>
    public GapReport Second { get; }

    /// <summary>Change of the activation rate (second − first).</summary>
    public double ActivationRateChange => Second.ActivationRate - First.ActivationRate;

    /// <summary>Change of the enacted network's density.</summary>
    public double DensityChange => Second.Structure.Density - First.Structure.Density;

    /// <summary>Change of the enacted network's fragmentation.</summary>
    public double FragmentationChange => Second.Structure.Fragmentation - First.Structure.Fragmentation;

    /// <summary>Change of the network E-I index (positive: more cross-sector).</summary>
    public double EIIndexChange => Second.Mixing.EIIndex - First.Mixing.EIIndex;

    /// <summary>Required links missing in the first window and realised in the second.</summary>
    public IReadOnlyList<SectorPair> LinksRealised => [.. First.MissingLinks.Except(Second.MissingLinks)];

    /// <summary>Required links realised in the first window and missing in the second.</summary>
    public IReadOnlyList<SectorPair> LinksLost => [.. Second.MissingLinks.Except(First.MissingLinks)];

    /// <summary>Required sectors absent in the first window and present in the second.</summary>
    public IReadOnlyList<Sector> SectorsJoined => [.. First.MissingSectors.Except(Second.MissingSectors)];

    /// <summary>Required sectors present in the first window and absent in the second.</summary>
    public IReadOnlyList<Sector> SectorsLost => [.. Second.MissingSectors.Except(First.MissingSectors)];

    /// <summary>Institutions active in the second window only.</summary>
    public IReadOnlyList<string> Activated => [.. Second.Active.Except(First.Active, StringComparer.Ordinal)];

    /// <summary>Institutions active in the first window only.</summary>
    public IReadOnlyList<string> Deactivated => [.. First.Active.Except(Second.Active, StringComparer.Ordinal)];

    /// <summary>
    /// The milestone comparison as a frame: one row per indicator (<c>activation_rate</c>, <c>density</c>,
    /// <c>fragmentation</c>, <c>ei_index</c>, <c>active_institutions</c>, <c>declared_institutions</c>,
    /// <c>missing_sectors</c>, <c>missing_links</c>), columns <c>measure, first, second, change</c> (second − first;
    /// null where undefined); a new frame on each call.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        static double[] Indicators(GapReport r) =>
        [
            r.ActivationRate, r.Structure.Density, r.Structure.Fragmentation, r.Mixing.EIIndex,
            r.Active.Count, r.Declared.Count, r.MissingSectors.Count, r.MissingLinks.Count,
        ];
        double[] first = Indicators(First);
        double[] second = Indicators(Second);
        return new DataFrame(
            FrameColumns.Text("measure", ["activation_rate", "density", "fragmentation", "ei_index", "active_institutions", "declared_institutions", "missing_sectors", "missing_links"]),
            FrameColumns.Number("first", first),
            FrameColumns.Number("second", second),
            FrameColumns.Number("change", second.Select((value, i) => value - first[i])));
    }

    /// <summary>Measures the dataset against the model in two windows with the same settings otherwise.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="first">The earlier window (<see cref="GapOptions.Window"/>) and its settings.</param>
    /// <param name="second">The later window and its settings.</param>
    /// <param name="model">The model; <see cref="CooperationModel.RuralGmina"/> by default.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    public static GapComparison Compute(CooperationDataset dataset, GapOptions first, GapOptions second,
        CooperationModel? model = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(second);
        return new GapComparison(
            GapAnalysis.Compute(dataset, model, first, cancellationToken),
            GapAnalysis.Compute(dataset, model, second, cancellationToken));
    }
}
