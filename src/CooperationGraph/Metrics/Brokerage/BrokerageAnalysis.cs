using CooperationGraph.Metrics.Brokerage;

namespace CooperationGraph;

/// <summary>
/// Gould–Fernandez brokerage with the sector as the group: who passes cooperation on between which sectors.
/// </summary>
/// <remarks>
/// <para><b>Directed ties.</b> Brokerage needs a direction of flow, which the roles in joint actions give: in every
/// joint action in the window, each participant in the <c>lead</c> role sends a tie to every other participant
/// (partners and participants alike). Actions without a lead add no directed ties (counted in
/// <see cref="BrokerageResult.ActionsWithoutLead"/>); a direct tie from <c>ties.csv</c> carries no date, so it counts in
/// every window, in both directions.
/// Repeated ties count once. Declarations add nothing: they record intent, not flow.</para>
/// <para><b>Roles.</b> Every two-path i→j→k with i ≠ k and no tie i→k makes j a broker: coordinator (all three in one
/// sector), itinerant (i and k share a sector, j does not), representative (j shares i's sector), gatekeeper (j shares
/// k's sector), liaison (three sectors). Every institution of the dataset is a node, active or not.</para>
/// <para><b>Expectations.</b> Expected counts and standard deviations under a Bernoulli graph of density
/// d = m / (N(N − 1)) with the same sector sizes, from Gould &amp; Fernandez's appendix as implemented in statnet's
/// <c>sna::brokerage(g, cl)</c>; the numbers equal its <c>raw.nli</c>, <c>exp.nli</c>, <c>sd.nli</c>, <c>z.nli</c> and the
/// network-level <c>*.gli</c> values. NetworkX has no equivalent.</para>
/// <para>Gould, R. V., &amp; Fernandez, R. M. (1989). Structures of mediation: A formal approach to brokerage in
/// transaction networks. <i>Sociological Methodology</i>, 19, 89–126. https://doi.org/10.2307/270949</para>
/// <para>Time O(Σ_j indeg(j) · outdeg(j) · log outdeg), memory O(N + m).</para>
/// </remarks>
public static class BrokerageAnalysis
{
    /// <summary>
    /// Brokerage roles of every institution in all of the dataset's actions (and direct ties); for one window, take
    /// <c>AnalysisResult.Brokerage</c> of an analysis of that window.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="cancellationToken">Cancels a long computation.</param>
    public static BrokerageResult Compute(CooperationDataset dataset, CancellationToken cancellationToken = default) =>
        Compute(dataset, AnalysisWindow.All, cancellationToken);

    internal static BrokerageResult Compute(CooperationDataset dataset, AnalysisWindow window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var ties = DirectedTies.FromRoles(dataset, window, out int withoutLead);
        var sectorIndex = new Dictionary<Sector, int>();
        var group = new int[ties.NodeCount];
        for (int i = 0; i < group.Length; i++)
        {
            var sector = dataset.Institutions[i].Sector;
            if (!sectorIndex.TryGetValue(sector, out group[i]))
            {
                group[i] = sectorIndex[sector] = sectorIndex.Count;
            }
        }

        return Compute(dataset.Institutions, ties, group, sectorIndex.Count, withoutLead, cancellationToken);
    }

    internal static BrokerageResult Compute(IReadOnlyList<Institution> institutions, DirectedTies ties, int[] group, int groupCount, int withoutLead, CancellationToken cancellationToken)
    {
        int n = ties.NodeCount;
        double[] raw = BrokerageKernel.Count(n, ties.OutOffsets, ties.OutTargets, ties.InOffsets, ties.InSources, group, cancellationToken);
        var sizes = new double[groupCount];
        foreach (int g in group)
        {
            sizes[g]++;
        }

        double density = n > 1 ? ties.Count / ((double)n * (n - 1)) : 0;
        var rows = new BrokerageScores[n];
        var totals = new double[BrokerageExpectation.Columns];
        var observed = new double[BrokerageExpectation.Columns];
        for (int i = 0; i < n; i++)
        {
            double sum = 0;
            for (int role = 0; role < BrokerageKernel.Roles; role++)
            {
                observed[role] = raw[(i * BrokerageKernel.Roles) + role];
                sum += observed[role];
            }

            observed[BrokerageKernel.Roles] = sum;
            for (int column = 0; column < observed.Length; column++)
            {
                totals[column] += observed[column];
            }

            var (expected, variance) = BrokerageExpectation.ForNode(sizes, group[i], sizes[group[i]], n, density);
            rows[i] = Scores(institutions[i].Id, observed, expected, variance);
        }

        var (networkExpected, networkVariance) = BrokerageExpectation.ForNetwork(sizes, n, density);
        return new BrokerageResult(rows, Scores(null, totals, networkExpected, networkVariance), ties.Count, withoutLead);
    }

    private static BrokerageScores Scores(string? id, double[] observed, double[] expected, double[] variance)
    {
        var deviation = new double[variance.Length];
        var z = new double[variance.Length];
        for (int i = 0; i < variance.Length; i++)
        {
            deviation[i] = Math.Sqrt(variance[i]);
            z[i] = deviation[i] > 0 ? (observed[i] - expected[i]) / deviation[i] : double.NaN;
        }

        return new BrokerageScores(id, BrokerageRoles.From(observed), BrokerageRoles.From(expected), BrokerageRoles.From(deviation), BrokerageRoles.From(z));
    }
}
