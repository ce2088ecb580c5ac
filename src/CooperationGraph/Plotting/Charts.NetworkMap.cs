using CooperationGraph.Plotting;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// The enacted network of an analysis as a map: institutions placed by a seeded stress-majorization layout (see <see cref="NetworkLayout"/>), coloured by
    /// sector (one legend entry per sector), sized by a centrality measure; enacted ties as lines whose width grows
    /// with their weight; pairs that only signed a declaration together as dashed grey lines. Hovering an institution
    /// shows its name, sector, unit and measures; hovering a tie's middle shows its weight and events.
    /// </summary>
    /// <param name="result">An analysis: its enacted and declared networks, centrality and window are drawn; nothing is
    /// measured again.</param>
    /// <param name="options">Size measure, layout, what to draw; defaults in <see cref="NetworkMapOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the layout.</param>
    /// <exception cref="ArgumentException">The size measure is not one the analysis computed (Katz is not).</exception>
    public static Figure NetworkMap(AnalysisResult result, NetworkMapOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(result);
        options ??= new NetworkMapOptions();
        if (options.SizeBy is { } measure && !result.Centrality.Measures.Contains(measure))
        {
            throw new ArgumentException(
                $"The analysis did not compute {measure.ColumnName()}; size the map by one it did ({string.Join(", ", result.Centrality.Measures.Select(m => m.ColumnName()))}), or draw result.Network with its own measures.",
                nameof(options));
        }

        return Map(result.Network, result.Centrality, result.Dataset, result.DeclaredNetwork, result.Options.Window, options, cancellationToken);
    }

    /// <summary>The enacted network of a whole dataset as a map (for one window, draw the analysis of that window); see <see cref="NetworkMap(AnalysisResult, NetworkMapOptions?, CancellationToken)"/>.</summary>
    /// <param name="dataset">The dataset.</param>
    /// <param name="options">Size measure, layout, what to draw; defaults in <see cref="NetworkMapOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the layout.</param>
    public static Figure NetworkMap(CooperationDataset dataset, NetworkMapOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(dataset);
        options ??= new NetworkMapOptions();
        var network = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Enacted });
        var declared = options.ShowDeclaredOnly ? CooperationNetwork.Build(dataset, new NetworkOptions { Layers = NetworkLayers.Declared }) : null;
        return Map(network, SizeTable(network, options), dataset, declared, AnalysisWindow.All, options, cancellationToken);
    }

    /// <summary>Any network (a layer, a projection, an edge list) as a map, its ties drawn alike; see <see cref="NetworkMap(AnalysisResult, NetworkMapOptions?, CancellationToken)"/>.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Size measure, layout; defaults in <see cref="NetworkMapOptions"/>.</param>
    /// <param name="cancellationToken">Cancels the layout.</param>
    public static Figure NetworkMap(CooperationNetwork network, NetworkMapOptions? options = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ArgumentNullException.ThrowIfNull(network);
        options ??= new NetworkMapOptions();
        return Map(network, SizeTable(network, options), null, null, AnalysisWindow.All, options, cancellationToken);
    }

    private static CentralityTable? SizeTable(CooperationNetwork network, NetworkMapOptions options) => options.SizeBy is { } measure
        ? CentralityAnalysis.Compute(network, new CentralityOptions { Measures = [measure] })
        : null;

    /// <summary>Pairs that signed together (in the window) but have no tie in <paramref name="enacted"/>, as network positions.</summary>
    private static List<(int U, int V)> DeclaredOnly(CooperationNetwork declared, CooperationNetwork enacted)
    {
        var pairs = new List<(int U, int V)>();
        foreach (var (u, v) in declared.Graph.Edges())
        {
            if (enacted.Graph.Weight(u, v) == 0)
            {
                pairs.Add((u, v));
            }
        }

        return pairs;
    }

    /// <summary>
    /// Draws <paramref name="network"/>; with a dataset, also the pairs that only signed together, and then the layout
    /// places institutions by both layers (same institutions, same order), so that declared partners sit near each other.
    /// </summary>
    private static Figure Map(CooperationNetwork network, CentralityTable? centrality, CooperationDataset? dataset, CooperationNetwork? declared, AnalysisWindow window, NetworkMapOptions options, CancellationToken cancellationToken)
    {
        var institutions = network.Institutions;
        int n = institutions.Count;
        var declaredOnly = new List<(int U, int V)>();
        var layoutNetwork = network;
        if (dataset is not null && declared is not null && options.ShowDeclaredOnly)
        {
            declaredOnly = DeclaredOnly(declared, network);
            if (declaredOnly.Count > 0)
            {
                layoutNetwork = CooperationNetwork.Build(dataset, new NetworkOptions { Layers = network.Options.Layers | NetworkLayers.Declared, Window = window });
            }
        }

        var positions = NetworkLayout.Compute(layoutNetwork, options.Layout, cancellationToken);
        var sizeValues = centrality is not null && options.SizeBy is { } measure ? centrality.Column(measure) : null;
        double max = sizeValues?.Where(double.IsFinite).DefaultIfEmpty(0).Max() ?? 0;
        var diameters = new double[n];
        for (int i = 0; i < n; i++)
        {
            diameters[i] = NodeSize(sizeValues, max, i);
        }

        var groups = Colours(institutions, options.Communities);
        string legendTitle = Words.Get(options.Communities is null ? "SectorLegend" : "CommunityLegend");
        bool lines = network.Ties.Count > 0 || declaredOnly.Count > 0;
        var frame = MapFrame.For(options, [.. groups.Select(g => g.Name)], lines, legendTitle);
        var order = LabelOrder(network, sizeValues);
        var room = new double[n];
        if (options.ShowNames != false)
        {
            foreach (int i in order.Take(MapCanvas.RoomFor))
            {
                room[i] = LabelRoom;
            }
        }

        var canvas = MapCanvas.Fit(positions.X, positions.Y, diameters, NodeOutline, frame.PlotWidth, frame.PlotHeight, frame.PlotWidth * 0.05, frame.PlotHeight * 0.04, room, cancellationToken);
        var (labels, placed, hidden) = Labels(network, canvas, order, options);
        var x = canvas.X;
        var y = canvas.Y;
        var traces = new List<Trace>();
        if (declaredOnly.Count > 0)
        {
            traces.Add(new ScatterTrace
            {
                Name = Words.Get("DeclaredOnly"),
                Legend = "legend2",
                Mode = "lines",
                X = [.. declaredOnly.SelectMany(p => new object?[] { Pixel(x[p.U]), Pixel(x[p.V]), null })],
                Y = [.. declaredOnly.SelectMany(p => new object?[] { Pixel(y[p.U]), Pixel(y[p.V]), null })],
                Line = new LineStyle("#9a9a9a", 1, "dash"),
                HoverInfo = "skip",
            });
        }

        AddTies(traces, network, x, y);
        bool named = placed.Any(p => p >= 0);
        foreach (var group in groups)
        {
            var members = group.Members;
            traces.Add(new ScatterTrace
            {
                Name = group.Name,
                Mode = named ? "markers+text" : "markers",
                X = [.. members.Select(i => (object?)Pixel(x[i]))],
                Y = [.. members.Select(i => (object?)Pixel(y[i]))],
                Text = named ? [.. members.Select(i => placed[i] >= 0 ? labels[i] : string.Empty)] : null,
                TextPositions = named ? [.. members.Select(i => LabelPlacement.Positions[Math.Max(0, placed[i])])] : null,
                HoverText = [.. members.Select(i => NodeHover(network, centrality, i))],
                HoverInfo = "text",
                Marker = new Marker
                {
                    Color = group.Colour,
                    Sizes = [.. members.Select(i => canvas.Diameters[i])],
                    OutlineColor = "#ffffff",
                    OutlineWidth = NodeOutline,
                },
            });
        }

        if (options.Highlight is { } highlight && institutions.Select((i, k) => (i.Id, k)).FirstOrDefault(p => p.Id == highlight) is (not null, int at))
        {
            traces.Add(new ScatterTrace
            {
                Name = institutions[at].ShortName ?? institutions[at].Name,
                Legend = "legend2",
                Mode = "markers",
                X = [Pixel(x[at])],
                Y = [Pixel(y[at])],
                HoverInfo = "skip",
                Marker = new Marker { Symbol = "circle-open", Size = canvas.Diameters[at] + 8, Color = "#1b1f24", OutlineWidth = 2.5 },
            });
        }

        string sizeNote = options.SizeBy is { } by ? Words.Get("SizeNote", Words.Column(by.ColumnName())) : string.Empty;
        return new Figure(traces, frame.Layout(canvas) with
        {
            Title = options.Title ?? Words.Get("MapTitle", n, network.Ties.Count, Layers(network.Options.Layers), sizeNote),
            Subtitle = hidden > 0 ? Words.Get("LabelsHidden", hidden) : null,
            LegendTitle = legendTitle,
            HoverMode = "closest",
            ShowLegend = options.ShowLegend ? null : false,
        });
    }

    /// <summary>The marker groups, one trace and legend entry each: sectors in sector order, or communities by number.</summary>
    private static List<(string Name, string Colour, List<int> Members)> Colours(IReadOnlyList<Institution> institutions, CommunityPartition? communities)
    {
        var all = Enumerable.Range(0, institutions.Count);
        if (communities is null)
        {
            return [.. all.GroupBy(i => institutions[i].Sector).OrderBy(g => g.First()).Select(g => (g.Key.Labelled, SectorPalette.Of(g.Key), g.ToList()))];
        }

        var ids = communities.Institutions.ToHashSet(StringComparer.Ordinal);
        return [.. all.GroupBy(i => ids.Contains(institutions[i].Id) ? communities.CommunityOf(institutions[i].Id) : 0).OrderBy(g => g.Key)
            .Select(g => (Words.Get("CommunityEntry", g.Key), SectorPalette.Of(Math.Max(0, g.Key - 1)), g.ToList()))];
    }

    /// <summary>Ties as up to four line traces by weight (a trace has one width), and invisible midpoints that carry the hover text.</summary>
    private static void AddTies(List<Trace> traces, CooperationNetwork network, IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var ties = network.Ties;
        if (ties.Count == 0)
        {
            return;
        }

        var ends = new (int U, int V)[ties.Count];
        for (int t = 0; t < ties.Count; t++)
        {
            ends[t] = (network.IndexOf(ties[t].SourceId), network.IndexOf(ties[t].TargetId));
        }

        double max = ties.Max(t => t.Weight), min = ties.Min(t => t.Weight);
        string legend = min == max ? Words.Get("TiesLegendOne", Weight(min)) : Words.Get("TiesLegend", Weight(min), Weight(max));
        bool first = true;
        const int buckets = 4;
        var byBucket = Enumerable.Range(0, ties.Count).GroupBy(t => Math.Clamp((int)Math.Ceiling(buckets * ties[t].Weight / max), 1, buckets)).OrderBy(g => g.Key);
        foreach (var bucket in byBucket)
        {
            var members = bucket.ToList();
            traces.Add(new ScatterTrace
            {
                Name = legend,
                ShowLegend = first,
                Legend = "legend2",
                LegendGroup = "ties",
                Mode = "lines",
                X = [.. members.SelectMany(t => new object?[] { Pixel(x[ends[t].U]), Pixel(x[ends[t].V]), null })],
                Y = [.. members.SelectMany(t => new object?[] { Pixel(y[ends[t].U]), Pixel(y[ends[t].V]), null })],
                Line = new LineStyle("#5b6b7b", 0.8 + (1.2 * (bucket.Key - 1))),
                HoverInfo = "skip",
            });
            first = false;
        }

        traces.Add(new ScatterTrace
        {
            Name = Words.Get("Tie"),
            ShowLegend = false,
            X = [.. ends.Select(e => (object?)Pixel((x[e.U] + x[e.V]) / 2))],
            Y = [.. ends.Select(e => (object?)Pixel((y[e.U] + y[e.V]) / 2))],
            HoverText = [.. Enumerable.Range(0, ties.Count).Select(t => TieHover(network.Institutions[ends[t].U].Name, network.Institutions[ends[t].V].Name, ties[t]))],
            HoverInfo = "text",
            Marker = new Marker { Size = 6, Opacity = 0, Color = "#5b6b7b" },
        });
    }

    private static string TieHover(string first, string second, NetworkTie tie)
    {
        string events = tie.Events.Count == 0 ? string.Empty
            : "\n" + Words.Get("TieEvents", tie.Events.Count) + (tie.Events.Count <= 6 ? string.Join(", ", tie.Events) : string.Join(", ", tie.Events.Take(6)) + ", …");
        return $"{first} – {second}\n{Words.Get("TieWeight", Weight(tie.Weight))}{events}";
    }

    private static string NodeHover(CooperationNetwork network, CentralityTable? centrality, int i)
    {
        var institution = network.Institutions[i];
        var text = new System.Text.StringBuilder();
        text.Append(institution.Name).Append('\n').Append(institution.Sector.Labelled);
        if (institution.Unit is { } unit)
        {
            text.Append('\n').Append(unit);
            if (institution.Level is { } level)
            {
                text.Append(" (").Append(Messages.Polish ? IO.FieldParser.Word(level, DatasetLanguage.Polish) : level.ToString().ToLowerInvariant()).Append(')');
            }
        }

        text.Append('\n').Append(Words.Get("Partners", network.Graph.Degree(i)));
        if (centrality is not null)
        {
            foreach (var measure in centrality.Measures.Where(m => m != CentralityMeasure.Degree))
            {
                text.Append('\n').Append(Words.Column(measure.ColumnName())).Append(": ").Append(Words.Number(centrality.Column(measure)[i]));
            }
        }

        return text.ToString();
    }

    private static double NodeSize(IReadOnlyList<double>? values, double max, int i) =>
        values is null || max <= 0 || !double.IsFinite(values[i]) ? 12 : 8 + (26 * Math.Sqrt(Math.Max(0, values[i]) / max));

    private static string Weight(double weight) => ReadableNumber.Decimals(weight, Words.Numbers);

    /// <summary>The layers a network was built from, in the reader's words (<c>Enacted</c>, <c>zrealizowane</c>).</summary>
    private static string Layers(NetworkLayers layers) => Enum.IsDefined(layers)
        ? Words.Get("Layer_" + layers)
        : string.Join(", ", Enum.GetValues<NetworkLayers>().Where(l => l is NetworkLayers.Declared or NetworkLayers.JointActions or NetworkLayers.DirectTies && layers.HasFlag(l)).Select(l => Words.Get("Layer_" + l)));
}
