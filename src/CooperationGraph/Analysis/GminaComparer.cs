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
    public static GminaComparison Compare(IEnumerable<(string Name, CooperationDataset Dataset)> gminas, AnalysisOptions? options = null, CancellationToken cancellationToken = default)
    {
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

        var results = new ComparedGmina[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { CancellationToken = cancellationToken }, k =>
        {
            var (name, dataset) = list[k];
            var analysis = CooperationAnalysis.Run(dataset, options, cancellationToken);
            string? unit = dataset.Institutions.Any(i => i.Unit == name) ? name : null;
            results[k] = new ComparedGmina(name, analysis, CooperationIndicators.From(analysis, unit));
        });
        return new GminaComparison(results, options);
    }

    /// <summary>
    /// Splits one dataset into gminas by an institution column: <c>unit</c> or any further column of
    /// <c>institutions.csv</c>. A gmina is a value of that column among institutions at gmina level (or with no level);
    /// institutions at powiat, voivodeship or national level, and those with no value, count in every gmina in whose
    /// joint actions or declarations they take part (with an institution of that gmina). Each gmina keeps the actions and
    /// declarations that involve one of its own institutions, with the participants and signatories that count in it
    /// (institutions of another gmina are left out), and the direct ties and services among those. Gminas come in the
    /// order of their first institution.
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

        static bool Local(Institution i) => i.Level is null or TerritorialLevel.Gmina;
        var own = dataset.Institutions.Where(i => Local(i) && key(i) is not null).ToDictionary(i => i.Id, i => key(i)!, StringComparer.Ordinal);
        var result = new List<(string, CooperationDataset)>();
        foreach (var gmina in dataset.Institutions.Where(i => own.ContainsKey(i.Id)).Select(i => own[i.Id]).Distinct(StringComparer.Ordinal))
        {
            bool Counts(string id) => own.TryGetValue(id, out var g) ? g == gmina : true;
            bool Involves(IEnumerable<string> ids) => ids.Any(id => own.TryGetValue(id, out var g) && g == gmina);
            var actions = dataset.JointActions.Where(a => Involves(a.Participants.Select(p => p.InstitutionId)))
                .Select(a => new JointAction(a.Id, a.Title, a.Kind, a.Date, a.Participants.Where(p => Counts(p.InstitutionId)), a.EndDate, a.CostPln, a.Beneficiaries)).ToList();
            var declarations = dataset.Declarations.Where(d => Involves(d.Signatories))
                .Select(d => new Declaration(d.Id, d.Title, d.SignedOn, d.Kind, d.Signatories.Where(Counts))).ToList();
            var members = actions.SelectMany(a => a.Participants.Select(p => p.InstitutionId)).Concat(declarations.SelectMany(d => d.Signatories))
                .Concat(own.Where(o => o.Value == gmina).Select(o => o.Key)).ToHashSet(StringComparer.Ordinal);
            var actionIds = actions.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
            result.Add((gmina, CooperationDataset.Create(
                dataset.Institutions.Where(i => members.Contains(i.Id)),
                declarations,
                actions,
                dataset.Ties.Where(t => members.Contains(t.SourceId) && members.Contains(t.TargetId)),
                dataset.Sectors,
                dataset.Beneficiaries.Where(b => actionIds.Contains(b.ActionId)))));
        }

        return result;
    }
}
