using System.Globalization;
using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>
/// Interprets single fields of the dataset format, forgiving about what Polish spreadsheets write (DD.MM.YYYY
/// dates, decimal commas, spaces between thousands, Polish words for kinds and roles) and precise about errors.
/// </summary>
internal static class FieldParser
{
    private static readonly Dictionary<string, JointActionKind> ActionKinds = Vocabulary<JointActionKind>(
        (JointActionKind.Meeting, ["meeting", "spotkanie", "posiedzenie", "zebranie"]),
        (JointActionKind.Training, ["training", "szkolenie", "warsztaty", "warsztat", "workshop"]),
        (JointActionKind.StudyVisit, ["study_visit", "study visit", "wizyta studyjna", "wizyta"]),
        (JointActionKind.Research, ["research", "badanie", "badania", "fokus", "focus"]),
        (JointActionKind.Service, ["service", "usługa", "usługi"]),
        (JointActionKind.Event, ["event", "wydarzenie", "impreza", "festyn"]),
        (JointActionKind.Other, ["other", "inne", "inny"]));

    private static readonly Dictionary<string, DeclarationKind> DeclarationKinds = Vocabulary<DeclarationKind>(
        (DeclarationKind.Declaration, ["declaration", "deklaracja", "deklaracja współpracy"]),
        (DeclarationKind.Agreement, ["agreement", "porozumienie", "umowa"]));

    private static readonly Dictionary<string, ParticipantRole> Roles = Vocabulary<ParticipantRole>(
        (ParticipantRole.Participant, ["participant", "uczestnik"]),
        (ParticipantRole.Partner, ["partner", "współorganizator", "co-organiser", "co-organizer"]),
        (ParticipantRole.Lead, ["lead", "leader", "lider", "organizator", "prowadzący", "koordynator", "organiser", "organizer"]));

    private static readonly Dictionary<string, TerritorialLevel> Levels = Vocabulary<TerritorialLevel>(
        (TerritorialLevel.Gmina, ["gmina", "municipality", "commune", "gminny"]),
        (TerritorialLevel.Powiat, ["powiat", "county", "district", "powiatowy"]),
        (TerritorialLevel.Voivodeship, ["voivodeship", "województwo", "region", "wojewódzki", "regional"]),
        (TerritorialLevel.National, ["national", "krajowy", "kraj", "country"]));

    /// <summary>The Polish word written for each value (the first of its Polish words above).</summary>
    private static readonly Dictionary<string, string> PolishWords = new(StringComparer.Ordinal)
    {
        ["Meeting"] = "spotkanie", ["Training"] = "szkolenie", ["StudyVisit"] = "wizyta studyjna", ["Research"] = "badanie",
        ["Service"] = "usługa", ["Event"] = "wydarzenie", ["Other"] = "inne",
        ["Declaration"] = "deklaracja", ["Agreement"] = "porozumienie",
        ["Participant"] = "uczestnik", ["Partner"] = "partner", ["Lead"] = "lider",
        ["Gmina"] = "gmina", ["Powiat"] = "powiat", ["Voivodeship"] = "województwo", ["National"] = "krajowy",
    };

    public static bool TryDate(string text, string column, Action<string> fail, out DateOnly date)
    {
        date = default;
        string[] formats = [InvariantText.DayFormat, "yyyy-M-d", "dd.MM.yyyy", "d.M.yyyy"];
        if (DateOnly.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        bool looksLikeDate = System.Text.RegularExpressions.Regex.IsMatch(text, @"^(\d{4}-\d{1,2}-\d{1,2}|\d{1,2}\.\d{1,2}\.\d{4})$");
        fail(Messages.Get(looksLikeDate ? "ImpossibleDate" : "NotADate", column, Messages.Quote(text)));
        return false;
    }

    public static bool TryDecimal(string text, string column, Action<string> fail, out decimal value)
    {
        string normalized = NormalizeNumber(text);
        if (decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        fail(Messages.Get("NotANumber", column, Messages.Quote(text)));
        return false;
    }

    public static bool TryDouble(string text, string column, Action<string> fail, out double value)
    {
        string normalized = NormalizeNumber(text);
        if (double.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent, CultureInfo.InvariantCulture, out value)
            && double.IsFinite(value))
        {
            return true;
        }

        fail(Messages.Get("NotANumber", column, Messages.Quote(text)));
        return false;
    }

    public static bool TryCount(string text, string column, Action<string> fail, out int value)
    {
        string normalized = NormalizeNumber(text);
        if (int.TryParse(normalized, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value))
        {
            return true;
        }

        if (decimal.TryParse(normalized, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var whole)
            && whole == decimal.Truncate(whole) && whole is >= int.MinValue and <= int.MaxValue)
        {
            value = (int)whole;
            return true;
        }

        fail(Messages.Get("NotAWholeNumber", column, Messages.Quote(text)));
        return false;
    }

    public static bool TryActionKind(string text, Action<string> fail, out JointActionKind kind) => TryWord(text, "kind", ActionKinds, fail, out kind);

    public static bool TryActionKind(string text, string column, Action<string> fail, out JointActionKind kind, DatasetLanguage? language = null) => TryWord(text, column, ActionKinds, fail, out kind, language);

    public static bool TryDeclarationKind(string text, Action<string> fail, out DeclarationKind kind) => TryWord(text, "kind", DeclarationKinds, fail, out kind);

    public static bool TryDeclarationKind(string text, string column, Action<string> fail, out DeclarationKind kind, DatasetLanguage? language = null) => TryWord(text, column, DeclarationKinds, fail, out kind, language);

    public static bool TryRole(string text, Action<string> fail, out ParticipantRole role) => TryWord(text, "role", Roles, fail, out role);

    public static bool TryRole(string text, string column, Action<string> fail, out ParticipantRole role, DatasetLanguage? language = null) => TryWord(text, column, Roles, fail, out role, language);

    public static bool TryLevel(string text, Action<string> fail, out TerritorialLevel level) => TryWord(text, "level", Levels, fail, out level);

    public static bool TryLevel(string text, string column, Action<string> fail, out TerritorialLevel level, DatasetLanguage? language = null) => TryWord(text, column, Levels, fail, out level, language);

    /// <summary>The word for a value in a language: the canonical English word, or the first Polish word of its vocabulary
    /// (<c>spotkanie</c>, <c>wizyta studyjna</c>, <c>lider</c>, <c>województwo</c>).</summary>
    public static string Word<T>(T value, DatasetLanguage language)
        where T : struct, Enum => language == DatasetLanguage.Polish ? PolishWord(value) : Word(value);

    /// <summary>Every word a drop-down list offers for <typeparamref name="T"/> in a language, in the enumeration's order.</summary>
    public static string[] Words<T>(DatasetLanguage language)
        where T : struct, Enum => [.. Enum.GetValues<T>().Select(v => Word(v, language))];

    private static string PolishWord<T>(T value)
        where T : struct, Enum => value switch
        {
            JointActionKind kind => PolishWords[kind.ToString()],
            DeclarationKind kind => PolishWords[kind.ToString()],
            ParticipantRole role => PolishWords[role.ToString()],
            TerritorialLevel level => PolishWords[level.ToString()],
            _ => Word(value),
        };

    /// <summary>The canonical word for a value in the dataset format (<c>study_visit</c>, <c>lead</c>, <c>powiat</c>).</summary>
    public static string Word<T>(T value)
        where T : struct, Enum => TextKey.Normalize(value switch
        {
            JointActionKind.StudyVisit => "study_visit",
            _ => value.ToString(),
        }).ToLowerInvariant();

    /// <summary>Removes spaces between thousands and makes the decimal separator a point: "56 340,50" → "56340.50".</summary>
    private static string NormalizeNumber(string text)
    {
        string compact = text.Replace(" ", "", StringComparison.Ordinal).Replace("\u00A0", "", StringComparison.Ordinal).Replace("\u202F", "", StringComparison.Ordinal);
        int comma = compact.LastIndexOf(',');
        int point = compact.LastIndexOf('.');
        if (comma >= 0 && point >= 0)
        {
            return comma > point
                ? compact.Replace(".", "", StringComparison.Ordinal).Replace(',', '.')
                : compact.Replace(",", "", StringComparison.Ordinal);
        }

        return compact.Replace(',', '.');
    }

    /// <summary>Reads a word of a vocabulary; an unknown word is reported with the nearest known one, in the table's language.</summary>
    private static bool TryWord<T>(string text, string column, Dictionary<string, T> vocabulary, Action<string> fail, out T value, DatasetLanguage? language = null)
        where T : struct, Enum
    {
        if (vocabulary.TryGetValue(TextKey.Normalize(text), out value))
        {
            return true;
        }

        var words = language ?? DatasetLanguage.English;
        var nearest = TextKey.Nearest(text, vocabulary.Keys);
        string hint = nearest is null
            ? Messages.Get("ExpectedOneOf", string.Join(", ", Words<T>(words)))
            : Messages.Get("DidYouMean", Word(vocabulary[nearest], words));
        fail(Messages.Get("UnknownWord", column, Messages.Quote(text), hint));
        return false;
    }

    private static Dictionary<string, T> Vocabulary<T>(params (T Value, string[] Words)[] entries)
        where T : struct, Enum
    {
        var map = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (value, words) in entries)
        {
            map[TextKey.Normalize(value.ToString())] = value;
            foreach (var word in words)
            {
                map[TextKey.Normalize(word)] = value;
            }
        }

        return map;
    }
}
