using System.Globalization;
using System.Text;

namespace CooperationGraph.Text;

/// <summary>Normalises names and codes for forgiving lookups: case-, diacritics- and punctuation-insensitive.</summary>
internal static class TextKey
{
    /// <summary>
    /// Upper-cases, removes diacritics (including ł→L, which does not decompose) and turns every run of
    /// other characters into one underscore: "Szkoła podstawowa" → "SZKOLA_PODSTAWOWA", "ŚDS" → "SDS".
    /// </summary>
    public static string Normalize(string text)
    {
        var decomposed = text.Trim().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        bool pendingSeparator = false;
        foreach (char raw in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(raw) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            char c = raw switch
            {
                'ł' or 'Ł' => 'L',
                _ => char.ToUpperInvariant(raw),
            };
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSeparator && builder.Length > 0)
                {
                    builder.Append('_');
                }

                pendingSeparator = false;
                builder.Append(c);
            }
            else
            {
                pendingSeparator = true;
            }
        }

        return builder.ToString();
    }

    /// <summary>The candidate closest to <paramref name="text"/> by edit distance of normalised keys, if any is reasonably close.</summary>
    public static string? Nearest(string text, IEnumerable<string> candidates)
    {
        string key = Normalize(text);
        string? best = null;
        int bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            int distance = Levenshtein(key, Normalize(candidate));
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        int allowed = Math.Max(2, key.Length / 2);
        return bestDistance <= allowed ? best : null;
    }

    /// <summary>
    /// The known id that <paramref name="id"/> is very likely a typo of: at most two edits away (ignoring case,
    /// diacritics and separators) and, where both ids have one, with the same leading code (the part before the first
    /// separator, such as the sector in <c>PUP_LIPNO</c>), so that <c>PPP_LIPNO</c> is never taken for <c>PUP_LIPNO</c>,
    /// another institution.
    /// Null when none is that near.
    /// </summary>
    public static string? NearId(string id, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(known);
        string key = Normalize(id);
        string? code = Code(key);
        string? best = null;
        int bestDistance = 3;
        foreach (var candidate in known)
        {
            if (Math.Abs(candidate.Length - id.Length) > 2)
            {
                continue;
            }

            string other = Normalize(candidate);
            int distance = code is null || Code(other) is not { } otherCode || otherCode == code ? Levenshtein(key, other) : int.MaxValue;
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static string? Code(string key) => key.IndexOf('_', StringComparison.Ordinal) is > 0 and int end ? key[..end] : null;

    internal static int Levenshtein(string a, string b)
    {
        Span<int> previous = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 256 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (int j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (int i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (int j = 1; j <= b.Length; j++)
            {
                int cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
