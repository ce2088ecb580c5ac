using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// Loads a <see cref="CooperationDataset"/> from a folder of CSV files or from one <c>.xlsx</c> workbook whose
/// sheets carry the same names.
/// </summary>
/// <remarks>
/// <para>The format: <c>institutions.csv</c> (<c>id,name,sector</c>; optional <c>unit,level,short_name</c>; further columns
/// kept as attributes), optional <c>sectors.csv</c> (<c>code,name_pl,name_en</c>), <c>declarations.csv</c>
/// (<c>id,title,signed_on</c>; optional <c>kind</c>) with <c>signatures.csv</c> (<c>declaration_id,institution_id</c>),
/// <c>actions.csv</c> (<c>id,title,kind,date</c>; optional <c>end_date,cost_pln,beneficiaries</c>) with
/// <c>participations.csv</c> (<c>action_id,institution_id</c>; optional <c>role</c>), and optional <c>ties.csv</c>
/// (<c>source,target</c>; optional <c>weight,layer</c>).</para>
/// <para>CSV files may be UTF-8 (with or without BOM) or Windows-1250, delimited by <c>,</c> or <c>;</c> (or tab);
/// dates are <c>YYYY-MM-DD</c> or <c>DD.MM.YYYY</c>; numbers take a decimal point or comma. Files and sheets whose
/// names start with <c>_</c> are ignored; any other unknown file or sheet is an error, so nothing is dropped silently.</para>
/// <para>Every table and column also has a Polish name (<c>instytucje.csv</c> with <c>id,nazwa,sektor,jednostka,poziom,nazwa_skrócona</c>,
/// <c>działania</c>, <c>udziały</c>…; see <c>TableSchema</c>), matched ignoring case, diacritics, spaces and underscores;
/// languages may differ between tables but not within one header. Workbooks are checked before they are opened
/// (at most 256 MB unpacked, no DTD).</para>
/// </remarks>
public static class DatasetReader
{
    /// <summary>Loads a dataset from a folder of CSV files or an <c>.xlsx</c> workbook.</summary>
    /// <param name="path">The folder or workbook.</param>
    /// <exception cref="DatasetException">
    /// The dataset cannot be read or is inconsistent. Every problem found is listed with its file and line
    /// (header = line 1).
    /// </exception>
    public static CooperationDataset Load(string path) => Load(path, out _);

    /// <summary>Loads a dataset and tells in which language its tables were named (to write it back the same way).</summary>
    /// <param name="path">The folder or workbook.</param>
    /// <param name="language">Polish when most headers were Polish, otherwise English.</param>
    /// <exception cref="DatasetException">The dataset cannot be read or is inconsistent.</exception>
    public static CooperationDataset Load(string path, out DatasetLanguage language) => Load(path, out language, out _);

    /// <summary>Loads a dataset, tells its language, and what was ignored on the way (an unknown column is a warning).</summary>
    /// <param name="path">The folder or workbook.</param>
    /// <param name="language">Polish when most headers were Polish, otherwise English.</param>
    /// <param name="warnings">Warnings, each located like a problem (<c>działania.csv:1: warning: unknown column 'uwagi' is ignored</c>).</param>
    /// <exception cref="DatasetException">The dataset cannot be read or is inconsistent; its warnings are listed with the problems.</exception>
    public static CooperationDataset Load(string path, out DatasetLanguage language, out IReadOnlyList<DatasetProblem> warnings)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (Directory.Exists(path))
        {
            return LoadFolder(path, out language, out warnings);
        }

        if (File.Exists(path))
        {
            return string.Equals(Path.GetExtension(path), ".xlsx", StringComparison.OrdinalIgnoreCase)
                ? LoadWorkbook(path, out language, out warnings)
                : throw new DatasetException(new DatasetProblem(path, null, Messages.Get("NotADataset")));
        }

        throw new DatasetException(new DatasetProblem(path, null, Messages.Get("NoSuchDataset")));
    }

    /// <summary>Loads a dataset from a folder holding <c>institutions.csv</c> (or <c>instytucje.csv</c>) and the other tables.</summary>
    /// <exception cref="DatasetException">The dataset cannot be read or is inconsistent.</exception>
    public static CooperationDataset LoadFolder(string folder) => LoadFolder(folder, out _, out _);

    private static CooperationDataset LoadFolder(string folder, out DatasetLanguage language, out IReadOnlyList<DatasetProblem> warnings)
    {
        var problems = new List<DatasetProblem>();
        var tables = new Dictionary<string, RawTable>(StringComparer.Ordinal);
        var unreadable = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new List<DatasetLanguage?>();
        var files = Directory.EnumerateFiles(folder, "*.csv").Order(StringComparer.Ordinal);
        int unknown = 0;
        foreach (var file in files)
        {
            string stem = Path.GetFileNameWithoutExtension(file);
            if (KnownTable(stem, file, problems, names, ref unknown) is not { } name)
            {
                continue;
            }

            if (tables.ContainsKey(name) || unreadable.ContainsKey(name))
            {
                problems.Add(new DatasetProblem(file, null, Messages.Get("SecondFile", name)));
                continue;
            }

            try
            {
                tables[name] = CsvTableReader.Read(file, file, problems);
            }
            catch (DatasetException exception)
            {
                problems.AddRange(exception.Problems);
                unreadable[name] = file;
            }
        }

        MoreUnknown(folder, unknown, problems);
        var named = NameLanguage(names);
        return DatasetParser.Parse(tables, folder, name => Find(name).TableName(named) + ".csv", problems, unreadable, out language, out warnings);
    }

    /// <summary>Loads a dataset from an <c>.xlsx</c> workbook with one sheet per table (an <c>instructions</c> or
    /// <c>instrukcja</c> sheet, sheets whose names start with <c>_</c> and empty sheets of other names are skipped).</summary>
    /// <exception cref="DatasetException">The workbook cannot be read, would unpack to more than 256 MB, or the dataset is inconsistent.</exception>
    public static CooperationDataset LoadWorkbook(string path) => LoadWorkbook(path, out _, out _);

    private static CooperationDataset LoadWorkbook(string path, out DatasetLanguage language, out IReadOnlyList<DatasetProblem> warnings)
    {
        var problems = new List<DatasetProblem>();
        var tables = new Dictionary<string, RawTable>(StringComparer.Ordinal);
        var names = new List<DatasetLanguage?>();
        var empty = new Dictionary<string, string>(StringComparer.Ordinal);
        int unknown = 0;
        foreach (var (sheet, label, table) in XlsxTableReader.ReadSheets(path))
        {
            string stem = sheet.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? sheet[..^4] : sheet;
            if (KnownTable(stem, label, problems, names, ref unknown, reportUnknown: table is not null) is not { } name)
            {
                continue;
            }

            if (tables.ContainsKey(name) || empty.ContainsKey(name))
            {
                problems.Add(new DatasetProblem(label, null, Messages.Get("SecondSheet", name)));
            }
            else if (table is null)
            {
                problems.Add(new DatasetProblem(label, null, Messages.Get("EmptySheet")));
                empty[name] = label;
            }
            else
            {
                tables[name] = table;
            }
        }

        MoreUnknown(path, unknown, problems);
        var named = NameLanguage(names);
        return DatasetParser.Parse(tables, path, name => Messages.Get("SheetName", Find(name).TableName(named)), problems, empty, out language, out warnings);
    }

    /// <summary>Unknown files or sheets named one by one; the rest are counted in one line.</summary>
    private const int ShownUnknownTables = 3;

    private static void MoreUnknown(string label, int unknown, List<DatasetProblem> problems)
    {
        if (unknown > ShownUnknownTables)
        {
            problems.Add(new DatasetProblem(label, null, Messages.Get("MoreUnknownTables", Messages.Count(unknown - ShownUnknownTables))));
        }
    }

    /// <summary>Names of sheets that explain the template and are not tables.</summary>
    internal static readonly string[] InstructionSheets = ["instructions", "instrukcja"];

    private static TableSchema Find(string name) => TableSchema.All.First(s => s.Name == name);

    private static DatasetLanguage NameLanguage(List<DatasetLanguage?> names) =>
        names.Count(l => l == DatasetLanguage.Polish) > names.Count(l => l == DatasetLanguage.English) || (names.All(l => l is null) && Messages.Polish)
            ? DatasetLanguage.Polish
            : DatasetLanguage.English;

    /// <summary>The table a file or sheet name stands for; null for ignored names and, with a problem unless
    /// <paramref name="reportUnknown"/> is false (an empty sheet holds nothing to lose), for unknown ones.</summary>
    private static string? KnownTable(string stem, string label, List<DatasetProblem> problems, List<DatasetLanguage?> languages, ref int unknown, bool reportUnknown = true)
    {
        if (stem.StartsWith('_') || InstructionSheets.Any(s => TableSchema.Key(s) == TableSchema.Key(stem)))
        {
            return null;
        }

        if (TableSchema.Find(stem, out var language) is { } schema)
        {
            languages.Add(language);
            return schema.Name;
        }

        if (!reportUnknown || ++unknown > ShownUnknownTables)
        {
            return null;
        }

        var all = TableSchema.All.SelectMany(s => new[] { s.Name, s.PolishName }).ToArray();
        var nearest = TextKey.Nearest(stem, all);
        var listed = TableSchema.All.Select(s => Messages.Polish ? s.PolishName : s.Name);
        string hint = nearest is null ? Messages.Get("KnownTables", string.Join(", ", listed)) : Messages.Get("DidYouMean", nearest);
        problems.Add(new DatasetProblem(label, null, Messages.Get("UnknownTable", hint)));
        return null;
    }
}
