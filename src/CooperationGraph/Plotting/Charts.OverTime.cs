using CooperationGraph.Plotting;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// The indicators over time: one line per indicator at the first day of each window — the shares (activation rate,
    /// required sectors present, required links realised, density, fragmentation) on a 0–1 axis, the E-I index on its
    /// own −1–1 axis on the right — with milestones (plain days with a label) as grey dotted vertical lines.
    /// </summary>
    /// <param name="overTime">The windows and their indicators (<see cref="OverTime.Analyze"/> or <c>AnalysisResult.OverTime</c>).</param>
    /// <param name="milestones">Days to mark, each with its label (plain text); none by default.</param>
    public static Figure IndicatorsOverTime(OverTimeResult overTime, IEnumerable<(DateOnly Day, string Label)>? milestones = null)
    {
        ArgumentNullException.ThrowIfNull(overTime);
        var traces = IndicatorLines(overTime);
        traces.AddRange(Marks([.. milestones ?? []], Words.Get("Milestones"), "#444444", "dot", "diamond"));
        return IndicatorFigure(overTime, traces);
    }

    /// <summary>
    /// The indicators over time as <see cref="IndicatorsOverTime(OverTimeResult, IEnumerable{ValueTuple{DateOnly, string}}?)"/>,
    /// with each signed declaration (or agreement) as a green dashed vertical line and the project's end as a red
    /// long-dashed one: two marks, each its own legend entry, each line naming its declaration (or the end) and day on hover.
    /// </summary>
    /// <param name="overTime">The windows and their indicators.</param>
    /// <param name="declarations">The declarations to mark (e.g. <c>result.Dataset.Declarations</c>).</param>
    /// <param name="projectEnd">The project's last day, or null.</param>
    public static Figure IndicatorsOverTime(OverTimeResult overTime, IEnumerable<Declaration> declarations, DateOnly? projectEnd)
    {
        ArgumentNullException.ThrowIfNull(overTime);
        ArgumentNullException.ThrowIfNull(declarations);
        var traces = IndicatorLines(overTime);
        traces.AddRange(Marks([.. declarations.Select(d => (d.SignedOn, d.Title))], Words.Get("DeclarationSigned"), "#31a354", "dash", "triangle-down"));
        if (projectEnd is { } end)
        {
            traces.AddRange(Marks([(end, Words.Get("ProjectEnd"))], Words.Get("ProjectEnd"), "#de2d26", "longdash", "square"));
        }

        return IndicatorFigure(overTime, traces);
    }

    private static List<Trace> IndicatorLines(OverTimeResult overTime)
    {
        var x = overTime.Windows.Select(w => (object?)w.From).ToList();
        var traces = new List<Trace>();
        for (int k = 0; k < Indicators.Count; k++)
        {
            var (column, value) = Indicators[k];
            string label = Words.Label(column);
            bool ei = column == "ei_index";
            traces.Add(new ScatterTrace
            {
                Name = ei ? Words.Get("RightAxis", label) : label,
                Mode = "lines+markers",
                X = x,
                Y = [.. overTime.Indicators.Select(i => Nullable(value(i)))],
                Line = new LineStyle(SectorPalette.Of(k + 2), 2, ei ? "dashdot" : null),
                Marker = new Marker { Color = SectorPalette.Of(k + 2), Size = 6 },
                HoverText = [.. overTime.Indicators.Select((i, w) => $"{overTime.Labels[w]}\n{label}: {Words.Number(value(i))}")],
                HoverInfo = "text",
                OnSecondAxis = ei,
            });
        }

        return traces;
    }

    /// <summary>A kind of mark: vertical lines over the share axis (hover on their points names each) and a symbol on top, one legend entry.</summary>
    private static IEnumerable<Trace> Marks(IReadOnlyList<(DateOnly Day, string Label)> marks, string name, string color, string dash, string symbol)
    {
        if (marks.Count == 0)
        {
            yield break;
        }

        double[] heights = [0, 0.25, 0.5, 0.75, 1.0];
        string Hover((DateOnly Day, string Label) m) => $"{name}: {m.Label}\n{InvariantText.Day(m.Day)}";
        yield return new ScatterTrace
        {
            Name = name,
            LegendGroup = name,
            Mode = "lines",
            X = [.. marks.SelectMany(m => heights.Select(_ => (object?)m.Day).Append(null))],
            Y = [.. marks.SelectMany(_ => heights.Select(h => (object?)h).Append(null))],
            HoverText = [.. marks.SelectMany(m => heights.Select(_ => (string?)Hover(m)).Append(null))],
            HoverInfo = "text",
            Line = new LineStyle(color, 2, dash),
        };
        yield return new ScatterTrace
        {
            Name = name,
            LegendGroup = name,
            ShowLegend = false,
            Mode = "markers",
            X = [.. marks.Select(m => (object?)m.Day)],
            Y = [.. marks.Select(_ => (object?)1.0)],
            Marker = new Marker { Symbol = symbol, Size = 11, Color = color },
            HoverText = [.. marks.Select(m => (string?)Hover(m))],
            HoverInfo = "text",
        };
    }

    private static Figure IndicatorFigure(OverTimeResult overTime, List<Trace> traces) => new(traces, new FigureLayout
    {
        Title = Words.Get("IndicatorsPer_" + overTime.Options.Every),
        XAxis = new Axis { Kind = "date", Title = Words.Get("WindowFirstDay"), TickFormat = Words.DateTicks },
        YAxis = new Axis { Title = Words.Get("ShareAxis"), Range = [-0.02, 1.05] },
        YAxis2 = new Axis { Title = Words.Get("EIAxis"), Range = [-1.04, 1.1], ShowGrid = false, ZeroLine = true },
        LegendTitle = Words.Get("IndicatorLegend"),
        Legend = new LegendPlacement { Horizontal = true, Y = -0.2, YAnchor = "top" },
        HoverMode = "closest",
    });

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
