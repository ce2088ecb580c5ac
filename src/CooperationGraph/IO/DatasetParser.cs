using CooperationGraph.Model;

namespace CooperationGraph.IO;

/// <summary>
/// Turns the raw tables of a dataset (from CSV files or workbook sheets alike) into a
/// <see cref="CooperationDataset"/>, collecting every problem with its file and line before giving up.
/// </summary>
internal sealed partial class DatasetParser
{
    private readonly IReadOnlyDictionary<string, RawTable> tables;
    private readonly List<DatasetProblem> problems;
    private readonly ParsedSourceMap map = new();
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
    /// <param name="naming">Turns a table name into what the user would call it (<c>institutions.csv</c>, sheet <c>institutions</c>).</param>
    /// <param name="problems">Problems already found while reading; parsing adds to them.</param>
    /// <param name="unreadable">Tables whose file exists but could not be read (already reported): present, not missing.</param>
    /// <exception cref="DatasetException">Any problem was found.</exception>
    public static CooperationDataset Parse(IReadOnlyDictionary<string, RawTable> tables, string label, Func<string, string> naming, List<DatasetProblem> problems, IReadOnlySet<string>? unreadable = null)
    {
        var parser = new DatasetParser(tables, problems);
        parser.CheckTablesPresent(label, naming, unreadable ?? new HashSet<string>());
        if (problems.Count > 0 && !tables.ContainsKey("institutions"))
        {
            throw new DatasetException(parser.Sorted());
        }

        parser.ReadSectors();
        var institutions = parser.ReadInstitutions();
        var declarations = parser.ReadDeclarations();
        var actions = parser.ReadActions();
        var ties = parser.ReadTies();
        var beneficiaries = parser.ReadBeneficiaries();
        try
        {
            var dataset = CooperationDataset.CreateChecked(institutions, declarations, actions, ties, parser.catalog, parser.map, beneficiaries);
            if (problems.Count == 0)
            {
                return dataset;
            }
        }
        catch (DatasetException exception)
        {
            problems.AddRange(exception.Problems);
        }

        throw new DatasetException(parser.Sorted());
    }

    private void CheckTablesPresent(string label, Func<string, string> naming, IReadOnlySet<string> unreadable)
    {
        bool Present(string name) => tables.ContainsKey(name) || unreadable.Contains(name);
        if (!Present("institutions"))
        {
            problems.Add(new DatasetProblem(label, null, $"{naming("institutions")} is missing; every dataset needs it, with columns {string.Join(",", TableSchema.Institutions.Required)}"));
        }

        foreach (var (events, links) in new[] { ("declarations", "signatures"), ("actions", "participations") })
        {
            if (Present(events) != Present(links))
            {
                string present = Present(events) ? events : links;
                string absent = present == events ? links : events;
                problems.Add(new DatasetProblem(label, null, $"{naming(present)} is given but {naming(absent)} is missing; the two go together"));
            }
        }
    }

    private void ReadSectors()
    {
        if (!tables.TryGetValue("sectors", out var table) || TableSchema.Sectors.Map(table, problems) is not { } columns)
        {
            return;
        }

        var custom = new List<Sector>();
        foreach (var row in table.Rows)
        {
            if (!columns.CheckWidth(row, problems))
            {
                continue;
            }

            string code = columns.Get(row, "code");
            if (!Sector.IsValidCode(code))
            {
                Fail(table, row, $"sector code '{code}' must be upper-case letters A-Z, digits and underscores");
            }
            else if (catalog.TryResolve(code, out var existing) || custom.Any(s => s.Code == code))
            {
                Fail(table, row, existing is null ? $"sector '{code}' is declared twice" : $"sector code '{code}' is already known as sector '{existing.Code}'");
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

        Fail(table, row, $"{column} is empty");
        return false;
    }

    private List<DatasetProblem> Sorted()
    {
        string[] order = ["sectors", "institutions", "declarations", "signatures", "actions", "participations", "ties", "beneficiaries"];
        var rank = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, label) in map.Labels)
        {
            rank[label] = Array.IndexOf(order, name);
        }

        return [.. problems.Select((problem, index) => (problem, index))
            .OrderBy(p => rank.GetValueOrDefault(p.problem.File, -1)).ThenBy(p => p.problem.Line ?? 0).ThenBy(p => p.index)
            .Select(p => p.problem)];
    }
}
