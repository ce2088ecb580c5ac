using CooperationGraph.Analysis;
using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>Several gminas side by side (<see cref="GminaComparer.Compare"/>), in the order given.</summary>
public sealed class GminaComparison
{
    internal GminaComparison(IReadOnlyList<ComparedGmina> gminas, AnalysisOptions options)
    {
        Gminas = gminas;
        Options = options;
    }

    /// <summary>The gminas, in the order given.</summary>
    public IReadOnlyList<ComparedGmina> Gminas { get; }

    /// <summary>The model, window and settings every gmina was analysed with.</summary>
    public AnalysisOptions Options { get; }

    /// <summary>The column names of <see cref="ToDataFrame"/>: <c>gmina</c>, then <see cref="CooperationIndicators.Columns"/>.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["gmina", .. CooperationIndicators.Columns];

    /// <summary>
    /// One row per gmina: <c>gmina</c> (text), then the indicators (<see cref="CooperationIndicators.Columns"/>; integers as
    /// <c>int</c> columns, shares and measures as <c>double</c> columns, null where undefined). What <c>comparison.csv</c> holds.
    /// </summary>
    public DataFrame ToDataFrame() => IndicatorFrame.Build("gmina", [.. Gminas.Select(g => (g.Name, g.Indicators))]);

    /// <summary><see cref="ToDataFrame"/> as CSV: comma, invariant culture, round-trip numbers, empty cells for null, formula-looking text neutralised.</summary>
    public string ToCsv() => FrameWriter.ToCsv(ToDataFrame());

    /// <summary>Writes <see cref="ToDataFrame"/> as an <c>.xlsx</c> workbook with one sheet <c>comparison</c>; text stays
    /// text. In Polish (the current UI culture) the sheet is <c>porównanie</c> and the columns carry their Polish names.</summary>
    public void SaveWorkbook(string path) => FrameWriter.SaveWorkbook(path, [new(Text.Words.Get("Sheet_comparison"), FrameWords.InColumns(ToDataFrame()))]);

    /// <summary>The number of gminas.</summary>
    public override string ToString() => $"{Gminas.Count} gminas compared";
}
