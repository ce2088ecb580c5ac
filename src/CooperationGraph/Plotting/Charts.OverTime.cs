using CooperationGraph.Plotting;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// The indicators over time: one line per share-type indicator (activation rate, required sectors present, required
    /// links realised, density, fragmentation, E-I index) at the first day of each window, with milestones (a declaration
    /// signed, the project's end…) as dotted vertical lines.
    /// </summary>
    /// <param name="overTime">The windows and their indicators (<see cref="OverTime.Analyze"/> or <c>AnalysisResult.OverTime</c>).</param>
    /// <param name="milestones">Days to mark, each with its label (plain text); none by default.</param>
    public static Figure IndicatorsOverTime(OverTimeResult overTime, IEnumerable<(DateOnly Day, string Label)>? milestones = null)
    {
        ArgumentNullException.ThrowIfNull(overTime);
        var lines = Indicators.Select(i => (Label: Words.Label(i.Column), i.Value)).ToArray();
        var x = overTime.Windows.Select(w => (object?)w.From).ToList();
        var traces = new List<Trace>();
        for (int k = 0; k < lines.Length; k++)
        {
            var (label, value) = lines[k];
            traces.Add(new ScatterTrace
            {
                Name = label,
                Mode = "lines+markers",
                X = x,
                Y = [.. overTime.Indicators.Select(i => Nullable(value(i)))],
                Line = new LineStyle(SectorPalette.Of(k + 2), 2),
                Marker = new Marker { Color = SectorPalette.Of(k + 2), Size = 6 },
                HoverText = [.. overTime.Indicators.Select((i, w) => $"{overTime.Labels[w]}\n{label}: {Words.Number(value(i))}")],
                HoverInfo = "text",
            });
        }

        var marks = (milestones ?? []).ToList();
        if (marks.Count > 0)
        {
            traces.Add(new ScatterTrace
            {
                Name = Words.Get("Milestones"),
                Mode = "lines",
                X = [.. marks.SelectMany(m => new object?[] { m.Day, m.Day, null })],
                Y = [.. marks.SelectMany(_ => new object?[] { -1.0, 1.0, null })],
                Line = new LineStyle("#444444", 1, "dot"),
                HoverInfo = "skip",
            });
            traces.Add(new ScatterTrace
            {
                Name = Words.Get("Milestone"),
                ShowLegend = false,
                Mode = "markers",
                X = [.. marks.Select(m => (object?)m.Day)],
                Y = [.. marks.Select(_ => (object?)1.0)],
                Marker = new Marker { Symbol = "diamond", Size = 10, Color = "#444444" },
                HoverText = [.. marks.Select(m => $"{m.Label}\n{InvariantText.Day(m.Day)}")],
                HoverInfo = "text",
            });
        }

        return new Figure(traces, new FigureLayout
        {
            Title = Words.Get("IndicatorsPer_" + overTime.Options.Every),
            XAxis = new Axis { Kind = "date", Title = Words.Get("WindowFirstDay"), TickFormat = Words.DateTicks },
            YAxis = new Axis { Title = Words.Get("IndicatorAxis") },
            LegendTitle = Words.Get("IndicatorLegend"),
            HoverMode = "closest",
        });
    }

    /// <summary>
    /// Tie dynamics per window as stacked bars: ties kept from the window before, new ties, re-appeared ties (above
    /// zero: together the window's ties) and ties lost since the window before (below zero).
    /// </summary>
    /// <param name="overTime">The windows and their tie changes.</param>
    public static Figure TieDynamics(OverTimeResult overTime)
    {
        ArgumentNullException.ThrowIfNull(overTime);
        var x = overTime.Labels.Select(l => (object?)l).ToList();
        (string Name, string Color, Func<TieChange, int> Value, int Sign)[] parts =
        [
            (Words.Get("Kept"), "#08519c", t => t.Persisted, 1),
            (Words.Get("New"), "#31a354", t => t.Formed, 1),
            (Words.Get("Reappeared"), "#9ecae1", t => t.Reappeared, 1),
            (Words.Get("Lost"), "#de2d26", t => t.Dissolved, -1),
        ];
        var traces = parts.Select(p => (Trace)new BarTrace
        {
            Name = p.Name,
            X = x,
            Y = [.. overTime.Ties.Select(t => (object?)(p.Sign * p.Value(t)))],
            Marker = new Marker { Color = p.Color },
            HoverText = [.. overTime.Ties.Select((t, w) => $"{overTime.Labels[w]}\n{p.Name}: {p.Value(t)}\n{Words.Get("TiesInWindow", t.Ties)}")],
            HoverInfo = "text",
        });
        return new Figure(traces, new FigureLayout
        {
            Title = Words.Get("TieDynamicsTitle"),
            BarMode = "relative",
            XAxis = new Axis { Kind = "category", TickAngle = x.Count > 8 ? -45 : null },
            YAxis = new Axis { Title = Words.Get("PairsAxis") },
            LegendTitle = Words.Get("TiesScale"),
        });
    }

    private static object? Nullable(double value) => double.IsNaN(value) ? null : value;
}
