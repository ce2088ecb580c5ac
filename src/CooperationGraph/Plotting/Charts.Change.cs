using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// How much the ties changed from each window to the next (<see cref="ChangeIndex"/>): the Jaccard index, the
    /// formation rate and the dissolution rate as lines on a 0–1 axis at each window's name, the Hamming distance in
    /// the hover; the first window (nothing to compare with) and undefined values are gaps.
    /// </summary>
    /// <param name="overTime">The windows and their change indices (<see cref="OverTimeResult.Changes"/>).</param>
    public static Figure ChangeIndices(OverTimeResult overTime)
    {
        ArgumentNullException.ThrowIfNull(overTime);
        var x = overTime.Labels.Select(l => (object?)l).ToList();
        (string Column, string Color, string? Dash, Func<ChangeIndex, double?> Value)[] lines =
        [
            ("jaccard", "#08519c", null, c => c.Jaccard),
            ("formation_rate", "#31a354", "dash", c => c.FormationRate),
            ("dissolution_rate", "#de2d26", "dot", c => c.DissolutionRate),
        ];
        var traces = lines.Select(l =>
        {
            string name = Words.Label(l.Column);
            return (Trace)new ScatterTrace
            {
                Name = name,
                Mode = "lines+markers",
                X = x,
                Y = [.. overTime.Changes.Select(c => (object?)l.Value(c))],
                Line = new LineStyle(l.Color, 2, l.Dash),
                Marker = new Marker { Color = l.Color, Size = 6 },
                HoverText = [.. overTime.Changes.Select((c, w) => c.Hamming is { } h
                    ? $"{overTime.Labels[w]}\n{name}: {(l.Value(c) is { } v ? Words.Number(v) : "–")}\n{Words.Label("hamming")}: {h}"
                    : (string?)null)],
                HoverInfo = "text",
            };
        });
        return new Figure(traces, new FigureLayout
        {
            Title = Words.Get("ChangeIndicesTitle"),
            XAxis = new Axis { Kind = "category", TickAngle = x.Count > 8 ? -45 : null },
            YAxis = new Axis { Title = Words.Get("ShareAxis"), Range = [-0.02, 1.05] },
            LegendTitle = Words.Get("ChangeIndicesLegend"),
            HoverMode = "closest",
        });
    }
}
