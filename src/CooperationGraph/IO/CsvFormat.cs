using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph;

/// <summary>How CSV files are written: delimiter and encoding.</summary>
/// <param name="Delimiter">The field delimiter: <c>,</c>, <c>;</c> or tab.</param>
/// <param name="Encoding">The text encoding.</param>
public sealed record CsvFormat(char Delimiter, Encoding Encoding)
{
    /// <summary>Comma-separated UTF-8 without byte order mark: the canonical form, best for version control.</summary>
    public static CsvFormat Standard { get; } = new(',', new UTF8Encoding(false));

    /// <summary>Semicolon-separated UTF-8 with byte order mark: opens with Polish letters intact in Excel.</summary>
    public static CsvFormat Excel { get; } = new(';', new UTF8Encoding(true));

    /// <summary>Semicolon-separated Windows-1250: what Polish Excel saves as "CSV (rozdzielany średnikami)".</summary>
    public static CsvFormat Windows1250 { get; } = new(';', TextDecoder.Windows1250);
}
