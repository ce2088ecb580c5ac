using CooperationGraph.Metrics.Brokerage;
using CooperationGraph.Metrics.Centrality;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;
using CooperationGraph.Tables;

namespace CooperationGraph.Analysis;

/// <summary>
/// The whole analysis of one dataset in one call, as the <c>analyze</c> command runs it: gaps against the model,
/// structure, mixing, brokerage, centrality and per-institution measures of the enacted network.
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
            ? GapComparison.Compute(dataset, other, options.Gaps.Window, options.Model, options.Gaps with { ProjectEnd = null }, cancellationToken)
            : null;
        var centrality = Centrality.Compute(gaps.Network, new CentralityOptions { Weighted = options.WeightedCentrality, Metrics = MetricColumns }, cancellationToken);
        var overTime = options.OverTime is { } every ? Analysis.OverTime.Analyze(dataset, options, every, cancellationToken) : null;
        var result = new AnalysisResult(dataset, gaps, centrality, Metrics(dataset, gaps, centrality), comparison, overTime);
        if (dataset.Beneficiaries.Count > 0)
        {
            var pseudonymizer = options.Pseudonymizer ?? CooperationGraph.Metrics.Families.Pseudonymizer.FromKeyOrEnvironment();
            var (families, shared) = CooperationGraph.Metrics.Families.FamilyIntegration.Compute(dataset, pseudonymizer, options.SuppressionThreshold);
            result.SetFamilies(families, shared, pseudonymizer.IsRandom, options.SuppressionThreshold);
        }

        return result;
    }

    /// <summary>The centrality columns of <c>metrics.csv</c>: those of the <c>centrality</c> command, in its order.</summary>
    public static IReadOnlyList<string> MetricColumns { get; } = [.. Centrality.Columns.Where(c => c != "katz")];

    /// <summary>The per-institution table: id, name, sector, centrality, then declared/active, cut points, E-I and brokerage.</summary>
    internal static ResultTable Metrics(CooperationDataset dataset, GapReport gaps, CentralityTable centrality)
    {
        var declared = gaps.Declared.ToHashSet(StringComparer.Ordinal);
        var active = gaps.Active.ToHashSet(StringComparer.Ordinal);
        var cut = gaps.Structure.ArticulationPoints.ToHashSet(StringComparer.Ordinal);
        string[] columns =
        [
            "id", "name", "sector", .. MetricColumns, "declared", "active", "articulation_point", "fragmentation_without", "ei_index",
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
                .. MetricColumns.Select(c => (object?)centrality.Column(c)[i]),
                declared.Contains(institution.Id), active.Contains(institution.Id), cut.Contains(institution.Id),
                gaps.Structure.FragmentationWithout[i].Fragmentation, gaps.Mixing.InstitutionEIIndex[i].EI,
                .. Enumerable.Range(0, BrokerageRoles.Names.Count).Select(r => (object?)brokerage.Observed[r]), brokerage.Z.Total,
            ]);
        }

        return new ResultTable("Institutions", columns, rows);
    }
}
