namespace CooperationGraph.IO;

/// <summary>
/// Keeps text taken from input from being read as a formula when a CSV file is opened in a spreadsheet
/// (OWASP "CSV injection"): a text cell starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or carriage return
/// is written with a leading apostrophe. <see cref="Unguard"/> undoes it on reading, so data round-trips exactly.
/// </summary>
internal static class SpreadsheetText
{
    public static bool IsTrigger(char c) => c is '=' or '+' or '-' or '@' or '\t' or '\r';

    /// <summary>The text as it is safe to write into a CSV text cell.</summary>
    public static string Guard(string text) =>
        text.Length > 0 && (IsTrigger(text[0]) || (text[0] == '\'' && text.Length > 1 && (IsTrigger(text[1]) || text[1] == '\'')))
            ? "'" + text
            : text;

    /// <summary>The inverse of <see cref="Guard"/>.</summary>
    public static string Unguard(string text) =>
        text.Length > 1 && text[0] == '\'' && (IsTrigger(text[1]) || text[1] == '\'')
            ? text[1..]
            : text;
}
