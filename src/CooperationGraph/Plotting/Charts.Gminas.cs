using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// Gminas compared: for each gmina, grouped bars of the same gap indicators as <see cref="WindowComparison"/>
    /// (activation rate, required sectors present, required links realised, density, fragmentation and E-I index), the
    /// values of <c>comparison.csv</c> (undefined values leave a gap). Readable up to about 30 gminas; beyond, draw
    /// <see cref="GminaDistribution"/> and <see cref="GminaScatter"/>.
    /// </summary>
    /// <param name="comparison">The comparison (<see cref="GminaComparer.Compare(IEnumerable{ValueTuple{string, CooperationDataset}}, AnalysisOptions?, CancellationToken)"/>): gminas named uniquely, in the order to show.</param>
    public static Figure GminaComparison(GminaComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var gminas = comparison.Gminas;
        return GroupedBars(
            [.. gminas.Select(g => g.Name)],
            [.. Indicators.Select(i => (Words.Label(i.Column), gminas.Select(g => i.Value(g.Indicators)).ToArray()))],
            Words.Get("GminaBarsTitle", gminas.Count));
    }

    /// <summary>
    /// How one indicator is distributed over many gminas: a histogram of the gminas' values (<see cref="HistogramBins"/>
    /// bins of equal width between the smallest and largest value; gminas where it is undefined are left out and
    /// counted in the title), or, with <paramref name="groups"/>, one box plot per group (median, quartiles, whiskers
    /// at 1.5 IQR) with each gmina's value.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="column">An indicator column of <c>comparison.csv</c> (<see cref="CooperationIndicators.Columns"/>).</param>
    /// <param name="groups">A group per gmina (<see cref="GminaComparison.GroupsBy"/>), or null for a histogram.</param>
    /// <exception cref="ArgumentException">The column is not an indicator column.</exception>
    public static Figure GminaDistribution(GminaComparison comparison, string column, IReadOnlyList<string?>? groups = null)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var values = IndicatorValues(comparison, column);
        var defined = Enumerable.Range(0, values.Length).Where(g => !double.IsNaN(values[g])).ToList();
        string label = IndicatorLabel(column);
        string title = defined.Count == values.Length ? label : $"{label} ({Words.Get("UndefinedIn", values.Length - defined.Count)})";
        if (groups is not null && defined.Select(g => groups[g]).Distinct().Count() > MaxBoxGroups)
        {
            // Hundreds of boxes (413 powiats) would be a wall again: the distribution of the groups' means instead.
            var means = defined.GroupBy(g => groups[g] ?? string.Empty, StringComparer.Ordinal).Select(m => m.Average(g => values[g])).ToList();
            return Histogram(means, Words.Get("GroupMeansTitle", label, means.Count), label, Words.Get("GroupsAxis"));
        }

        if (groups is not null)
        {
            var box = new BoxTrace
            {
                Name = label,
                X = [.. defined.Select(g => (object?)(groups[g] ?? "–"))],
                Y = [.. defined.Select(g => (object?)Math.Round(values[g], 4))],
                HoverText = [.. defined.Select(g => $"{comparison.Gminas[g].Name}\n{label}: {Words.Number(values[g])}")],
                Marker = new Marker { Color = "#08519c" },
            };
            return new Figure([box], new FigureLayout
            {
                Title = title,
                ShowLegend = false,
                Height = 340,
                XAxis = new Axis { Kind = "category", Title = Words.Get("GroupAxis"), TickAngle = -45 },
                YAxis = new Axis { Title = label },
            });
        }

        return Histogram([.. defined.Select(g => values[g])], title, label, Words.Get("GminasAxis"));
    }

    /// <summary>Above this many groups a distribution shows the histogram of the groups' means instead of a box per group.</summary>
    internal const int MaxBoxGroups = 30;

    private static Figure Histogram(IReadOnlyList<double> values, string title, string label, string counted)
    {
        var bins = HistogramBins(values);
        var bars = new BarTrace
        {
            Name = label,
            X = [.. bins.Select(b => (object?)Math.Round((b.From + b.To) / 2, 6))],
            Y = [.. bins.Select(b => (object?)b.Count)],
            HoverText = [.. bins.Select(b => Words.Get("BinHover", Words.Number(b.From), Words.Number(b.To), b.Count, counted))],
            HoverInfo = "text",
            Marker = new Marker { Color = "#08519c" },
        };
        return new Figure([bars], new FigureLayout
        {
            Title = title,
            ShowLegend = false,
            Height = 280,
            XAxis = new Axis { Title = label },
            YAxis = new Axis { Title = counted },
        });
    }

    /// <summary>
    /// Two indicators of many gminas against each other: one point per gmina (gminas where either is undefined are left
    /// out), its name and both values on hover.
    /// </summary>
    /// <param name="comparison">The comparison.</param>
    /// <param name="x">The indicator column on the horizontal axis (<see cref="CooperationIndicators.Columns"/>).</param>
    /// <param name="y">The indicator column on the vertical axis.</param>
    /// <exception cref="ArgumentException">A column is not an indicator column.</exception>
    public static Figure GminaScatter(GminaComparison comparison, string x, string y)
    {
        ArgumentNullException.ThrowIfNull(comparison);
        var xs = IndicatorValues(comparison, x);
        var ys = IndicatorValues(comparison, y);
        var shown = Enumerable.Range(0, xs.Length).Where(g => !double.IsNaN(xs[g]) && !double.IsNaN(ys[g])).ToList();
        string xLabel = IndicatorLabel(x), yLabel = IndicatorLabel(y);
        var points = new ScatterTrace
        {
            Name = Words.Get("GminasAxis"),
            Mode = "markers",
            X = [.. shown.Select(g => (object?)Math.Round(xs[g], 4))],
            Y = [.. shown.Select(g => (object?)Math.Round(ys[g], 4))],
            HoverText = [.. shown.Select(g => $"{comparison.Gminas[g].Name}\n{xLabel}: {Words.Number(xs[g])}\n{yLabel}: {Words.Number(ys[g])}")],
            HoverInfo = "text",
            Marker = new Marker { Color = "#08519c", Size = 6, Opacity = 0.5 },
        };
        return new Figure([points], new FigureLayout
        {
            Title = Words.Get("ScatterTitle", yLabel, xLabel, shown.Count),
            ShowLegend = false,
            Height = 520,
            HoverMode = "closest",
            XAxis = new Axis { Title = xLabel, ZeroLine = false },
            YAxis = new Axis { Title = yLabel, ZeroLine = false },
        });
    }

    /// <summary>
    /// Equal-width bins from the smallest to the largest value: √n of them rounded up, between 1 and 30 (one bin when all
    /// values are equal); a value on an inner edge falls in the upper bin, the largest in the last.
    /// </summary>
    internal static IReadOnlyList<(double From, double To, int Count)> HistogramBins(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        double min = values.Min(), max = values.Max();
        int count = max > min ? Math.Clamp((int)Math.Ceiling(Math.Sqrt(values.Count)), 1, 30) : 1;
        double width = max > min ? (max - min) / count : 1;
        var counts = new int[count];
        foreach (double v in values)
        {
            counts[Math.Min(count - 1, (int)((v - min) / width))]++;
        }

        return [.. counts.Select((c, b) => (min + (b * width), b == count - 1 ? Math.Max(max, min + width) : min + ((b + 1) * width), c))];
    }

    /// <summary>Each gmina's value of an indicator column, NaN where undefined.</summary>
    internal static double[] IndicatorValues(GminaComparison comparison, string column)
    {
        int at = IndicatorIndex(column);
        return [.. comparison.Gminas.Select(g => g.Indicators.Values()[at] switch { int i => i, double d => d, _ => double.NaN })];
    }

    /// <summary>The position of an indicator column in <see cref="CooperationIndicators.Columns"/>.</summary>
    /// <exception cref="ArgumentException">Not an indicator column.</exception>
    internal static int IndicatorIndex(string column)
    {
        ArgumentNullException.ThrowIfNull(column);
        int at = CooperationIndicators.Columns.ToList().IndexOf(column);
        return at >= 0 ? at : throw new ArgumentException(
            $"'{column}' is not an indicator; indicators: {string.Join(", ", CooperationIndicators.Columns)}.", nameof(column));
    }

    /// <summary>An indicator's name in the reader's language: the chart label of a charted share, else the column's name.</summary>
    internal static string IndicatorLabel(string column) =>
        Indicators.Any(i => i.Column == column) ? Words.Label(column) : Words.Column(column);
}
