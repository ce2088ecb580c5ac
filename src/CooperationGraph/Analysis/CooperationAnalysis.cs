using CooperationGraph.Metrics.Centrality;
using CooperationGraph.Metrics.Families;
using CooperationGraph.Metrics.Gaps;
using CooperationGraph.Model;

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
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new AnalysisOptions();
        var gaps = GapAnalysis.Compute(dataset, options.Model, options.Gaps, cancellationToken);
        GapComparison? comparison = options.CompareWith is { } other
            ? GapComparison.Compute(dataset, other with { ProjectEnd = null }, options.Gaps with { ProjectEnd = null }, options.Model, cancellationToken)
            : null;
        var centrality = CentralityMeasures.Compute(gaps.Network, new CentralityOptions { Weighted = options.WeightedCentrality, Measures = CentralityMeasureNames.Basic }, cancellationToken);
        var overTime = options.OverTime is { } every ? Analysis.OverTime.Analyze(dataset, options, every, cancellationToken) : null;
        FamilyReport? families = null;
        if (dataset.Beneficiaries.Count > 0)
        {
            var pseudonymizer = options.Pseudonymizer ?? Pseudonymizer.FromKeyOrEnvironment();
            families = FamilyIntegration.Compute(dataset, pseudonymizer, options.SuppressionThreshold);
        }

        return new AnalysisResult(options, dataset, gaps, centrality, comparison, families, overTime);
    }

    /// <summary>The centrality columns of <c>metrics.csv</c>: those of the <c>centrality</c> command, in its order.</summary>
    public static IReadOnlyList<string> MetricColumns { get; } = [.. CentralityMeasureNames.Basic.Select(m => m.ColumnName())];
}
