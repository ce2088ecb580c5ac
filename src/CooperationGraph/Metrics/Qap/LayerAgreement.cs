using CooperationGraph.Metrics.Qap;

namespace CooperationGraph;

/// <summary>
/// Did what was declared, and what the model asks for, become joint action? Two QAP correlation tests, a MRQAP
/// regression and a logistic network regression of the enacted layer, and with a partner survey the same two
/// regressions of the perceived layer; one part of <c>AnalysisResult</c>.
/// </summary>
/// <remarks>
/// QAP: Krackhardt, D. (1988), "Predicting with networks: nonparametric multiple regression analysis of dyadic data",
/// Social Networks 10(4), 359–381, doi:10.1016/0378-8733(88)90004-4; the correlation equals statnet's
/// <c>sna::gcor</c> and the p-values its <c>qaptest</c> within Monte Carlo error. NetworkX has no equivalent. Time
/// O(Σ_d s_d² + P·m) for declarations d with s_d signatories, P permutations and m enacted ties, plus the regression's.
/// </remarks>
public sealed class LayerAgreement
{
    internal LayerAgreement(QapResult declaredVersusEnacted, QapResult modelVersusObserved, MrqapResult? regression, NetlogitResult? logistic = null)
    {
        Logistic = logistic;
        DeclaredVersusEnacted = declaredVersusEnacted;
        ModelVersusObserved = modelVersusObserved;
        Regression = regression;
    }

    /// <summary>QAP correlation of the declared layer (co-signatories) with the enacted layer, both binary.</summary>
    public QapResult DeclaredVersusEnacted { get; }

    /// <summary>
    /// QAP correlation, over pairs of distinct sectors, of the model (1 where a link is required) with the observed
    /// number of enacted institution pairs between the sectors; relabels sectors.
    /// </summary>
    public QapResult ModelVersusObserved { get; }

    /// <summary>
    /// MRQAP of the enacted ties on the declared ties, same sector and same unit (<see cref="Mrqap"/>);
    /// <see langword="null"/> above <see cref="MrqapOptions.MaxInstitutions"/> institutions or below three.
    /// </summary>
    public MrqapResult? Regression { get; }

    /// <summary>
    /// Logistic network regression of the enacted ties on the same terms as <see cref="Regression"/> (<see cref="Netlogit"/>);
    /// <see langword="null"/> above <see cref="MrqapOptions.MaxInstitutions"/> institutions or below three.
    /// </summary>
    public NetlogitResult? Logistic { get; }

    /// <summary>
    /// MRQAP of the perceived ties of the partner survey (0/1, under <c>AnalysisOptions.Survey.Rule</c>) on the declared
    /// and enacted ties, same sector and same unit, over the pairs of the institutions whose perception is known
    /// (<see cref="RegressionOutcome.Perceived"/>); <see langword="null"/> without a survey, or above
    /// <see cref="MrqapOptions.MaxInstitutions"/> institutions regressed or below three.
    /// </summary>
    public MrqapResult? PerceivedRegression { get; private init; }

    /// <summary>
    /// Logistic network regression of the perceived ties on the same terms as <see cref="PerceivedRegression"/>;
    /// <see langword="null"/> without a survey, or above <see cref="MrqapOptions.MaxLogisticInstitutions"/> institutions regressed or below three.
    /// </summary>
    public NetlogitResult? PerceivedLogistic { get; private init; }

    /// <summary>The rule of the perceived tie that <see cref="PerceivedRegression"/> and <see cref="PerceivedLogistic"/> regress; null without a survey.</summary>
    public PerceivedTieRule? PerceivedRule { get; private init; }

    /// <summary>Tests the enacted network of a window against its declared network and the model.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="enacted">The enacted network of the window.</param>
    /// <param name="declared">The declared network of the window (co-signatories), on the same institutions.</param>
    /// <param name="model">The model.</param>
    /// <param name="regression">The regression's settings, its permutations and seed those of the QAP tests.</param>
    /// <param name="perceivedRule">The survey's perceived tie, for the regressions of the perceived layer; null to leave them out (no survey).</param>
    /// <param name="cancellationToken">Cancels the permutations.</param>
    internal static LayerAgreement Compute(CooperationDataset dataset, CooperationNetwork enacted, CooperationNetwork declared, CooperationModel model, MrqapOptions regression, PerceivedTieRule? perceivedRule, CancellationToken cancellationToken)
    {
        regression = regression with { Outcome = RegressionOutcome.Enacted };
        var institutions = dataset.Institutions;
        int n = institutions.Count;
        var declaredPairs = declared.Graph.Edges().ToArray();
        var pairs = enacted.Graph.Edges().ToArray();
        return new LayerAgreement(
            QapKernel.Test(n, [.. declaredPairs.Select(p => (p.U, p.V, 1.0))], [.. pairs.Select(p => (p.U, p.V, 1.0))], regression.Permutations, regression.Seed, cancellationToken),
            ModelQap(model, institutions, pairs, regression.Permutations, regression.Seed, cancellationToken),
            Mrqap.Fit(dataset, enacted, declaredPairs, regression, cancellationToken),
            Netlogit.Fit(dataset, enacted, declaredPairs, regression, cancellationToken))
        {
            PerceivedRule = perceivedRule,
            PerceivedRegression = perceivedRule is { } rule
                ? Mrqap.Fit(dataset, enacted, declaredPairs, regression with { Outcome = RegressionOutcome.Perceived, PerceivedRule = rule }, cancellationToken)
                : null,
            PerceivedLogistic = perceivedRule is { } logisticRule
                ? Netlogit.Fit(dataset, enacted, declaredPairs, regression with { Outcome = RegressionOutcome.Perceived, PerceivedRule = logisticRule }, cancellationToken)
                : null,
        };
    }

    private static QapResult ModelQap(CooperationModel model, IReadOnlyList<Institution> institutions, (int U, int V)[] pairs, int permutations, int seed, CancellationToken cancellationToken)
    {
        var sectors = model.RequiredSectors.Concat(institutions.Select(i => i.Sector)).Distinct().ToList();
        var position = sectors.Select((s, i) => (s, i)).ToDictionary(p => p.s, p => p.i);
        var required = model.RequiredLinks.Where(l => !l.IsWithinSector).Select(l => (position[l.First], position[l.Second], 1.0)).ToList();
        var observed = new Dictionary<(int, int), double>();
        foreach (var (u, v) in pairs)
        {
            int a = position[institutions[u].Sector], b = position[institutions[v].Sector];
            if (a != b)
            {
                var key = (Math.Min(a, b), Math.Max(a, b));
                observed[key] = observed.GetValueOrDefault(key) + 1;
            }
        }

        return QapKernel.Test(sectors.Count, required, [.. observed.Select(o => (o.Key.Item1, o.Key.Item2, o.Value))], permutations, seed, cancellationToken);
    }
}
