using CooperationGraph.Plotting;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// Joint actions per calendar month, by kind, as stacked bars (an action counts in the month of its first day): the
    /// timeline of a dataset too large to draw one marker per action (<see cref="ReportOptions.MaxTimelineActions"/>).
    /// Its size grows with the months and kinds, not with the actions. Hovering shows the month, the kind and the count.
    /// </summary>
    /// <param name="result">The analysis: the actions in its window.</param>
    public static Figure ActionsPerMonth(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var window = result.Options.Window;
        var dataset = result.Dataset;
        var kinds = Enum.GetValues<JointActionKind>();
        var counts = new SortedDictionary<DateOnly, int[]>();
        int total = 0;
        foreach (var action in dataset.JointActions)
        {
            if (!window.Includes(action))
            {
                continue;
            }

            var month = new DateOnly(action.Date.Year, action.Date.Month, 1);
            if (!counts.TryGetValue(month, out var perKind))
            {
                counts[month] = perKind = new int[kinds.Length];
            }

            perKind[Array.IndexOf(kinds, action.Kind)]++;
            total++;
        }

        var traces = new List<Trace>();
        for (int k = 0; k < kinds.Length; k++)
        {
            int kind = k;
            if (!counts.Values.Any(c => c[kind] > 0))
            {
                continue;
            }

            traces.Add(new BarTrace
            {
                Name = KindLabel(kinds[k]),
                X = [.. counts.Keys.Select(m => (object?)m)],
                Y = [.. counts.Values.Select(c => (object?)c[kind])],
                Marker = new Marker { Color = SectorPalette.Of(k + 11) },
            });
        }

        return new Figure(traces, new FigureLayout
        {
            Title = Words.Get("ActionsPerMonthTitle", total, dataset.Declarations.Count(window.Includes)),
            XAxis = new Axis { Kind = "date", Title = Words.Get("DateAxis"), TickFormat = Words.DateTicks },
            YAxis = new Axis { Title = Words.Get("ActionsAxis") },
            BarMode = "stack",
        });
    }
}
