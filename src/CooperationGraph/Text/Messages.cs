using System.Globalization;
using System.Resources;

[assembly: NeutralResourcesLanguage("en")]

namespace CooperationGraph;

/// <summary>
/// The messages the library shows to people, kept in <c>Messages.resx</c> (English, the default) and
/// <c>Messages.pl.resx</c> (Polish), chosen by <see cref="CultureInfo.CurrentUICulture"/>. Values quoted in a message
/// are cut to <see cref="QuoteLimit"/> characters, so a 2 000-character cell never floods the screen. Public so that
/// programs built on the library (the command-line tool among them) speak in the same words and language.
/// </summary>
public static class Messages
{
    /// <summary>The most characters of a value a message quotes.</summary>
    public const int QuoteLimit = 80;

    private static readonly ResourceManager Resources = new("CooperationGraph.Text.Messages", typeof(Messages).Assembly);

    /// <summary>Whether messages come out in Polish (the current UI culture is Polish).</summary>
    public static bool Polish => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "pl";

    /// <summary>The message <paramref name="key"/> in the current UI language, its placeholders filled invariantly.</summary>
    /// <exception cref="InvalidOperationException">No message has this key (a programming error, caught by the tests).</exception>
    public static string Get(string key, params object?[] args)
    {
        string template = Resources.GetString(key, CultureInfo.CurrentUICulture)
            ?? throw new InvalidOperationException($"No message '{key}' in the resources.");
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    /// <summary>The message <paramref name="key"/> in a given culture, whatever the current one (a template in the language asked for).</summary>
    public static string In(CultureInfo culture, string key, params object?[] args)
    {
        string template = Resources.GetString(key, culture) ?? throw new InvalidOperationException($"No message '{key}' in the resources.");
        return args.Length == 0 ? template : string.Format(CultureInfo.InvariantCulture, template, args);
    }

    /// <summary><c>'value'</c>, or for a long value its first <see cref="QuoteLimit"/> characters: <c>'AAAA…' (2 000 characters)</c>.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Length <= QuoteLimit)
        {
            return Get("Quoted", value);
        }

        int cut = char.IsHighSurrogate(value[QuoteLimit - 1]) ? QuoteLimit - 1 : QuoteLimit;
        return Get("QuotedLong", value[..cut], Count(value.Length));
    }

    /// <summary>A count with its thousands set apart by spaces: <c>134</c>, <c>2 000</c>, <c>1 048 576</c>.</summary>
    public static string Count(long count) =>
        count.ToString("#,0", new NumberFormatInfo { NumberGroupSeparator = " ", NumberGroupSizes = [3] });
}
