using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>The ego-network measures (<see cref="EgoMeasures"/>) as frames: the columns of <c>profiles.csv</c>.</summary>
public static class EgoFrames
{
    /// <summary>
    /// One row per institution: <c>id, ego_size, ego_ties, ego_pairs, ego_density, ego_components, two_step_reach,
    /// reach_efficiency</c> (undefined values as nulls). A new frame on each call.
    /// </summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<EgoNetwork> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        return new(
            FrameColumns.Text("id", rows.Select(r => r.Id)),
            FrameColumns.Count("ego_size", rows.Select(r => r.Size)),
            FrameColumns.Count("ego_ties", rows.Select(r => r.Ties)),
            FrameColumns.Count("ego_pairs", rows.Select(r => r.Pairs)),
            FrameColumns.Number("ego_density", rows.Select(r => r.Density)),
            FrameColumns.Count("ego_components", rows.Select(r => r.Components)),
            FrameColumns.Number("two_step_reach", rows.Select(r => r.TwoStepReach)),
            FrameColumns.Number("reach_efficiency", rows.Select(r => r.ReachEfficiency)));
    }

    /// <summary>
    /// The columns of <c>profiles.csv</c>: those of <see cref="ToDataFrame(IReadOnlyList{EgoNetwork})"/> then Burt's
    /// <c>effective_size</c> and <c>constraint</c> from <paramref name="centrality"/> (null where it lacks the measure).
    /// </summary>
    /// <param name="rows">The ego measures.</param>
    /// <param name="centrality">The centrality of the same institutions.</param>
    public static DataFrame ToProfileFrame(this IReadOnlyList<EgoNetwork> rows, CentralityTable centrality)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(centrality);
        var frame = rows.ToDataFrame();
        frame.Columns.Add(Burt(CentralityMeasure.EffectiveSize));
        frame.Columns.Add(Burt(CentralityMeasure.Constraint));
        return frame;

        DoubleDataFrameColumn Burt(CentralityMeasure measure) => FrameColumns.Number(
            measure.ColumnName(),
            rows.Select(r => centrality.ContainsKey(measure) ? centrality[r.Id, measure] : double.NaN));
    }
}
