using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Analysis;

/// <summary>Indicator rows as a typed <see cref="DataFrame"/>: a key column, then <see cref="GminaIndicators.Columns"/>.</summary>
internal static class IndicatorFrame
{
    public static DataFrame Build(string keyColumn, IReadOnlyList<(string Key, GminaIndicators Values)> rows, IEnumerable<DataFrameColumn>? extra = null)
    {
        var i = rows.Select(r => r.Values).ToList();
        var columns = new List<DataFrameColumn> { FrameColumns.Strings(keyColumn, rows.Select(r => r.Key)) };
        columns.AddRange(extra ?? []);
        columns.AddRange(
        [
            FrameColumns.Ints("institutions", i.Select(v => (int?)v.Institutions)),
            FrameColumns.Ints("declared", i.Select(v => (int?)v.Declared)),
            FrameColumns.Ints("active", i.Select(v => (int?)v.Active)),
            FrameColumns.Doubles("activation_rate", i.Select(v => v.ActivationRate)),
            FrameColumns.Doubles("required_sectors_present", i.Select(v => v.RequiredSectorsPresent)),
            FrameColumns.Doubles("required_links_realised", i.Select(v => v.RequiredLinksRealised)),
            FrameColumns.Doubles("density", i.Select(v => v.Density)),
            FrameColumns.Ints("components", i.Select(v => (int?)v.Components)),
            FrameColumns.Doubles("fragmentation", i.Select(v => v.Fragmentation)),
            FrameColumns.Doubles("ei_index", i.Select(v => v.EIIndex)),
            FrameColumns.Doubles("degree_centralization", i.Select(v => v.DegreeCentralization)),
            FrameColumns.Doubles("betweenness_centralization", i.Select(v => v.BetweennessCentralization)),
            FrameColumns.Ints("ops_betweenness_rank", i.Select(v => v.OpsBetweennessRank)),
            FrameColumns.Doubles("ops_brokerage", i.Select(v => v.OpsBrokerage)),
        ]);
        return new DataFrame(columns);
    }
}
