using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>
/// The columns one table of the dataset format has: required, optional, and whether others are kept; with the Polish
/// name of the table and of each column beside the English one. Names match ignoring case, diacritics, spaces and
/// underscores (<c>Data podpisania</c> = <c>data_podpisania</c> = <c>signed_on</c>'s Polish name).
/// </summary>
internal sealed record TableSchema(string Name, string[] Required, string[] Optional, bool KeepsExtraColumns = false)
{
    public static readonly TableSchema Institutions = new("institutions", ["id", "name", "sector"], ["unit", "level", "short_name"], KeepsExtraColumns: true)
    { PolishName = "instytucje", PolishColumns = ["id", "nazwa", "sektor", "jednostka", "poziom", "nazwa_skrócona"] };

    public static readonly TableSchema Sectors = new("sectors", ["code", "name_pl", "name_en"], [])
    { PolishName = "sektory", PolishColumns = ["kod", "nazwa_pl", "nazwa_en"] };

    public static readonly TableSchema Declarations = new("declarations", ["id", "title", "signed_on"], ["kind"])
    { PolishName = "deklaracje", PolishColumns = ["id", "tytuł", "data_podpisania", "rodzaj"] };

    public static readonly TableSchema Signatures = new("signatures", ["declaration_id", "institution_id"], [])
    { PolishName = "podpisy", PolishColumns = ["id_deklaracji", "id_instytucji"] };

    public static readonly TableSchema Actions = new("actions", ["id", "title", "kind", "date"], ["end_date", "cost_pln", "beneficiaries"])
    { PolishName = "działania", PolishColumns = ["id", "tytuł", "rodzaj", "data", "data_końcowa", "koszt_pln", "beneficjenci"] };

    public static readonly TableSchema Participations = new("participations", ["action_id", "institution_id"], ["role"])
    { PolishName = "udziały", PolishColumns = ["id_działania", "id_instytucji", "rola"] };

    public static readonly TableSchema Ties = new("ties", ["source", "target"], ["weight", "layer", "date", "end_date"])
    { PolishName = "powiązania", PolishColumns = ["źródło", "cel", "waga", "warstwa", "data", "data_końcowa"] };

    public static readonly TableSchema Beneficiaries = new("beneficiaries", ["family_id", "action_id"], [])
    { PolishName = "beneficjenci", PolishColumns = ["id_rodziny", "id_działania"] };

    public static readonly TableSchema Survey = new("survey", ["respondent_id", "partner_id", "level"], ["reliability", "mission", "openness", "power", "involvement", "resources", "date"], KeepsExtraColumns: true)
    { PolishName = "ankieta", PolishColumns = ["id_respondenta", "id_partnera", "poziom", "niezawodność", "misja", "otwartość", "wpływ", "zaangażowanie", "zasoby", "data"] };

    public static readonly TableSchema Respondents = new("respondents", ["institution_id", "responded"], [])
    { PolishName = "respondenci", PolishColumns = ["id_instytucji", "odpowiedziała"] };

    public static readonly TableSchema[] All = [Institutions, Sectors, Declarations, Signatures, Actions, Participations, Ties, Beneficiaries, Survey, Respondents];

    /// <summary>The table's Polish file and sheet name; the English one when none is given.</summary>
    public string PolishName { get; init; } = Name;

    /// <summary>The Polish column names in the order of <see cref="Columns"/>; empty when they are the English ones.</summary>
    public string[] PolishColumns { get; init; } = [];

    public IEnumerable<string> Columns => Required.Concat(Optional);

    /// <summary>How names are compared: upper case, no diacritics, no spaces or underscores.</summary>
    public static string Key(string text) => TextKey.Normalize(text).Replace("_", "", StringComparison.Ordinal);

    /// <summary>The schema a file or sheet name stands for, in English or Polish, and which language it is in.</summary>
    public static TableSchema? Find(string name, out DatasetLanguage? language)
    {
        string key = Key(name);
        foreach (var schema in All)
        {
            if (Key(schema.Name) == key)
            {
                language = Key(schema.PolishName) == key ? null : DatasetLanguage.English;
                return schema;
            }

            if (Key(schema.PolishName) == key)
            {
                language = DatasetLanguage.Polish;
                return schema;
            }
        }

        language = null;
        return null;
    }

    /// <summary>The table's file or sheet name (without extension) in a language.</summary>
    public string TableName(DatasetLanguage language) => language == DatasetLanguage.Polish ? PolishName : Name;

    /// <summary>A column's name in a language, from its English name.</summary>
    public string ColumnName(string column, DatasetLanguage language)
    {
        if (language != DatasetLanguage.Polish || PolishColumns.Length == 0)
        {
            return column;
        }

        int index = Columns.ToList().IndexOf(column);
        return index < 0 ? column : PolishColumns[index];
    }

    /// <summary>All column names in a language, in order.</summary>
    public string[] ColumnNames(DatasetLanguage language) => [.. Columns.Select(c => ColumnName(c, language))];

    /// <summary>The English name of the column a header name stands for, and its language (null when both languages spell it alike).</summary>
    public string? Match(string header, out DatasetLanguage? language)
    {
        string key = Key(header);
        foreach (var column in Columns)
        {
            bool english = Key(column) == key;
            bool polish = Key(ColumnName(column, DatasetLanguage.Polish)) == key;
            if (english || polish)
            {
                language = english && polish ? null : english ? DatasetLanguage.English : DatasetLanguage.Polish;
                return column;
            }
        }

        language = null;
        return null;
    }

    /// <summary>
    /// Maps the header to this schema. Returns null (after adding problems) when a required column is missing,
    /// a column is repeated, or English and Polish names are mixed. An unknown column where extra columns are not kept
    /// is a warning and is ignored (unless it is the likely misspelling of a missing required column, which that
    /// column's problem names); a column whose name starts with <c>_</c> is ignored silently.
    /// </summary>
    public ColumnMap? Map(RawTable table, List<DatasetProblem> problems)
    {
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        var written = new Dictionary<string, string>(StringComparer.Ordinal);
        var extras = new List<(string Name, int Index)>();
        var extraKeys = new HashSet<string>(StringComparer.Ordinal);
        var unknown = new List<string>();
        string? englishName = null, polishName = null;
        bool failed = false;
        void Add(string message)
        {
            problems.Add(new DatasetProblem(table.Label, table.HeaderLine, message));
            failed = true;
        }

        for (int i = 0; i < table.Header.Length; i++)
        {
            string name = table.Header[i].Trim();
            if (name.Length == 0)
            {
                if (table.Rows.Any(row => i < row.Fields.Length && !string.IsNullOrWhiteSpace(row.Fields[i])))
                {
                    Add(Messages.Get("ColumnWithoutName", i + 1));
                }

                continue;
            }

            if (name.StartsWith('_'))
            {
                continue;
            }

            var column = Match(name, out var language);
            if ((column is not null && indexes.ContainsKey(column)) || (column is null && KeepsExtraColumns && !extraKeys.Add(Key(name))))
            {
                Add(Messages.Get("ColumnTwice", Messages.Quote(name)));
            }
            else if (column is not null)
            {
                indexes[column] = i;
                written[column] = name;
                englishName ??= language == DatasetLanguage.English ? name : null;
                polishName ??= language == DatasetLanguage.Polish ? name : null;
            }
            else if (KeepsExtraColumns)
            {
                extras.Add((name, i));
            }
            else
            {
                unknown.Add(name);
            }
        }

        if (englishName is not null && polishName is not null)
        {
            Add(Messages.Get("MixedLanguages", Messages.Quote(englishName), Messages.Quote(polishName)));
        }

        var tableLanguage = polishName is not null && englishName is null ? DatasetLanguage.Polish
            : englishName is null && Messages.Polish ? DatasetLanguage.Polish : DatasetLanguage.English;
        var free = Columns.Where(c => !indexes.ContainsKey(c)).SelectMany(c => new[] { c, ColumnName(c, DatasetLanguage.Polish) }).Distinct().ToArray();
        var meant = new HashSet<string>(StringComparer.Ordinal);
        foreach (var column in Required.Where(c => !indexes.ContainsKey(c)))
        {
            string message = Messages.Get("RequiredColumnMissing", ColumnName(column, tableLanguage), string.Join(",", Required.Select(c => ColumnName(c, tableLanguage))))
                + (Optional.Length > 0 ? Messages.Get("OptionalColumns", string.Join(",", Optional.Select(c => ColumnName(c, tableLanguage)))) : "");
            var candidates = extras.Select(e => e.Name).Concat(unknown).ToList();
            var near = TextKey.Nearest(ColumnName(column, tableLanguage), candidates)
                ?? TextKey.Nearest(ColumnName(column, tableLanguage == DatasetLanguage.Polish ? DatasetLanguage.English : DatasetLanguage.Polish), candidates);
            if (near is not null)
            {
                meant.Add(near);
            }

            Add(near is null ? message : message + Messages.Get("ColumnMaybe", Messages.Quote(near)));
        }

        foreach (var name in unknown.Where(n => !meant.Contains(n)))
        {
            var nearest = TextKey.Nearest(name, free);
            string hint = nearest is null ? string.Empty : Messages.Get("DidYouMeanSuffix", nearest);
            problems.Add(new DatasetProblem(table.Label, table.HeaderLine, Messages.Get("UnknownColumnIgnored", Messages.Quote(name), hint), IsWarning: true));
        }

        return failed ? null : new ColumnMap(this, table, indexes, written, extras, polishName is not null ? DatasetLanguage.Polish : englishName is not null ? DatasetLanguage.English : null);
    }
}
