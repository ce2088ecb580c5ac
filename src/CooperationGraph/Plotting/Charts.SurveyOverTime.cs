using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// The partner survey over time (<see cref="OverTimeResult.HasSurveyWaves"/>): per window holding a wave, the
    /// response rate and the weak perceived density as solid lines on a 0–1 axis, the mean level (Frey, 0–5), trust and
    /// value (PARTNER, 1–4) as dashed lines on a 0–5 axis on the right, each with its own marker symbol, at each window's
    /// name; a window without a wave is a gap. The figures are the window's <see cref="CooperationIndicators.Survey"/>, computed by the analysis, not here.
    /// Null when the survey is not dated or no window holds a wave.
    /// </summary>
    /// <param name="overTime">The windows and their indicators (<see cref="OverTime.Analyze"/> or <c>AnalysisResult.OverTime</c>).</param>
    public static Figure? SurveyOverTime(OverTimeResult overTime)
    {
        ArgumentNullException.ThrowIfNull(overTime);
        if (!overTime.HasSurveyWaves || overTime.Indicators.All(i => i.Survey is null))
        {
            return null;
        }

        var x = overTime.Labels.Select(l => (object?)l).ToList();
        (int Column, string Color, string Symbol, bool Right)[] lines =
        [
            (0, "#08519c", "circle", false), (4, "#31a354", "square", false),
            (1, "#6a51a3", "diamond", true), (2, "#e6550d", "triangle-up", true), (3, "#d6616b", "triangle-down", true),
        ];
        var traces = lines.Select(l =>
        {
            string column = SurveyIndicators.Columns[l.Column];
            string label = Words.Label(column);
            double Value(CooperationIndicators i) => i.Survey is { } survey ? survey.Values()[l.Column] : double.NaN;
            return (Trace)new ScatterTrace
            {
                Name = l.Right ? Words.Get("RightAxis", label) : label,
                Mode = "lines+markers",
                X = x,
                Y = [.. overTime.Indicators.Select(i => Nullable(Value(i)))],
                Line = new LineStyle(l.Color, 2, l.Right ? "dash" : null),
                Marker = new Marker { Color = l.Color, Size = 10, Symbol = l.Symbol },
                HoverText = [.. overTime.Indicators.Select((i, w) => i.Survey is null ? null : $"{overTime.Labels[w]}\n{label}: {Words.Number(Value(i))}")],
                HoverInfo = "text",
                OnSecondAxis = l.Right,
            };
        }).ToList();
        return new Figure(traces, new FigureLayout
        {
            Title = Words.Get("SurveyOverTimeTitle"),
            XAxis = new Axis { Kind = "category", TickAngle = x.Count > 8 ? -45 : null },
            YAxis = new Axis { Title = Words.Get("ShareAxis"), Range = [-0.02, 1.05] },
            YAxis2 = new Axis { Title = Words.Get("SurveyScaleAxis"), Range = [-0.1, 5.25], ShowGrid = false },
            LegendTitle = Words.Get("IndicatorLegend"),
            Legend = new LegendPlacement { Horizontal = true, Y = -0.2, YAnchor = "top" },
            HoverMode = "closest",
        });
    }
}
