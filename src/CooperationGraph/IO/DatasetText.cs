using CooperationGraph.IO;
namespace CooperationGraph;

/// <summary>
/// The dataset format's words and dates for programs built on the library (the command-line tool among them): the
/// same rules <see cref="DatasetReader"/> applies to a file's fields.
/// </summary>
public static class DatasetText
{
    /// <summary>A date written <c>YYYY-MM-DD</c> or <c>DD.MM.YYYY</c>.</summary>
    /// <param name="text">The text; surrounding spaces are ignored.</param>
    /// <param name="field">How the message names the value, e.g. <c>--from</c>.</param>
    /// <exception cref="FormatException">Not a date, or an impossible one; the message says which and names the field.</exception>
    public static DateOnly ParseDate(string text, string field)
    {
        ArgumentNullException.ThrowIfNull(text);
        string message = string.Empty;
        return FieldParser.TryDate(text.Trim(), field, m => message = m, out var date) ? date : throw new FormatException(message);
    }

    /// <summary>The dataset format's word for a kind, role or level (<c>study_visit</c>, <c>lead</c>, <c>powiat</c>).</summary>
    public static string Word<T>(T value)
        where T : struct, Enum => FieldParser.Word(value);

    /// <summary>The dataset format's word for a kind, role or level in the given language (<c>wizyta studyjna</c>, <c>lider</c>).</summary>
    public static string Word<T>(T value, DatasetLanguage language)
        where T : struct, Enum => FieldParser.Word(value, language);

    /// <summary>A table's file or sheet name in a language: <c>TableName("actions", DatasetLanguage.Polish)</c> is <c>działania</c>.</summary>
    /// <param name="table">The table's English name (<c>institutions</c>, <c>actions</c>…), or its Polish one.</param>
    /// <param name="language">The language wanted.</param>
    /// <exception cref="ArgumentException">No table has that name.</exception>
    public static string TableName(string table, DatasetLanguage language) =>
        (TableSchema.Find(table, out _) ?? throw new ArgumentException($"No dataset table is named '{table}'.", nameof(table))).TableName(language);
}
