using System.Globalization;
using System.Resources;

namespace CooperationGraph.Text;

/// <summary>
/// The words of what the library writes for people to read — the report, the dashboard, the charts, the workbooks'
/// sheet and column names, the notebook summaries — kept in <c>Words.resx</c> (English, the default) and
/// <c>Words.pl.resx</c> (Polish), chosen, as <see cref="Messages"/> are, by <see cref="CultureInfo.CurrentUICulture"/>
/// (the command-line tool sets it from <c>--lang</c>). Numbers in these texts are written as their readers write them
/// (<c>0.867</c>, in Polish <c>0,867</c>); CSV and JSON files never go through here and stay invariant.
/// </summary>
internal static class Words
{
    private static readonly ResourceManager Resources = new("CooperationGraph.Text.Words", typeof(Words).Assembly);

    private static readonly CultureInfo PolishNumbers = CultureInfo.GetCultureInfo("pl-PL");

    /// <summary>The reader's culture: Polish, or invariant for English. Numbers in the texts are formatted with it, and
    /// the messages that go with these words (an analysis window's description) are asked for in it.</summary>
    public static CultureInfo Numbers => Messages.Polish ? PolishNumbers : CultureInfo.InvariantCulture;

    /// <summary>The text <paramref name="key"/> in the current UI language, its placeholders filled as its readers write numbers.</summary>
    /// <exception cref="InvalidOperationException">No text has this key (a programming error, caught by the tests).</exception>
    public static string Get(string key, params object?[] args)
    {
        string template = Resources.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"No text '{key}' in the resources.");
        return args.Length == 0 ? template : string.Format(Numbers, template, args);
    }

    /// <summary>The text in a given culture (for the tests comparing languages); null when missing.</summary>
    internal static string? Template(string key, CultureInfo culture) => Resources.GetString(key, culture);

    /// <summary>A number to read: three decimals at most, 0 within 1e−12 of zero, "undefined" for NaN.</summary>
    public static string Number(double value) =>
        double.IsNaN(value) ? Get("Undefined") : ReadableNumber.Decimals(ReadableNumber.Clean(value), Numbers);

    /// <summary>A list joined by commas, or "none".</summary>
    public static string List(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count == 0 ? Get("None") : string.Join(", ", list);
    }

    /// <summary>A list joined by commas, or "none"; beyond <paramref name="max"/> items the first ones and how many more
    /// (<c>a, b … and 2,345 more (all in gaps.json)</c>).</summary>
    public static string List(IEnumerable<string> items, int max)
    {
        var list = items as IReadOnlyList<string> ?? items.ToList();
        return list.Count <= max ? List(list) : string.Join(", ", list.Take(max)) + Get("ListMore", list.Count - max);
    }

    /// <summary>A column's name as the reader's language names it: the CSV name in English, its Polish twin in Polish
    /// (<c>betweenness</c>, <c>pośrednictwo</c>); a column without a twin (a user's attribute, a sector code) keeps its name.</summary>
    public static string Column(string name) =>
        Messages.Polish ? Resources.GetString("Column_" + name, CultureInfo.CurrentUICulture) ?? name : name;

    /// <summary>An indicator's label in a chart (<c>activation rate</c>, <c>odsetek aktywnych</c>).</summary>
    public static string Label(string column) => Get("Label_" + column);

    /// <summary>A sector's code with its name in the reader's language: <c>OPS (Ośrodek Pomocy Społecznej)</c>.</summary>
    public static string Sector(string code, string namePl, string nameEn, bool polish)
    {
        string name = polish && namePl.Length > 0 ? namePl : nameEn.Length > 0 ? nameEn : namePl;
        return name.Length == 0 ? code : $"{code} ({name})";
    }

    /// <summary>The tick format of a date axis: Plotly's own labels in English, <c>2020-03</c> in Polish (plotly.js
    /// inlined in our pages carries English month names only).</summary>
    public static string? DateTicks => Messages.Polish ? "%Y-%m" : null;

    /// <summary>Yes or no.</summary>
    public static string YesNo(bool value) => Get(value ? "Yes" : "No");
}
