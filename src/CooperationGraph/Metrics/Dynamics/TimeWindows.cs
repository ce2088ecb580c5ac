using System.Globalization;

namespace CooperationGraph;

/// <summary>
/// Calendar windows for looking at cooperation over time: consecutive months, quarters or years (each window one
/// period, no overlap, no gap), or sliding windows several periods wide that move one period at a time.
/// </summary>
/// <remarks>
/// Windows are aligned to the calendar (a month starts on its first day, quarters in January, April, July and October,
/// years on 1 January). They cover the dataset's dated events: from the period of the first day of its first joint
/// action to the period of the last day of its last one. Bounds given by <c>within</c> cut the first and last window
/// (a window never reaches outside them); the dataset's own first and last days do not. A period with no action is still a window: a gap in cooperation is a finding.
/// </remarks>
public static class TimeWindows
{
    /// <summary>The valid names of <see cref="Parse"/>: <c>month</c>, <c>quarter</c>, <c>year</c>.</summary>
    public static IReadOnlyList<string> Names { get; } = ["month", "quarter", "year"];

    /// <summary>Reads <c>month</c>, <c>quarter</c> or <c>year</c> (any case).</summary>
    /// <exception cref="ArgumentException">Any other text; the message lists the valid names.</exception>
    public static WindowPeriod Parse(string text) => text?.Trim().ToLowerInvariant() switch
    {
        "month" => WindowPeriod.Month,
        "quarter" => WindowPeriod.Quarter,
        "year" => WindowPeriod.Year,
        _ => throw new ArgumentException($"'{text}' is not a window period; use one of: {string.Join(", ", Names)}."),
    };

    /// <summary>The windows that cover the dataset's joint actions (see remarks), cut to <paramref name="within"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="every">The period of one step.</param>
    /// <param name="within">Bounds to stay inside; none by default.</param>
    /// <param name="width">Periods per window: 1 (the default) gives consecutive windows; more gives sliding windows.</param>
    /// <returns>The windows in time order; none when the dataset has no joint action inside the bounds.</returns>
    public static IReadOnlyList<AnalysisWindow> Cover(CooperationDataset dataset, WindowPeriod every, AnalysisWindow? within = null, int width = 1)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        within ??= AnalysisWindow.All;
        var actions = dataset.JointActions.Where(within.Includes).ToList();
        if (actions.Count == 0)
        {
            return [];
        }

        var first = actions.Min(a => a.Date);
        var last = actions.Max(a => a.EndDate ?? a.Date);
        if (within.From is { } from && from > first)
        {
            first = from;
        }

        if (within.To is { } to && to < last)
        {
            last = to;
        }

        return [.. Calendar(first, last, every, width).Select(w => new AnalysisWindow(
            within.From is { } lower && lower > w.From!.Value ? lower : w.From,
            within.To is { } upper && upper < w.To!.Value ? upper : w.To))];
    }

    /// <summary>Calendar windows from the period holding <paramref name="first"/> to the one holding <paramref name="last"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="last"/> is before <paramref name="first"/>, or the width is below 1.</exception>
    public static IReadOnlyList<AnalysisWindow> Calendar(DateOnly first, DateOnly last, WindowPeriod every, int width = 1)
    {
        if (last < first)
        {
            throw new ArgumentException($"The last day {Day(last)} is before the first {Day(first)}.", nameof(last));
        }

        if (width < 1)
        {
            throw new ArgumentException($"A window is at least one period wide, not {width}.", nameof(width));
        }

        var starts = new List<DateOnly>();
        for (var start = Start(first, every); start <= last; start = Next(start, every))
        {
            starts.Add(start);
        }

        int count = Math.Max(1, starts.Count - width + 1);
        var windows = new List<AnalysisWindow>(count);
        for (int k = 0; k < count; k++)
        {
            var start = starts[k];
            var end = start;
            for (int step = 0; step < width; step++)
            {
                end = Next(end, every);
            }

            windows.Add(new AnalysisWindow(start, end.AddDays(-1)));
        }

        return windows;
    }

    /// <summary>A window's name: <c>2019-07</c>, <c>2019-Q3</c>, <c>2019</c> for one period from its first day, else <c>FROM..TO</c>.</summary>
    public static string Label(AnalysisWindow window, WindowPeriod every)
    {
        ArgumentNullException.ThrowIfNull(window);
        if (window.From is not { } from || window.To is not { } to)
        {
            return window.ToString();
        }

        var start = Start(from, every);
        bool whole = start == from && Next(start, every).AddDays(-1) == to;
        return !whole ? $"{Day(from)}..{Day(to)}" : every switch
        {
            WindowPeriod.Month => from.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            WindowPeriod.Quarter => $"{from.Year.ToString(CultureInfo.InvariantCulture)}-Q{((from.Month - 1) / 3) + 1}",
            _ => from.Year.ToString(CultureInfo.InvariantCulture),
        };
    }

    internal static DateOnly Start(DateOnly day, WindowPeriod every) => every switch
    {
        WindowPeriod.Month => new DateOnly(day.Year, day.Month, 1),
        WindowPeriod.Quarter => new DateOnly(day.Year, (((day.Month - 1) / 3) * 3) + 1, 1),
        WindowPeriod.Year => new DateOnly(day.Year, 1, 1),
        _ => throw new ArgumentOutOfRangeException(nameof(every), every, "Unknown period."),
    };

    private static DateOnly Next(DateOnly start, WindowPeriod every) => every switch
    {
        WindowPeriod.Month => start.AddMonths(1),
        WindowPeriod.Quarter => start.AddMonths(3),
        _ => start.AddYears(1),
    };

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
