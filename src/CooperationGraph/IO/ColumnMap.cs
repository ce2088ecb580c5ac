namespace CooperationGraph.IO;

/// <summary>Where each column of a schema sits in one table's records, and how the file wrote its name.</summary>
internal sealed class ColumnMap(TableSchema schema, RawTable table, Dictionary<string, int> indexes, Dictionary<string, string> written, List<(string Name, int Index)> extras, DatasetLanguage? language)
{
    public List<(string Name, int Index)> Extras => extras;

    /// <summary>The language of the header's names; null when every name it holds is the same in both (<c>id</c>).</summary>
    public DatasetLanguage? Language => language;

    /// <summary>Whether the header holds the column.</summary>
    public bool Has(string column) => indexes.ContainsKey(column);

    /// <summary>The trimmed value of a column in a record, or empty when the column is absent.</summary>
    public string Get(RawRow row, string column) =>
        indexes.TryGetValue(column, out int index) ? Field(row, index) : string.Empty;

    /// <summary>A column's name as the file wrote it (for messages), or in the header's language when absent.</summary>
    public string Name(string column) =>
        written.TryGetValue(column, out var name) ? name : schema.ColumnName(column, language ?? DatasetLanguage.English);

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
            problems.Add(new DatasetProblem(table.Label, row.Line, Messages.Get("TooFewFields", row.Fields.Length, width)));
            return false;
        }

        for (int i = width; i < row.Fields.Length; i++)
        {
            if (!string.IsNullOrWhiteSpace(row.Fields[i]))
            {
                problems.Add(new DatasetProblem(table.Label, row.Line, Messages.Get("ExtraValue", row.Fields.Length, width, Messages.Quote(row.Fields[i].Trim()))));
                return false;
            }
        }

        return true;
    }
}
