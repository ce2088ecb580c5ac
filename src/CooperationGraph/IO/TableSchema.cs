using CooperationGraph.Model;
using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>The columns one table of the dataset format has: required, optional, and whether others are kept.</summary>
internal sealed record TableSchema(string Name, string[] Required, string[] Optional, bool KeepsExtraColumns = false)
{
    public static readonly TableSchema Institutions = new("institutions", ["id", "name", "sector"], ["unit", "level"], KeepsExtraColumns: true);
    public static readonly TableSchema Sectors = new("sectors", ["code", "name_pl", "name_en"], []);
    public static readonly TableSchema Declarations = new("declarations", ["id", "title", "signed_on"], ["kind"]);
    public static readonly TableSchema Signatures = new("signatures", ["declaration_id", "institution_id"], []);
    public static readonly TableSchema Actions = new("actions", ["id", "title", "kind", "date"], ["end_date", "cost_pln", "beneficiaries"]);
    public static readonly TableSchema Participations = new("participations", ["action_id", "institution_id"], ["role"]);
    public static readonly TableSchema Ties = new("ties", ["source", "target"], ["weight", "layer", "date", "end_date"]);

    public static readonly TableSchema Beneficiaries = new("beneficiaries", ["family_id", "action_id"], []);

    public static readonly TableSchema[] All = [Institutions, Sectors, Declarations, Signatures, Actions, Participations, Ties, Beneficiaries];

    public IEnumerable<string> Columns => Required.Concat(Optional);

    /// <summary>
    /// Maps the header to this schema. Returns null (after adding problems) when a required column is missing,
    /// a column is repeated, or an unknown column appears where extra columns are not kept.
    /// </summary>
    public ColumnMap? Map(RawTable table, List<DatasetProblem> problems)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var extras = new List<(string Name, int Index)>();
        int before = problems.Count;
        for (int i = 0; i < table.Header.Length; i++)
        {
            string name = table.Header[i].Trim();
            if (name.Length == 0)
            {
                if (table.Rows.Any(row => i < row.Fields.Length && !string.IsNullOrWhiteSpace(row.Fields[i])))
                {
                    problems.Add(new DatasetProblem(table.Label, table.HeaderLine, $"column {i + 1} has values but no name in the header"));
                }

                continue;
            }

            string key = name.ToLowerInvariant();
            if (indexes.ContainsKey(key) || extras.Any(e => string.Equals(e.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new DatasetProblem(table.Label, table.HeaderLine, $"column '{name}' appears twice in the header"));
            }
            else if (Columns.Contains(key))
            {
                indexes[key] = i;
            }
            else if (KeepsExtraColumns)
            {
                extras.Add((name, i));
            }
            else
            {
                var nearest = TextKey.Nearest(name, Columns.Where(c => !indexes.ContainsKey(c)));
                string hint = nearest is null ? $"expected columns: {string.Join(",", Columns)}" : $"did you mean '{nearest}'?";
                problems.Add(new DatasetProblem(table.Label, table.HeaderLine, $"unknown column '{name}'; {hint}"));
            }
        }

        foreach (var column in Required)
        {
            if (!indexes.ContainsKey(column))
            {
                problems.Add(new DatasetProblem(table.Label, table.HeaderLine,
                    $"required column '{column}' is missing; the header must name {string.Join(",", Required)}" +
                    (Optional.Length > 0 ? $" (optional: {string.Join(",", Optional)})" : "")));
            }
        }

        return problems.Count > before ? null : new ColumnMap(table, indexes, extras);
    }
}

/// <summary>Where each column of a schema sits in one table's records.</summary>
internal sealed class ColumnMap(RawTable table, Dictionary<string, int> indexes, List<(string Name, int Index)> extras)
{
    public List<(string Name, int Index)> Extras => extras;

    /// <summary>The trimmed value of a column in a record, or empty when the column is absent.</summary>
    public string Get(RawRow row, string column) =>
        indexes.TryGetValue(column, out int index) ? Field(row, index) : string.Empty;

    /// <summary>The trimmed field at a position.</summary>
    public static string Field(RawRow row, int index) =>
        index < row.Fields.Length ? row.Fields[index].Trim() : string.Empty;

    /// <summary>
    /// Checks a record's field count against the header: fewer is an error (a cut line); more is an error only when
    /// the extra fields hold values (Excel pads rows with empty fields).
    /// </summary>
    public bool CheckWidth(RawRow row, List<DatasetProblem> problems)
    {
        int width = table.Header.Length;
        if (row.Fields.Length < width)
        {
            problems.Add(new DatasetProblem(table.Label, row.Line, $"has {row.Fields.Length} fields but the header names {width}; is a delimiter missing?"));
            return false;
        }

        for (int i = width; i < row.Fields.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(row.Fields[i]))
            {
                problems.Add(new DatasetProblem(table.Label, row.Line, $"has {row.Fields.Length} fields but the header names {width}; extra value '{row.Fields[i].Trim()}' (quote values that contain the delimiter)"));
                return false;
            }
        }

        return true;
    }
}
