using CooperationGraph.Analysis;
using CooperationGraph.Tables;
using CooperationGraph.Text;
using Microsoft.Data.Analysis;

namespace CooperationGraph;

/// <summary>The indicators and tie dynamics of each time window (<see cref="OverTime.Analyze"/>).</summary>
public sealed class OverTimeResult
{
    internal OverTimeResult(OverTimeOptions options, IReadOnlyList<AnalysisWindow> windows, IReadOnlyList<CooperationIndicators> indicators, IReadOnlyList<TieChange> ties, int institutions, bool surveyWaves = false)
    {
        Options = options;
        HasSurveyWaves = surveyWaves;
        Windows = windows;
        Labels = [.. windows.Select(w => TimeWindows.Label(w, options.Every))];
        Indicators = indicators;
        Ties = ties;
        Changes = ChangeIndex.PerWindow(ties, institutions);
    }

    /// <summary>The period and width used.</summary>
    public OverTimeOptions Options { get; }

    /// <summary>The windows, in time order.</summary>
    public IReadOnlyList<AnalysisWindow> Windows { get; }

    /// <summary>The windows' names (<see cref="TimeWindows.Label"/>): <c>2019-Q3</c>…</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The indicators of each window.</summary>
    public IReadOnlyList<CooperationIndicators> Indicators { get; }

    /// <summary>The ties formed, persisted, re-appeared and dissolved in each window.</summary>
    public IReadOnlyList<TieChange> Ties { get; }

    /// <summary>How much the ties changed from the window before (<see cref="ChangeIndex"/>; all null for the first window).</summary>
    public IReadOnlyList<ChangeIndex> Changes { get; }

    /// <summary>
    /// Whether the dataset's partner survey is dated (<see cref="PartnerSurvey.IsDated"/>): then each window's
    /// <see cref="CooperationIndicators.Survey"/> comes from the waves dated in it (null where none is), and
    /// <see cref="ToDataFrame"/> ends with <see cref="SurveyIndicators.Columns"/>.
    /// </summary>
    public bool HasSurveyWaves { get; }

    /// <summary>The column names of <see cref="ToDataFrame"/> (without the survey columns a dated survey adds at the end).</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["window", "from", "to", .. CooperationIndicators.Columns, "ties", "ties_formed", "ties_persisted", "ties_reappeared", "ties_dissolved", "jaccard", "hamming", "formation_rate", "dissolution_rate"];

    /// <summary>
    /// One row per window: <c>window</c>, <c>from</c>, <c>to</c> (YYYY-MM-DD), the indicators
    /// (<see cref="CooperationIndicators.Columns"/>), then <c>ties</c>, <c>ties_formed</c>, <c>ties_persisted</c>,
    /// <c>ties_reappeared</c>, <c>ties_dissolved</c>, then the change from the window before (<see cref="ChangeIndex"/>):
    /// <c>jaccard</c>, <c>hamming</c>, <c>formation_rate</c>, <c>dissolution_rate</c>, and when the partner survey is dated
    /// (<see cref="HasSurveyWaves"/>) the survey of the waves in each window: <see cref="SurveyIndicators.Columns"/>
    /// (<c>survey_response_rate</c>, <c>survey_mean_level</c>, <c>survey_trust</c>, <c>survey_value</c>,
    /// <c>survey_weak_density</c>; null in a window without a wave); typed columns, null where undefined. What
    /// <c>over_time.csv</c> holds.
    /// </summary>
    public DataFrame ToDataFrame()
    {
        var frame = IndicatorFrame.Build("window", [.. Labels.Zip(Indicators)],
            [FrameColumns.Text("from", Windows.Select(w => Day(w.From))), FrameColumns.Text("to", Windows.Select(w => Day(w.To)))]);
        frame.Columns.Add(FrameColumns.Count("ties", Ties.Select(t => (int?)t.Ties)));
        frame.Columns.Add(FrameColumns.Count("ties_formed", Ties.Select(t => (int?)t.Formed)));
        frame.Columns.Add(FrameColumns.Count("ties_persisted", Ties.Select(t => (int?)t.Persisted)));
        frame.Columns.Add(FrameColumns.Count("ties_reappeared", Ties.Select(t => (int?)t.Reappeared)));
        frame.Columns.Add(FrameColumns.Count("ties_dissolved", Ties.Select(t => (int?)t.Dissolved)));
        frame.Columns.Add(FrameColumns.Number("jaccard", Changes.Select(c => c.Jaccard)));
        frame.Columns.Add(FrameColumns.Count("hamming", Changes.Select(c => c.Hamming)));
        frame.Columns.Add(FrameColumns.Number("formation_rate", Changes.Select(c => c.FormationRate)));
        frame.Columns.Add(FrameColumns.Number("dissolution_rate", Changes.Select(c => c.DissolutionRate)));
        for (int k = 0; HasSurveyWaves && k < SurveyIndicators.Columns.Count; k++)
        {
            int at = k;
            frame.Columns.Add(FrameColumns.Number(SurveyIndicators.Columns[k], Indicators.Select(i => i.Survey is { } survey ? survey.Values()[at] : double.NaN)));
        }

        return frame;
    }

    /// <summary><see cref="ToDataFrame"/> as CSV (invariant culture, round-trip numbers, empty cells for null).</summary>
    public string ToCsv() => FrameWriter.ToCsv(ToDataFrame());

    private static string? Day(DateOnly? day) => day is { } d ? InvariantText.Day(d) : null;

    /// <summary>The number of windows and the period.</summary>
    public override string ToString() => $"{Windows.Count} windows of {Options.Width} {Options.Every.ToString().ToLowerInvariant()}(s)";
}
