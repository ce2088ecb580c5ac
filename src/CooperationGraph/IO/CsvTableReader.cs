using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CooperationGraph.IO;

/// <summary>
/// Reads one CSV file into a <see cref="RawTable"/>, streaming: the file is opened through <see cref="InputFile"/>
/// (regular files up to its cap), its encoding found by <see cref="TextDecoder.Detect"/> in one pass through a small
/// buffer, the delimiter (<c>,</c>, <c>;</c> or tab, whichever the header uses most) from its first line, and the text is
/// parsed with CsvHelper (RFC 4180) as it is decoded, tracking the line each record starts on (line breaks inside
/// quoted fields counted). Memory holds the table's cells, not copies of the file.
/// </summary>
internal static class CsvTableReader
{
    private const int HeadBytes = 1 << 13;
    private const int BufferBytes = 1 << 16;

    public static RawTable Read(string path, string label, List<DatasetProblem> problems)
    {
        using var stream = InputFile.Open(path, label);
        try
        {
            var encoding = TextDecoder.Detect(stream, label);
            long start = stream.Position;
            char delimiter = DetectDelimiter(Head(stream, encoding));
            stream.Position = start;
            int buffer = (int)Math.Clamp(stream.Length - start, 256, BufferBytes);
            using var reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, bufferSize: buffer, leaveOpen: true);
            return Parse(reader, delimiter, label, problems);
        }
        catch (DecoderFallbackException)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("NotUtf8Nor1250")));
        }
        catch (IOException exception)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("CannotBeRead", exception.Message)));
        }
    }

    /// <summary>The first bytes of the text, decoded leniently (enough to find the header's delimiter: the delimiters
    /// are counted up to the first line break, or over these bytes when the header is longer).</summary>
    private static string Head(Stream stream, Encoding encoding)
    {
        Span<byte> bytes = stackalloc byte[HeadBytes];
        int read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        var lenient = (Encoding)encoding.Clone();
        lenient.DecoderFallback = DecoderFallback.ReplacementFallback;
        return lenient.GetString(bytes[..read]);
    }

    private static RawTable Parse(TextReader text, char delimiter, string label, List<DatasetProblem> problems)
    {
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            Mode = CsvMode.RFC4180,
            IgnoreBlankLines = false,
            DetectColumnCountChanges = false,
            BadDataFound = null,
        };
        string[]? header = null;
        int headerLine = 0;
        var rows = new List<RawRow>();
        int line = 1;
        using var parser = new CsvParser(text, configuration);
        while (parser.Read())
        {
            int recordLine = line;
            string raw = parser.RawRecord;
            TextDecoder.CheckText(raw, recordLine, label);
            line += CountLineBreaks(raw);
            string[] fields = parser.Record ?? [];
            if (IsBlank(fields))
            {
                continue;
            }

            if (QuotingProblem(raw, delimiter) is { } quoting)
            {
                problems.Add(new DatasetProblem(label, recordLine, quoting));
                continue;
            }

            if (header is null)
            {
                header = fields;
                headerLine = recordLine;
            }
            else
            {
                for (int i = 0; i < fields.Length; i++)
                {
                    fields[i] = SpreadsheetText.Unguard(fields[i].Trim());
                }

                rows.Add(new RawRow(recordLine, fields));
            }
        }

        if (header is null)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("EmptyCsv")));
        }

        return new RawTable(label, headerLine, header, rows);
    }

    /// <summary>The delimiter used most often outside quotes in the first record; a comma when none is.</summary>
    internal static char DetectDelimiter(string text)
    {
        int comma = 0, semicolon = 0, tab = 0;
        bool quoted = false;
        foreach (char c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                if (c is '\n' or '\r')
                {
                    break;
                }

                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }

        return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
    }

    private static int CountLineBreaks(string raw)
    {
        int count = 0;
        for (int i = 0; i < raw.Length; i++)
        {
            if (raw[i] == '\n' || (raw[i] == '\r' && (i + 1 == raw.Length || raw[i + 1] != '\n')))
            {
                count++;
            }
        }

        return count;
    }

    private static bool IsBlank(string[] fields)
    {
        foreach (var field in fields)
        {
            if (!string.IsNullOrWhiteSpace(field))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds quoting that CsvHelper would read lossily: a quoted field never closed (it swallows the rest of the
    /// file) or text after a closing quote. A stray quote inside an unquoted field is kept as written.
    /// </summary>
    private static string? QuotingProblem(string raw, char delimiter)
    {
        int i = 0;
        while (i < raw.Length)
        {
            if (raw[i] != '"')
            {
                while (i < raw.Length && raw[i] != delimiter && raw[i] is not ('\r' or '\n'))
                {
                    i++;
                }
            }
            else
            {
                int start = i++;
                while (true)
                {
                    if (i >= raw.Length)
                    {
                        return Messages.Get("QuoteNotClosed");
                    }

                    if (raw[i] == '"')
                    {
                        if (i + 1 < raw.Length && raw[i + 1] == '"')
                        {
                            i += 2;
                            continue;
                        }

                        i++;
                        break;
                    }

                    i++;
                }

                if (i < raw.Length && raw[i] != delimiter && raw[i] is not ('\r' or '\n'))
                {
                    string field = raw[start..Math.Min(raw.Length, i + 20)];
                    return Messages.Get("TextAfterQuote", Shorten(field));
                }
            }

            if (i < raw.Length && raw[i] == delimiter)
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return null;
    }

    private static string Shorten(string text)
    {
        var builder = new StringBuilder();
        foreach (char c in text)
        {
            if (c is '\r' or '\n')
            {
                break;
            }

            builder.Append(c);
        }

        return builder.Length > Messages.QuoteLimit ? builder.ToString(0, Messages.QuoteLimit) + "…" : builder.ToString();
    }
}
