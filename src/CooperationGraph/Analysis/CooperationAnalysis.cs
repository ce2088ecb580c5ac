using CooperationGraph.Metrics.Brokerage;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using CooperationGraph.Tables;

namespace CooperationGraph.Analysis;

/// <summary>
/// The whole analysis of one dataset in one call, as the <c>analyze</c> command runs it: gaps against the model,
/// structure, mixing, brokerage and per-institution measures of the enacted network.
/// </summary>
public static class CooperationAnalysis
{
    /// <summary>Analyses the dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Model, window and settings; defaults in <see cref="AnalysisOptions"/>.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    public static AnalysisResult Run(CooperationDataset dataset, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new AnalysisOptions();
        var gaps = GapAnalysis.Compute(dataset, options.Model, options.Gaps, cancellationToken);
        GapComparison? comparison = options.CompareWith is { } other
            ? GapComparison.Compute(dataset, other, options.Gaps.Window, options.Model, options.Gaps, cancellationToken)
            : null;
        return new AnalysisResult(dataset, gaps, Metrics(dataset, gaps), comparison);
    }

    /// <summary>The per-institution table: id, name, sector, then declared/active, cut points, E-I and brokerage.</summary>
    internal static ResultTable Metrics(CooperationDataset dataset, GapReport gaps)
    {
        var declared = gaps.Declared.ToHashSet(StringComparer.Ordinal);
        var active = gaps.Active.ToHashSet(StringComparer.Ordinal);
        var cut = gaps.Structure.ArticulationPoints.ToHashSet(StringComparer.Ordinal);
        string[] columns =
        [
            "id", "name", "sector", "declared", "active", "articulation_point", "fragmentation_without", "ei_index",
            .. BrokerageRoles.Names.Select(n => "brokerage_" + n), "brokerage_total_z",
        ];
        var rows = new List<object?[]>(dataset.Institutions.Count);
        for (int i = 0; i < dataset.Institutions.Count; i++)
        {
            var institution = dataset.Institutions[i];
            var brokerage = gaps.Brokerage.Rows[i];
            rows.Add(
            [
                institution.Id, institution.Name, institution.Sector.Code,
                declared.Contains(institution.Id), active.Contains(institution.Id), cut.Contains(institution.Id),
                gaps.Structure.FragmentationWithout[i].Fragmentation, gaps.Mixing.InstitutionEIIndex[i].EI,
                .. Enumerable.Range(0, BrokerageRoles.Names.Count).Select(r => (object?)brokerage.Observed[r]), brokerage.Z.Total,
            ]);
        }

        return new ResultTable("Institutions", columns, rows);
    }
}
