using System.Text;
using CooperationGraph.Model;
using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>
/// Turns the bytes of a hand-made CSV file into text: UTF-8 with or without BOM, UTF-16 with BOM, otherwise
/// Windows-1250 (what Polish Excel saves). Refuses binary files.
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

    public static string Decode(ReadOnlySpan<byte> bytes, string label, out Encoding encoding)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            encoding = Encoding.UTF8;
            return CheckText(Utf8OrThrow(bytes[3..], label), label);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            encoding = Encoding.Unicode;
            return CheckText(Encoding.Unicode.GetString(bytes[2..]), label);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            encoding = Encoding.BigEndianUnicode;
            return CheckText(Encoding.BigEndianUnicode.GetString(bytes[2..]), label);
        }

        if (bytes.Contains((byte)0))
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("NulBytes")));
        }

        try
        {
            encoding = StrictUtf8;
            return CheckText(StrictUtf8.GetString(bytes), label);
        }
        catch (DecoderFallbackException)
        {
            encoding = Windows1250;
            try
            {
                return CheckText(Windows1250.GetString(bytes), label);
            }
            catch (DecoderFallbackException)
            {
                throw new DatasetException(new DatasetProblem(label, null, Messages.Get("NotUtf8Nor1250")));
            }
        }
    }

    private static string Utf8OrThrow(ReadOnlySpan<byte> bytes, string label)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new DatasetException(new DatasetProblem(label, null, Messages.Get("BomNotUtf8")));
        }
    }

    /// <summary>Refuses control characters other than tab, CR and LF: they mean binary data, not a typed table.</summary>
    private static string CheckText(string text, string label)
    {
        int line = 1;
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

        return text;
    }
}
