namespace CooperationGraph.Tests.Architecture;

/// <summary>
/// Rule breaks the code has today, each line one reference as <see cref="LayerRules"/> writes it, so that the suite
/// passes while they are being fixed. The tests fail on a break not listed here and on a line here that no longer
/// breaks a rule: the list can only shrink. Do not add to it; fix the code.
/// </summary>
internal static class KnownViolations
{
    public static readonly IReadOnlyList<string> Lines =
    [
        // Text and Display (both layer 0) use each other: Words formats with ReadableNumber, FrameText/FrameHtml take Words.
        "two-way: Display FrameHtml uses Text Words",
        "two-way: Display FrameText uses Text Words",
        "two-way: Text Words uses Display ReadableNumber",
        // DataFrames below Tables: Metrics results build their own frames (ToDataFrame), IO writes and builds frame
        // columns (FrameWriter, FrameColumns), Display renders frames, Text names their columns. They move to Tables.
        "third-party: Display FrameHtml uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrame",
        "third-party: Display FrameHtml uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameColumn",
        "third-party: Display FrameHtml uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameRowCollection",
        "third-party: Display FrameText uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrame",
        "third-party: Display FrameText uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameColumn",
        "third-party: Display FrameText uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameColumnCollection",
        "third-party: Display FrameText uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameRowCollection",
        "third-party: IO FrameWriter uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrame",
        "third-party: IO FrameWriter uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameColumn",
        "third-party: IO FrameWriter uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameColumnCollection",
        "third-party: IO FrameWriter uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameRowCollection",
        "third-party: Text Words uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrame",
        "third-party: Text Words uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameColumn",
        "third-party: Text Words uses [Microsoft.Data.Analysis] Microsoft.Data.Analysis.DataFrameColumnCollection",
    ];

    public static IEnumerable<string> Of(string rule) => Lines.Where(l => l.StartsWith(rule + ": ", StringComparison.Ordinal));

    /// <summary>The breaks found but not listed, and the listed ones no longer found, each in order.</summary>
    public static (IReadOnlyList<string> Fresh, IReadOnlyList<string> Fixed) Compare(IEnumerable<string> found, IEnumerable<string> known)
    {
        var actual = found.ToHashSet(StringComparer.Ordinal);
        var listed = known.ToHashSet(StringComparer.Ordinal);
        return (actual.Except(listed).Order(StringComparer.Ordinal).ToList(), listed.Except(actual).Order(StringComparer.Ordinal).ToList());
    }
}
