using CooperationGraph.Analysis;
using CooperationGraph.Tables;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>Several gminas side by side (<see cref="GminaComparer"/>), in the order given.</summary>
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
    /// The interval columns that <see cref="ToDataFrame"/> appends when the comparison asked for intervals
    /// (<see cref="StatisticsOptions.ComparisonIntervals"/>): the 95 % bootstrap bounds of density, degree and betweenness
    /// centralization, E-I index and activation rate, each <c>_low</c> then <c>_high</c>.
    /// </summary>
    public static IReadOnlyList<string> IntervalColumns { get; } =
    [
        .. new[] { "density", "degree_centralization", "betweenness_centralization", "ei_index", "activation_rate" }.SelectMany(c => new[] { c + "_low", c + "_high" }),
    ];

    /// <summary>
    /// The survey columns that <see cref="ToDataFrame"/> appends when at least one gmina's dataset holds a partner survey
    /// (<see cref="ComparedGmina.PerceivedCooperation"/>): its <see cref="PerceivedCooperation.ResponseRate"/>,
    /// <see cref="PerceivedCooperation.MeanLevel"/>, <see cref="PerceivedCooperation.Trust"/> and
    /// <see cref="PerceivedCooperation.Value"/> (null for a gmina without a survey).
    /// </summary>
    public static IReadOnlyList<string> SurveyColumns { get; } = ["survey_response_rate", "survey_mean_level", "survey_trust", "survey_value"];

    /// <summary>
    /// One row per gmina: <c>gmina</c> (text), then the indicators (<see cref="CooperationIndicators.Columns"/>; integers as
    /// <c>int</c> columns, shares and measures as <c>double</c> columns, null where undefined), then, when the comparison
    /// asked for intervals, <see cref="IntervalColumns"/> (null for a gmina without them), then, when a gmina has a partner
    /// survey, <see cref="SurveyColumns"/> (null for a gmina without one). What <c>comparison.csv</c> holds.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var frame = IndicatorFrame.Build("gmina", [.. Gminas.Select(g => (g.Name, g.Indicators))]);
        if (Options.Statistics.ComparisonIntervals)
        {
            BootstrapInterval?[][] bounds = [.. Gminas.Select(g => g.Intervals is { } i
                ? new[] { i.Density, i.DegreeCentralization, i.BetweennessCentralization, i.EIIndex, i.ActivationRate }
                : new BootstrapInterval?[5])];
            for (int k = 0; k < 5; k++)
            {
                int statistic = k;
                frame.Columns.Add(FrameColumns.Number(IntervalColumns[2 * k], bounds.Select(b => b[statistic]?.Low ?? double.NaN)));
                frame.Columns.Add(FrameColumns.Number(IntervalColumns[(2 * k) + 1], bounds.Select(b => b[statistic]?.High ?? double.NaN)));
            }
        }

        if (Gminas.Any(g => g.PerceivedCooperation is not null))
        {
            Func<PerceivedCooperation, double>[] survey = [s => s.ResponseRate, s => s.MeanLevel, s => s.Trust, s => s.Value];
            for (int k = 0; k < survey.Length; k++)
            {
                var value = survey[k];
                frame.Columns.Add(FrameColumns.Number(SurveyColumns[k], Gminas.Select(g => g.PerceivedCooperation is { } s ? value(s) : double.NaN)));
            }
        }

        return frame;
    }

    /// <summary><see cref="ToDataFrame"/> as CSV: comma, invariant culture, round-trip numbers, empty cells for null, formula-looking text neutralised.</summary>
    public string ToCsv() => FrameWriter.ToCsv(ToDataFrame());

    /// <summary>Writes <see cref="ToDataFrame"/> as an <c>.xlsx</c> workbook with one sheet <c>comparison</c>; text stays
    /// text. In Polish (the current UI culture) the sheet is <c>porównanie</c> and the columns carry their Polish names.</summary>
    public void SaveWorkbook(string path) => FrameWriter.SaveWorkbook(path, [new(Text.Words.Get("Sheet_comparison"), FrameWords.InColumns(ToDataFrame()))]);

    /// <summary>The column names of <see cref="ToGroupFrame"/>: <c>group</c>, <c>gminas</c>, then <c>mean_</c> and each of <see cref="CooperationIndicators.Columns"/>.</summary>
    public static IReadOnlyList<string> GroupColumns { get; } = ["group", "gminas", .. CooperationIndicators.Columns.Select(c => "mean_" + c)];

    /// <summary>
    /// Each gmina's value of an institution column (<c>unit</c> or a further column of <c>institutions.csv</c>, e.g.
    /// <c>powiat</c>): the value of its own institutions at gmina level (those whose unit is the gmina's name first,
    /// then any at gmina level or without a level); null when none has one.
    /// </summary>
    /// <param name="column"><c>unit</c> or a further column.</param>
    public IReadOnlyList<string?> GroupsBy(string column)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(column);
        string? Value(Institution i) => column == "unit" ? i.Unit : i.Attributes.FirstOrDefault(a => a.Key == column).Value;
        return [.. Gminas.Select(g =>
        {
            var local = g.Dataset.Institutions.Where(i => i.Level is null or TerritorialLevel.Gmina && Value(i) is { Length: > 0 });
            var own = local.FirstOrDefault(i => i.Unit == g.Name) ?? local.FirstOrDefault();
            return own is null ? null : Value(own);
        })];
    }

    /// <summary>
    /// One row per group of gminas (<see cref="GroupsBy"/>; in order of first appearance, gminas without a value as one
    /// group with an empty name): <c>group</c> (text), <c>gminas</c> (how many), and for each indicator of
    /// <see cref="CooperationIndicators.Columns"/> <c>mean_</c>+column, the mean over the group's gminas where it is
    /// defined (null where it is defined for none). What <c>comparison_groups.csv</c> holds.
    /// </summary>
    /// <param name="column"><c>unit</c> or a further column of <c>institutions.csv</c>.</param>
    public DataFrame ToGroupFrame(string column)
    {
        var groups = GroupsBy(column);
        var order = new List<string?>();
        var members = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int g = 0; g < groups.Count; g++)
        {
            string name = groups[g] ?? string.Empty;
            if (!members.TryGetValue(name, out var list))
            {
                members[name] = list = [];
                order.Add(groups[g]);
            }

            list.Add(g);
        }

        var values = Gminas.Select(g => g.Indicators.Values()).ToArray();
        var frame = new DataFrame(FrameColumns.Text("group", order), FrameColumns.Count("gminas", order.Select(o => members[o ?? string.Empty].Count)));
        for (int c = 0; c < CooperationIndicators.Columns.Count; c++)
        {
            int at = c;
            frame.Columns.Add(FrameColumns.Number(GroupColumns[c + 2], order.Select(o => Mean(members[o ?? string.Empty].Select(g => values[g][at])))));
        }

        return frame;
    }

    /// <summary><see cref="ToGroupFrame"/> as CSV, as <see cref="ToCsv"/> writes (<c>comparison_groups.csv</c>).</summary>
    /// <param name="column"><c>unit</c> or a further column of <c>institutions.csv</c>.</param>
    public string ToGroupCsv(string column) => FrameWriter.ToCsv(ToGroupFrame(column));

    private static double? Mean(IEnumerable<object?> values)
    {
        double sum = 0;
        int count = 0;
        foreach (var value in values)
        {
            double? x = value switch { int i => i, double d when !double.IsNaN(d) => d, _ => null };
            if (x is { } v)
            {
                sum += v;
                count++;
            }
        }

        return count == 0 ? null : sum / count;
    }

    /// <summary>The number of gminas.</summary>
    public override string ToString() => $"{Gminas.Count} gminas compared";
}
