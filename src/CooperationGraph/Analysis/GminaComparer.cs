namespace CooperationGraph;

/// <summary>
/// Many gminas side by side: each gmina's dataset analysed as <see cref="CooperationAnalysis.Run"/> does, with the same
/// model, window and settings, and its headline indicators (<see cref="CooperationIndicators"/>) in one table. A national
/// dataset splits into gminas by an institution column (<see cref="SplitBy"/>).
/// </summary>
/// <remarks>Gminas are analysed in parallel; the results do not depend on the number of threads.</remarks>
public static class GminaComparer
{
    /// <summary>Analyses each gmina.</summary>
    /// <param name="gminas">Each gmina's name (unique, not empty) and dataset (at least one institution).</param>
    /// <param name="options">Model, window and settings for every gmina; defaults in <see cref="AnalysisOptions"/>.</param>
    /// <param name="cancellationToken">Cancels between gminas.</param>
    /// <exception cref="ArgumentException">No gmina, a name empty or repeated, or a gmina without institutions.</exception>
    public static GminaComparison Compare(IEnumerable<(string Name, CooperationDataset Dataset)> gminas, AnalysisOptions? options = null, CancellationToken cancellationToken = default) =>
        Compare(gminas, options, int.MaxValue, cancellationToken);

    /// <summary>
    /// Analyses each gmina: the first <paramref name="fullAnalyses"/> in full, as <see cref="Compare(IEnumerable{ValueTuple{string, CooperationDataset}}, AnalysisOptions?, CancellationToken)"/>
    /// does (what a gmina's own report shows), the others for their indicators only: without the permutation tests and
    /// the MRQAP regression, which <c>comparison.csv</c> does not use (their <see cref="AnalysisResult.Options"/> say
    /// so: no permutations, <see cref="MrqapOptions.MaxInstitutions"/> 0). The indicators are the same either way.
    /// </summary>
    /// <param name="gminas">Each gmina's name (unique, not empty) and dataset (at least one institution).</param>
    /// <param name="options">Model, window and settings for every gmina; defaults in <see cref="AnalysisOptions"/>.</param>
    /// <param name="fullAnalyses">How many gminas, from the first, get the full analysis (0: none; <see cref="int.MaxValue"/>: all).</param>
    /// <param name="cancellationToken">Cancels between gminas.</param>
    /// <exception cref="ArgumentException">No gmina, a name empty or repeated, or a gmina without institutions.</exception>
    public static GminaComparison Compare(IEnumerable<(string Name, CooperationDataset Dataset)> gminas, AnalysisOptions? options, int fullAnalyses, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fullAnalyses);
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(gminas);
        options ??= new AnalysisOptions();
        var list = gminas.ToList();
        if (list.Count == 0)
        {
            throw new ArgumentException("There is no gmina to compare.", nameof(gminas));
        }

        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, dataset) in list)
        {
            if (string.IsNullOrWhiteSpace(name) || !names.Add(name))
            {
                throw new ArgumentException($"Gmina name '{name}' is empty or appears twice; each gmina needs its own name.", nameof(gminas));
            }

            if (dataset.Institutions.Count == 0)
            {
                throw new ArgumentException($"Gmina '{name}' has no institutions.", nameof(gminas));
            }
        }

        var indicatorsOnly = options with { Permutations = 0, Regression = options.Regression with { MaxInstitutions = 0 } };
        var results = new ComparedGmina[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            var (name, dataset) = list[k];
            string? unit = dataset.Institutions.Any(i => i.Unit == name) ? name : null;
            var analysis = CooperationAnalysis.RunOnThreads(dataset, k < fullAnalyses ? options : indicatorsOnly, 1, cancellationToken);
            var indicators = CooperationIndicators.From(analysis, unit);
            results[k] = (k < fullAnalyses ? new ComparedGmina(name, analysis, indicators)
                : new ComparedGmina(name, dataset, () => CooperationAnalysis.Run(dataset, indicatorsOnly), indicators)) with { Intervals = Intervals(analysis, options, cancellationToken), PerceivedCooperation = analysis.PerceivedCooperation };
        });
        return new GminaComparison(results, options);
    }

    /// <summary>A gmina's intervals when the comparison asks for them: the analysis's own, or computed for a gmina analysed for its indicators only.</summary>
    private static BootstrapIntervals? Intervals(AnalysisResult analysis, AnalysisOptions options, CancellationToken cancellationToken) =>
        !options.Statistics.ComparisonIntervals || options.Statistics.BootstrapReplicates == 0 || analysis.Dataset.Institutions.Count > options.Regression.MaxInstitutions ? null
            : analysis.Statistics?.Intervals ?? BootstrapIntervals.Compute(analysis.Network, analysis.Gaps, options.Statistics.BootstrapReplicates, options.Seed, cancellationToken);

    /// <summary>
    /// Splits one dataset into gminas by an institution column: <c>unit</c> or any further column of
    /// <c>institutions.csv</c>. A gmina is a value of that column among institutions at gmina level (or with no level);
    /// institutions at powiat, voivodeship or national level, and those with no value, count in every gmina in whose
    /// joint actions or declarations they take part (with an institution of that gmina). Each gmina keeps the actions and
    /// declarations that involve one of its own institutions, with the participants and signatories that count in it
    /// (institutions of another gmina are left out), and the direct ties and services among those; of a partner survey,
    /// the rows whose respondent and partner both count in the gmina and the invitations of those that count in it.
    /// Gminas come in the order of their first institution.
    /// </summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="column"><c>unit</c> or the name of a further column.</param>
    /// <exception cref="ArgumentException">No institution has a value in that column.</exception>
    public static IReadOnlyList<(string Name, CooperationDataset Dataset)> SplitBy(CooperationDataset dataset, string column = "unit")
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        Func<Institution, string?> key = column == "unit"
            ? i => i.Unit
            : i => i.Attributes.FirstOrDefault(a => a.Key == column).Value is { Length: > 0 } value ? value : null;
        if (!dataset.Institutions.Any(i => key(i) is not null))
        {
            var columns = new[] { "id", "name", "sector", "unit", "level" }.Concat(dataset.Institutions.SelectMany(i => i.Attributes.Select(a => a.Key)).Distinct(StringComparer.Ordinal));
            throw new ArgumentException($"institutions have no values in column '{column}'; columns: {string.Join(", ", columns)}.");
        }

        return Analysis.GminaSplit.Run(dataset, key);
    }
}
