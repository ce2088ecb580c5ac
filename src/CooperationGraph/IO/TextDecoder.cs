using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace CooperationGraph.IO;

/// <summary>
/// Decides how the bytes of a hand-made CSV file are text: UTF-8 with or without BOM, UTF-16 with BOM, otherwise
/// Windows-1250 (what Polish Excel saves). Refuses binary files. <see cref="Detect"/> reads the stream once through a
/// small buffer (memory does not grow with the file), so the text itself can then be streamed.
/// <para>A short Windows-1250 text can happen to be valid UTF-8 too ("Óź" is the bytes D3 9F, which UTF-8 reads as the
/// Cyrillic 'ӟ'). A file without BOM that reads both ways is read as Windows-1250 when that reading scores higher:
/// its Polish letters (ĄĆĘŁŃÓŚŹŻ, either case) less its other non-ASCII characters that are not letters (¤, ˝, †, „…),
/// against the Polish letters of the UTF-8 reading. Real UTF-8 Polish text never loses: its letters are the lead bytes
/// C3–C5, which Windows-1250 reads as Ă, Ä, Ĺ, and of their second bytes only B3 (of 'ó') reads as a Polish letter
/// ('ł'). UTF-8 Cyrillic read as Windows-1250 is full of such symbols (Фонд reads "Đ¤ĐľĐ˝Đ´").</para>
/// </summary>
internal static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Windows-1250, throwing on characters it cannot hold.</summary>
    public static Encoding Windows1250 { get; } = CreateWindows1250();

    private static Encoding CreateWindows1250()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1250, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    /// <summary>
    /// The encoding of the text in <paramref name="stream"/> (which must be seekable) and the length of its byte order
    /// mark; the stream is left at the first byte of text. Decoding with the returned encoding throws
    /// <see cref="DecoderFallbackException"/> on bytes it cannot hold.
    /// </summary>
    /// <exception cref="DatasetException">A BOM says UTF-8 but the bytes are not, or a file without BOM holds NUL bytes.</exception>
    public static Encoding Detect(Stream stream, string label)
    {
        Span<byte> head = stackalloc byte[3];
        int read = stream.ReadAtLeast(head, 3, throwOnEndOfStream: false);
        head = head[..read];
        if (head.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            stream.Position = 3;
            return Scan(stream, label, bom: true) ? StrictUtf8 : throw Refuse(label, "BomNotUtf8");
        }

        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            stream.Position = 2;
            return head[0] == 0xFF ? new UnicodeEncoding(false, false, true) : new UnicodeEncoding(true, false, true);
        }

        stream.Position = 0;
        var encoding = Scan(stream, label, bom: false) ? StrictUtf8 : Windows1250;
        stream.Position = 0;
        return encoding;
    }

    /// <summary>
    /// Whether the rest of the stream is UTF-8: valid UTF-8 and, without a BOM, not a text whose Windows-1250 reading
    /// holds more Polish letters (see the type's remarks). Without a BOM, a NUL byte refuses the file.
    /// </summary>
    private static bool Scan(Stream stream, string label, bool bom)
    {
        long polishAsUtf8 = 0;
        long polishAs1250 = 0;
        bool windows1250 = !bom;
        long start = stream.Position;
        int size = (int)Math.Clamp(stream.Length - start, 16, 1 << 16);
        byte[] bytes = ArrayPool<byte>.Shared.Rent(size);
        char[] chars = ArrayPool<char>.Shared.Rent(size);
        try
        {
            bool valid = true;
            int carried = 0;
            int read;
            while ((read = stream.Read(bytes, carried, bytes.Length - carried)) > 0 || carried > 0)
            {
                var block = bytes.AsSpan(0, carried + read);
                if (!bom && block[carried..].Contains((byte)0))
                {
                    throw Refuse(label, "NulBytes");
                }

                if (windows1250)
                {
                    foreach (byte b in block[carried..])
                    {
                        windows1250 &= b is not (0x81 or 0x83 or 0x88 or 0x90 or 0x98);
                        polishAs1250 += ScoreIn1250[b];
                    }
                }

                if (valid)
                {
                    var status = Utf8.ToUtf16(block, chars, out int consumed, out int written, replaceInvalidSequences: false, isFinalBlock: read == 0);
                    foreach (char c in chars.AsSpan(0, written))
                    {
                        polishAsUtf8 += IsPolish(c) ? 1 : 0;
                    }

                    valid = status is OperationStatus.Done or OperationStatus.NeedMoreData or OperationStatus.DestinationTooSmall;
                    carried = valid ? block.Length - consumed : 0;
                    block[consumed..].CopyTo(bytes);
                    if (read == 0)
                    {
                        valid &= carried == 0;
                        break;
                    }
                }
                else
                {
                    carried = 0;
                    if (bom)
                    {
                        break;
                    }
                }
            }

            stream.Position = start;
            return valid && !(windows1250 && polishAs1250 > polishAsUtf8);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static bool IsPolish(char c) => "ĄąĆćĘęŁłŃńÓóŚśŹźŻż".Contains(c);

    /// <summary>Per byte, +1 where Windows-1250 reads it as a Polish letter, −1 where it reads a non-ASCII character
    /// that is no letter, 0 otherwise.</summary>
    private static readonly sbyte[] ScoreIn1250 = BuildScores();

    private static sbyte[] BuildScores()
    {
        var scores = new sbyte[256];
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var lenient = Encoding.GetEncoding(1250);
        for (int b = 0x80; b < 256; b++)
        {
            char c = lenient.GetString([(byte)b])[0];
            scores[b] = IsPolish(c) ? (sbyte)1 : char.IsLetter(c) ? (sbyte)0 : (sbyte)-1;
        }

        return scores;
    }

    /// <summary>Refuses control characters other than tab, CR and LF in <paramref name="text"/>, which starts on
    /// <paramref name="line"/>: they mean binary data, not a typed table.</summary>
    public static void CheckText(ReadOnlySpan<char> text, int line, string label)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '\n')
            {
                line++;
            }
            else if (char.IsControl(c) && c is not ('\t' or '\r'))
            {
                throw new DatasetException(new DatasetProblem(label, line,
                    Messages.Get("ControlCharacter", ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture))));
            }
        }
    }

    private static DatasetException Refuse(string label, string key) => new(new DatasetProblem(label, null, Messages.Get(key)));
}
