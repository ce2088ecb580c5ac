using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph.Analysis;

/// <summary>Indicator rows as a typed <see cref="DataFrame"/>: a key column, then <see cref="CooperationIndicators.Columns"/>.</summary>
internal static class IndicatorFrame
{
    public static DataFrame Build(string keyColumn, IReadOnlyList<(string Key, CooperationIndicators Values)> rows, IEnumerable<DataFrameColumn>? extra = null)
    {
        var i = rows.Select(r => r.Values).ToList();
        var columns = new List<DataFrameColumn> { FrameColumns.Text(keyColumn, rows.Select(r => r.Key)) };
        columns.AddRange(extra ?? []);
        columns.AddRange(
        [
            FrameColumns.Count("institutions", i.Select(v => (int?)v.Institutions)),
            FrameColumns.Count("declared", i.Select(v => (int?)v.Declared)),
            FrameColumns.Count("active", i.Select(v => (int?)v.Active)),
            FrameColumns.Number("activation_rate", i.Select(v => v.ActivationRate)),
            FrameColumns.Number("required_sectors_present", i.Select(v => v.RequiredSectorsPresent)),
            FrameColumns.Number("required_links_realised", i.Select(v => v.RequiredLinksRealised)),
            FrameColumns.Number("density", i.Select(v => v.Density)),
            FrameColumns.Count("components", i.Select(v => (int?)v.Components)),
            FrameColumns.Number("fragmentation", i.Select(v => v.Fragmentation)),
            FrameColumns.Number("ei_index", i.Select(v => v.EIIndex)),
            FrameColumns.Number("degree_centralization", i.Select(v => v.DegreeCentralization)),
            FrameColumns.Number("betweenness_centralization", i.Select(v => v.BetweennessCentralization)),
            FrameColumns.Count("ops_betweenness_rank", i.Select(v => v.OpsBetweennessRank)),
            FrameColumns.Number("ops_brokerage", i.Select(v => v.OpsBrokerage)),
            FrameColumns.Count("weakest_link_institutions", i.Select(v => v.WeakestLinkInstitutions)),
            FrameColumns.Count("fragile_links", i.Select(v => (int?)v.FragileLinks)),
        ]);
        return new DataFrame(columns);
    }
}
