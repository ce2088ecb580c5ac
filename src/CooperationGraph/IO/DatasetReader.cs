using CooperationGraph.Model;
using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>
/// Loads a <see cref="CooperationDataset"/> from a folder of CSV files or from one <c>.xlsx</c> workbook whose
/// sheets carry the same names.
/// </summary>
/// <remarks>
/// <para>The format: <c>institutions.csv</c> (<c>id,name,sector</c>; optional <c>unit,level</c>; further columns
/// kept as attributes), optional <c>sectors.csv</c> (<c>code,name_pl,name_en</c>), <c>declarations.csv</c>
/// (<c>id,title,signed_on</c>; optional <c>kind</c>) with <c>signatures.csv</c> (<c>declaration_id,institution_id</c>),
/// <c>actions.csv</c> (<c>id,title,kind,date</c>; optional <c>end_date,cost_pln,beneficiaries</c>) with
/// <c>participations.csv</c> (<c>action_id,institution_id</c>; optional <c>role</c>), and optional <c>ties.csv</c>
/// (<c>source,target</c>; optional <c>weight,layer</c>).</para>
/// <para>CSV files may be UTF-8 (with or without BOM) or Windows-1250, delimited by <c>,</c> or <c>;</c> (or tab);
/// dates are <c>YYYY-MM-DD</c> or <c>DD.MM.YYYY</c>; numbers take a decimal point or comma. Files and sheets whose
/// names start with <c>_</c> are ignored; any other unknown file or sheet is an error, so nothing is dropped silently.</para>
/// </remarks>
public static class DatasetReader
{
    /// <summary>Loads a dataset from a folder of CSV files or an <c>.xlsx</c> workbook.</summary>
    /// <param name="path">The folder or workbook.</param>
    /// <exception cref="DatasetException">
    /// The dataset cannot be read or is inconsistent. Every problem found is listed with its file and line
    /// (header = line 1).
    /// </exception>
    public static CooperationDataset Load(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            return LoadFolder(path);
        }

        if (File.Exists(path))
        {
            return string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase)
                ? LoadWorkbook(path)
                : throw new DatasetException(new DatasetProblem(path, null, "is neither a folder of CSV files nor an .xlsx workbook"));
        }

        throw new DatasetException(new DatasetProblem(path, null, "no such folder or .xlsx workbook"));
    }

    /// <summary>Loads a dataset from a folder holding <c>institutions.csv</c> and the other tables.</summary>
    /// <exception cref="DatasetException">The dataset cannot be read or is inconsistent.</exception>
    public static CooperationDataset LoadFolder(string folder)
    {
        var problems = new List<DatasetProblem>();
        var tables = new Dictionary<string, RawTable>(StringComparer.Ordinal);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        var files = Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string stem = Path.GetFileNameWithoutExtension(file);
            if (KnownTable(stem, file, problems) is not { } name)
            {
                continue;
            }

            if (tables.ContainsKey(name))
            {
                problems.Add(new DatasetProblem(file, null, $"a second file for table '{name}' (names differ only in case)"));
                continue;
            }

            try
            {
                tables[name] = CsvTableReader.Read(file, file, problems);
            }
            catch (DatasetException exception)
            {
                problems.AddRange(exception.Problems);
                unreadable.Add(name);
            }
        }

        return DatasetParser.Parse(tables, folder, name => $"{name}.csv", problems, unreadable);
    }

    /// <summary>Loads a dataset from an <c>.xlsx</c> workbook with one sheet per table.</summary>
    /// <exception cref="DatasetException">The workbook cannot be read or the dataset is inconsistent.</exception>
    public static CooperationDataset LoadWorkbook(string path)
    {
        var problems = new List<DatasetProblem>();
        var tables = new Dictionary<string, RawTable>(StringComparer.Ordinal);
        foreach (var (sheet, table) in XlsxTableReader.Read(path))
        {
            string stem = sheet.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? sheet[..^4] : sheet;
            if (KnownTable(stem, table.Label, problems) is { } name)
            {
                if (!tables.TryAdd(name, table))
                {
                    problems.Add(new DatasetProblem(table.Label, null, $"a second sheet for table '{name}'"));
                }
            }
        }

        return DatasetParser.Parse(tables, path, name => $"sheet '{name}'", problems);
    }

    private static string? KnownTable(string stem, string label, List<DatasetProblem> problems)
    {
        if (stem.StartsWith('_'))
        {
            return null;
        }

        string key = stem.Trim().ToLowerInvariant();
        foreach (var schema in TableSchema.All)
        {
            if (schema.Name == key)
            {
                return schema.Name;
            }
        }

        var nearest = TextKey.Nearest(stem, TableSchema.All.Select(s => s.Name));
        string hint = nearest is null ? $"known tables: {string.Join(", ", TableSchema.All.Select(s => s.Name))}" : $"did you mean '{nearest}'?";
        problems.Add(new DatasetProblem(label, null, $"is not a table of the dataset format; {hint} (prefix the name with '_' to keep it out of the dataset)"));
        return null;
    }
}
