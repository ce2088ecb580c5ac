using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>
/// Every measured result as a <see cref="DataFrame"/>: one typed column per field, rows in the result's order,
/// undefined numbers (NaN) as nulls, and a new frame on each call, so that changing a frame never changes the result it
/// came from. The results themselves (in the metrics layer) know nothing of frames; these extension methods are the
/// one table layer above them (<c>using CooperationGraph;</c> brings them).
/// </summary>
public static class ResultFrames
{
    /// <summary>Required links: <c>link, first_sector, second_sector, institution_pairs, missing</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<LinkRealisation> rows) => new(
        FrameColumns.Text("link", rows.Select(r => r.Link.ToString())),
        FrameColumns.Text("first_sector", rows.Select(r => r.Link.First.Code)),
        FrameColumns.Text("second_sector", rows.Select(r => r.Link.Second.Code)),
        FrameColumns.Count("institution_pairs", rows.Select(r => r.InstitutionPairs)),
        FrameColumns.Flag("missing", rows.Select(r => r.IsMissing)));

    /// <summary>Link robustness: <c>link, first_sector, second_sector, institutions, ties</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<LinkRobustness> rows) => new(
        FrameColumns.Text("link", rows.Select(r => r.Link.ToString())),
        FrameColumns.Text("first_sector", rows.Select(r => r.Link.First.Code)),
        FrameColumns.Text("second_sector", rows.Select(r => r.Link.Second.Code)),
        FrameColumns.Count("institutions", rows.Select(r => r.Institutions)),
        FrameColumns.Count("ties", rows.Select(r => r.Ties)));

    /// <summary>Sectors: <c>sector, active_institutions, required, single_point_of_failure</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<SectorPresence> rows) => new(
        FrameColumns.Text("sector", rows.Select(r => r.Sector.Code)),
        FrameColumns.Count("active_institutions", rows.Select(r => r.ActiveInstitutions)),
        FrameColumns.Flag("required", rows.Select(r => r.Required)),
        FrameColumns.Flag("single_point_of_failure", rows.Select(r => r.IsSinglePointOfFailure)));

    /// <summary>Suggested ties: <c>link, institution, partner, adamic_adar, common_partners</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<SuggestedTie> rows) => new(
        FrameColumns.Text("link", rows.Select(r => r.Link.ToString())),
        FrameColumns.Text("institution", rows.Select(r => r.SourceId)),
        FrameColumns.Text("partner", rows.Select(r => r.TargetId)),
        FrameColumns.Number("adamic_adar", rows.Select(r => r.AdamicAdar)),
        FrameColumns.Count("common_partners", rows.Select(r => r.CommonPartners)));

    /// <summary>Bridges: <c>institution, partner</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<Bridge> rows) => new(
        FrameColumns.Text("institution", rows.Select(b => b.SourceId)),
        FrameColumns.Text("partner", rows.Select(b => b.TargetId)));

    /// <summary>Removal effects: <c>id, articulation_point, fragmentation_without</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<RemovalEffect> rows) => new(
        FrameColumns.Text("id", rows.Select(r => r.InstitutionId)),
        FrameColumns.Flag("articulation_point", rows.Select(r => r.IsArticulationPoint)),
        FrameColumns.Number("fragmentation_without", rows.Select(r => r.Fragmentation)));

    /// <summary>The per-institution frame of <see cref="StructureSummary.FragmentationWithout"/>: <c>id, articulation_point, fragmentation_without</c>.</summary>
    public static DataFrame ToDataFrame(this StructureSummary structure)
    {
        ArgumentNullException.ThrowIfNull(structure);
        return structure.FragmentationWithout.ToDataFrame();
    }

    /// <summary>Each sector's E-I index: <c>sector, ei_index</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<SectorEI> rows) => new(
        FrameColumns.Text("sector", rows.Select(r => r.Sector.Code)),
        FrameColumns.Number("ei_index", rows.Select(r => r.EIIndex)));

    /// <summary>Each institution's E-I index: <c>id, ei_index</c>.</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<InstitutionEI> rows) => new(
        FrameColumns.Text("id", rows.Select(r => r.InstitutionId)),
        FrameColumns.Number("ei_index", rows.Select(r => r.EIIndex)));

    /// <summary>
    /// The mixing matrix: a <c>sector</c> column, then one count column per sector (named by its code), rows and columns
    /// in <see cref="SectorMixing.Sectors"/> order.
    /// </summary>
    public static DataFrame ToDataFrame(this SectorMixing mixing)
    {
        ArgumentNullException.ThrowIfNull(mixing);
        var sectors = mixing.Sectors;
        var frame = new DataFrame(FrameColumns.Text("sector", sectors.Select(s => s.Code)));
        foreach (var column in sectors)
        {
            frame.Columns.Add(FrameColumns.Count(column.Code, sectors.Select(row => mixing[row, column])));
        }

        return frame;
    }

    /// <summary>
    /// Brokerage, one row per institution (dataset order): <c>id</c>, the observed count of each role
    /// (<c>coordinator</c>, <c>itinerant</c>, <c>representative</c>, <c>gatekeeper</c>, <c>liaison</c>, <c>total</c>)
    /// and its z-score (<c>z_coordinator</c>…<c>z_total</c>).
    /// </summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<BrokerageScores> rows)
    {
        var frame = new DataFrame(FrameColumns.Text("id", rows.Select(r => r.InstitutionId)));
        for (int role = 0; role < BrokerageRoles.Names.Count; role++)
        {
            int at = role;
            frame.Columns.Add(FrameColumns.Number(BrokerageRoles.Names[role], rows.Select(r => r.Observed[at])));
        }

        for (int role = 0; role < BrokerageRoles.Names.Count; role++)
        {
            int at = role;
            frame.Columns.Add(FrameColumns.Number("z_" + BrokerageRoles.Names[role], rows.Select(r => r.Z[at])));
        }

        return frame;
    }

    /// <summary>The frame of <see cref="BrokerageResult.Rows"/>.</summary>
    public static DataFrame ToDataFrame(this BrokerageResult brokerage)
    {
        ArgumentNullException.ThrowIfNull(brokerage);
        return brokerage.Rows.ToDataFrame();
    }

    /// <summary>
    /// Centrality: an <c>id</c> column, then one <c>double</c> column per measure in <see cref="CentralityTable.Measures"/>
    /// order (null where undefined, e.g. the constraint of an isolate), rows in network order.
    /// </summary>
    public static DataFrame ToDataFrame(this CentralityTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var frame = new DataFrame(FrameColumns.Text("id", table.Ids));
        foreach (var measure in table.Measures)
        {
            frame.Columns.Add(FrameColumns.Number(measure.ColumnName(), table.Column(measure)));
        }

        return frame;
    }

    /// <summary>
    /// The regression's terms: <c>term</c> (text), <c>coefficient</c>, <c>std_error</c>, <c>t_value</c>,
    /// <c>p_less_or_equal</c>, <c>p_greater_or_equal</c>, <c>p_abs_greater_or_equal</c>.
    /// </summary>
    public static DataFrame ToDataFrame(this MrqapResult regression)
    {
        ArgumentNullException.ThrowIfNull(regression);
        var terms = regression.Terms;
        return new DataFrame(
            FrameColumns.Text("term", terms.Select(t => t.Name)),
            FrameColumns.Number("coefficient", terms.Select(t => t.Coefficient)),
            FrameColumns.Number("std_error", terms.Select(t => t.StandardError)),
            FrameColumns.Number("t_value", terms.Select(t => t.TValue)),
            FrameColumns.Number("p_less_or_equal", terms.Select(t => t.PLessOrEqual)),
            FrameColumns.Number("p_greater_or_equal", terms.Select(t => t.PGreaterOrEqual)),
            FrameColumns.Number("p_abs_greater_or_equal", terms.Select(t => t.PAbsGreaterOrEqual)));
    }

    /// <summary>One row per family, by pseudonym: <c>family, actions, sectors, institutions, overlapping_same_kind</c> (<c>families.csv</c>).</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<FamilySummary> rows) => new(
        FrameColumns.Text("family", rows.Select(r => r.Family)),
        FrameColumns.Text("actions", rows.Select(r => r.Actions)),
        FrameColumns.Text("sectors", rows.Select(r => r.Sectors)),
        FrameColumns.Text("institutions", rows.Select(r => r.Institutions)),
        FrameColumns.Text("overlapping_same_kind", rows.Select(r => r.OverlappingSameKind)));

    /// <summary>Institution pairs and the families both served: <c>institution, partner, families</c> (<c>family_pairs.csv</c>).</summary>
    public static DataFrame ToDataFrame(this IReadOnlyList<SharedFamilies> rows) => new(
        FrameColumns.Text("institution", rows.Select(r => r.SourceId)),
        FrameColumns.Text("partner", rows.Select(r => r.TargetId)),
        FrameColumns.Text("families", rows.Select(r => r.Count)));
}
