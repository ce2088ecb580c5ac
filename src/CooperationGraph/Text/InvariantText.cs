using System.Globalization;

namespace CooperationGraph.Text;

/// <summary>
/// The one way the library writes a day and a number for machines and for both languages alike: a day as ISO 8601
/// (<c>2020-02-03</c>), a number at round-trip precision in the invariant culture (<c>0.1</c>, <c>1E-17</c>), a table
/// cell as CSV holds it. Numbers for people to read go through <see cref="ReadableNumber"/> instead.
/// </summary>
internal static class InvariantText
{
    /// <summary>The format of a day, for writing and for reading back: <c>yyyy-MM-dd</c>.</summary>
    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>A day as ISO 8601: <c>2020-02-03</c>.</summary>
    public static string Day(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>A time of day after its day: <c>2020-02-03 14:05:00</c>.</summary>
    public static string Time(DateTime time) => time.ToString(DayFormat + " HH:mm:ss", CultureInfo.InvariantCulture);

    /// <summary>A number that reads back to the same bits: <c>0.1</c>, <c>1E-17</c>, <c>NaN</c>.</summary>
    public static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    /// <summary>A cell as a CSV file holds it: empty for null, NaN and infinities, <c>true</c>/<c>false</c>,
    /// <see cref="Number"/> for doubles, anything else formattable in the invariant culture.</summary>
    public static string Cell(object? value) => value switch
    {
        null => string.Empty,
        double number when !double.IsFinite(number) => string.Empty,
        bool flag => flag ? "true" : "false",
        double number => Number(number),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
