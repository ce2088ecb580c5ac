using CooperationGraph.Metrics.Gaps;

namespace CooperationGraph;

/// <summary>
/// The whole analysis of one dataset in one call, as the <c>analyze</c> command runs it: builds the enacted network of
/// the window once and composes the independent parts measured on it — gaps against the model, structure, sector
/// mixing, brokerage, layer agreement (QAP, MRQAP), durability, centrality, the partner survey with the centrality of
/// its perceived network under both rules, over time, families and a window comparison — into one
/// <see cref="AnalysisResult"/>.
/// </summary>
public static class CooperationAnalysis
{
    /// <summary>Analyses the dataset.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Model, window and settings; defaults in <see cref="AnalysisOptions"/>.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    public static AnalysisResult Run(CooperationDataset dataset, AnalysisOptions? options = null, CancellationToken cancellationToken = default) =>
        RunOnThreads(dataset, options, -1, cancellationToken);

    /// <summary>Analyses the dataset, its centrality on at most <paramref name="maxDegreeOfParallelism"/> threads (1 when many datasets run in parallel, as gminas do).</summary>
    internal static AnalysisResult RunOnThreads(CooperationDataset dataset, AnalysisOptions? options, int maxDegreeOfParallelism, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new AnalysisOptions();
        var window = options.Window;
        var model = options.Model;
        var network = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted, Window = window });
        var declared = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Declared, Window = window });
        var gaps = GapAnalysis.Compute(dataset, network, model, window, options.SuggestionsPerLink, cancellationToken);
        var structure = StructureAnalysis.Compute(network, cancellationToken);
        var mixing = SectorMixing.Compute(dataset.Institutions, network.Graph.Edges());
        var brokerage = BrokerageAnalysis.Compute(dataset, window, cancellationToken);
        // A survey in waves counts the waves dated in the window (the latest rating per pair); a window without a wave has no survey.
        var survey = dataset.Survey.In(window);
        var perceived = dataset.Survey.IsEmpty || (dataset.Survey.IsDated && survey.Responses.Count == 0)
            ? null
            : SurveyScoring.Compute(dataset, survey, network, declared, options.Survey, options.Permutations, options.Seed, cancellationToken);
        var agreement = LayerAgreement.Compute(dataset, network, declared, model,
            options.Regression with { Permutations = options.Permutations, Seed = options.Seed }, perceived is null ? null : options.Survey.Rule, cancellationToken);
        // Leiden and the E-I permutation test each run on one thread, and neither needs the other: on more than one
        // thread the communities are found while the test runs (national size: 2.4 s and 1.5 s, one after the other
        // before). Both are seeded, so the results do not depend on it.
        var leiden = maxDegreeOfParallelism == 1 ? null : Task.Run(() => CommunityDetection.Leiden(network, options.Communities, cancellationToken), cancellationToken);
        var statistics = options.Permutations > 0
            ? new StatisticsResult(EITest.Compute(dataset.Institutions, network.Graph.Edges(), options.Statistics.EIPermutations, options.Seed, cancellationToken))
            {
                Intervals = options.Statistics.BootstrapReplicates > 0 && dataset.Institutions.Count <= options.Regression.MaxInstitutions
                    ? BootstrapIntervals.Compute(network, gaps, options.Statistics.BootstrapReplicates, options.Seed, cancellationToken)
                    : null,
            }
            : null;
        var durability = options.ProjectEnd is { } end ? Durability.Compute(dataset, end, model, window) : null;
        var centrality = CentralityAnalysis.Compute(network, new CentralityOptions { Weighted = options.WeightedCentrality, Measures = CentralityMeasureNames.Basic, MaxDegreeOfParallelism = maxDegreeOfParallelism }, cancellationToken);
        var communities = leiden is null ? CommunityDetection.Leiden(network, options.Communities, cancellationToken) : leiden.GetAwaiter().GetResult();
        var corePeriphery = CorePeripheryDetection.BorgattiEverett(network, options.CorePeriphery, cancellationToken);
        var ego = EgoMeasures.Compute(network, cancellationToken);
        var perceivedCentrality = perceived is null ? null : PerceivedCentralityAnalysis.Compute(dataset, window, maxDegreeOfParallelism, cancellationToken);
        var overTime = options.OverTime is { } every ? OverTime.Analyze(dataset, options, every, cancellationToken) : null;
        FamilyReport? families = null;
        if (dataset.Beneficiaries.Count > 0)
        {
            var pseudonymizer = options.Pseudonymizer ?? Pseudonymizer.FromKeyOrEnvironment();
            families = FamilyIntegration.Compute(dataset, pseudonymizer, options.SuppressionThreshold);
        }

        // The parts of this window, as the later side of a window comparison sees them (no durability, families, time
        // windows or further comparison): measured once, shared by both.
        var parts = new AnalysisResult
        {
            Options = options with { ProjectEnd = null, OverTime = null, ComparisonWindow = null },
            Dataset = dataset,
            Network = network,
            DeclaredNetwork = declared,
            Gaps = gaps,
            Structure = structure,
            Mixing = mixing,
            Brokerage = brokerage,
            LayerAgreement = agreement,
            Statistics = statistics,
            Centrality = centrality,
            Communities = communities,
            CorePeriphery = corePeriphery,
            Ego = ego,
            PerceivedCooperation = perceived,
            PerceivedCentrality = perceivedCentrality,
        };
        return parts with
        {
            Options = options,
            Durability = durability,
            OverTime = overTime,
            WindowComparison = options.ComparisonWindow is { } other ? WindowComparison.Compute(dataset, parts, other, cancellationToken) : null,
            Families = families,
        };
    }

    /// <summary>The centrality columns of <c>metrics.csv</c>: those of the <c>centrality</c> command, in its order.</summary>
    public static IReadOnlyList<string> MetricColumns { get; } = [.. CentralityMeasureNames.Basic.Select(m => m.ColumnName())];
}
