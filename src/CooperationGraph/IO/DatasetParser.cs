namespace CooperationGraph.IO;

/// <summary>
/// Turns the raw tables of a dataset (from CSV files or workbook sheets alike) into a
/// <see cref="CooperationDataset"/>, collecting every problem with its file and line before giving up.
/// </summary>
/// <remarks>
/// A table that cannot be read (missing, unreadable, or a header without a required column) does not bury its cause:
/// references into it are counted in one line instead of being reported one by one. Every problem is kept; a
/// <see cref="DatasetException.Summary"/> lists the first few of each kind and counts the rest.
/// </remarks>
internal sealed partial class DatasetParser
{
    private static readonly string[] Order = ["sectors", "institutions", "declarations", "signatures", "actions", "participations", "ties", "beneficiaries", "survey", "respondents"];

    private readonly IReadOnlyDictionary<string, RawTable> tables;
    private readonly List<DatasetProblem> problems;
    private readonly ParsedSourceMap map = new();
    private readonly List<DatasetLanguage> languages = [];
    private SectorCatalog catalog = SectorCatalog.Default;

    private DatasetParser(IReadOnlyDictionary<string, RawTable> tables, List<DatasetProblem> problems)
    {
        this.tables = tables;
        this.problems = problems;
        foreach (var (name, table) in tables)
        {
            map.Labels[name] = table.Label;
        }
    }

    /// <summary>Parses the tables, keyed by schema name (<c>institutions</c>, <c>actions</c>…).</summary>
    /// <param name="tables">The tables found.</param>
    /// <param name="label">Names the whole source (folder or workbook) in problems about absent tables.</param>
    /// <param name="naming">Turns a table name into what the user would call it (<c>institutions.csv</c>, sheet <c>instytucje</c>).</param>
    /// <param name="problems">Problems already found while reading; parsing adds to them.</param>
    /// <param name="unreadable">Tables whose file exists but could not be read (already reported), with the file's label: present, not missing.</param>
    /// <param name="language">The language most of the headers were written in (English when they are even).</param>
    /// <param name="warnings">What was ignored (unknown columns), when the dataset is read.</param>
    /// <exception cref="DatasetException">Any problem other than a warning was found; the warnings are listed with them.</exception>
    public static CooperationDataset Parse(IReadOnlyDictionary<string, RawTable> tables, string label, Func<string, string> naming, List<DatasetProblem> problems, IReadOnlyDictionary<string, string>? unreadable, out DatasetLanguage language, out IReadOnlyList<DatasetProblem> warnings)
    {
        var parser = new DatasetParser(tables, problems);
        parser.CheckTablesPresent(label, naming, unreadable ?? new Dictionary<string, string>());
        if (problems.Any(p => !p.IsWarning) && !tables.ContainsKey("institutions"))
        {
            throw new DatasetException(parser.Sorted(label, naming));
        }

        parser.ReadSectors();
        var institutions = parser.ReadInstitutions();
        var declarations = parser.ReadDeclarations();
        var actions = parser.ReadActions();
        var ties = parser.ReadTies();
        var beneficiaries = parser.ReadBeneficiaries();
        var survey = parser.ReadSurvey();
        language = parser.languages.Count(l => l == DatasetLanguage.Polish) * 2 > parser.languages.Count ? DatasetLanguage.Polish : DatasetLanguage.English;
        try
        {
            var dataset = CooperationDataset.CreateChecked(institutions, declarations, actions, ties, parser.catalog, parser.map, beneficiaries, survey);
            if (problems.All(p => p.IsWarning) && parser.map.UncheckedCounts.Count == 0)
            {
                warnings = parser.Sorted(label, naming);
                return dataset;
            }
        }
        catch (DatasetException exception)
        {
            problems.AddRange(exception.Problems);
        }

        throw new DatasetException(parser.Sorted(label, naming));
    }

    private void CheckTablesPresent(string label, Func<string, string> naming, IReadOnlyDictionary<string, string> unreadable)
    {
        foreach (var (name, fileLabel) in unreadable)
        {
            map.UnreadableTables.Add(name);
            map.Labels[name] = fileLabel;
        }

        bool Present(string name) => tables.ContainsKey(name) || unreadable.ContainsKey(name);
        if (!Present("institutions"))
        {
            // The columns in the language the missing file is named in (instytucje.csv: id,nazwa,sektor).
            var schema = TableSchema.Institutions;
            var language = naming(schema.Name).Contains(schema.PolishName, StringComparison.Ordinal) ? DatasetLanguage.Polish : DatasetLanguage.English;
            problems.Add(new DatasetProblem(label, null, Messages.Get("TableMissing", naming(schema.Name), string.Join(",", schema.Required.Select(c => schema.ColumnName(c, language))))));
        }

        foreach (var (events, links) in new[] { ("declarations", "signatures"), ("actions", "participations") })
        {
            if (Present(events) != Present(links))
            {
                string present = Present(events) ? events : links;
                string absent = present == events ? links : events;
                problems.Add(new DatasetProblem(label, null, Messages.Get("TablesGoTogether", naming(present), naming(absent))));
                map.UnreadableTables.Add(absent);
            }
        }
    }

    /// <summary>Maps a table's header; a table that cannot be mapped is unreadable, and its references go uncounted one by one.</summary>
    private ColumnMap? Columns(string name, TableSchema schema, out RawTable? table)
    {
        if (!tables.TryGetValue(name, out table))
        {
            return null;
        }

        var columns = schema.Map(table, problems);
        if (columns is null)
        {
            map.UnreadableTables.Add(name);
        }
        else if (columns.Language is { } language)
        {
            languages.Add(language);
        }

        return columns;
    }

    private void ReadSectors()
    {
        if (Columns("sectors", TableSchema.Sectors, out var table) is not { } columns)
        {
            return;
        }

        var custom = new List<Sector>();
        foreach (var row in table!.Rows)
        {
            if (!columns.CheckWidth(row, problems))
            {
                continue;
            }

            string code = columns.Get(row, "code");
            if (!Sector.IsValidCode(code))
            {
                Fail(table, row, Messages.Get("SectorCodeInvalid", Messages.Quote(code)));
            }
            else if (catalog.TryResolve(code, out var existing) || custom.Any(s => s.Code == code))
            {
                Fail(table, row, existing is null ? Messages.Get("SectorTwice", Messages.Quote(code)) : Messages.Get("SectorCodeKnown", Messages.Quote(code), existing.Code));
            }
            else
            {
                custom.Add(new Sector(code, columns.Get(row, "name_pl"), columns.Get(row, "name_en")));
            }
        }

        catalog = catalog.With(custom);
    }

    private void Fail(RawTable table, RawRow row, string message) => problems.Add(new DatasetProblem(table.Label, row.Line, message));

    private bool Required(RawTable table, RawRow row, ColumnMap columns, string column, out string value)
    {
        value = columns.Get(row, column);
        if (value.Length > 0)
        {
            return true;
        }

        Fail(table, row, Messages.Get("FieldEmpty", columns.Name(column)));
        return false;
    }

    /// <summary>The problems in file order (the files in the format's order), then line; repeats counted; one line per
    /// unreadable table saying how many references into it were left unchecked.</summary>
    private List<DatasetProblem> Sorted(string label, Func<string, string> naming)
    {
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, fileLabel) in map.Labels)
        {
            rank[fileLabel] = Array.IndexOf(Order, name);
        }

        var all = problems.Select((problem, index) => (Problem: problem, Summary: 0, Index: index)).ToList();
        foreach (var (table, counts) in map.UncheckedCounts)
        {
            string from = string.Join(", ", counts.Keys.Select(t => ShortName(map.Labels.GetValueOrDefault(t, naming(t)))));
            var summary = new DatasetProblem(map.Labels.GetValueOrDefault(table, label), null, counts.Values.Sum() == 1 ? Messages.Get("OneReferenceUnchecked", from) : Messages.Get("ReferencesUnchecked", Messages.Count(counts.Values.Sum()), from));
            all.Add((summary, 1, all.Count));
        }

        var sorted = all.OrderBy(p => rank.GetValueOrDefault(p.Problem.File, -1)).ThenBy(p => p.Summary).ThenBy(p => p.Problem.Line ?? 0).ThenBy(p => p.Index)
            .Select(p => p.Problem).ToList();
        return sorted;
    }

    /// <summary>A file name without its folder (<c>signatures.csv</c>), or a sheet's name (<c>podpisy</c>).</summary>
    internal static string ShortName(string label) =>
        label.EndsWith(']') && label.LastIndexOf('[') is >= 0 and var open ? label[(open + 1)..^1] : Path.GetFileName(label) is { Length: > 0 } file ? file : label;
}
