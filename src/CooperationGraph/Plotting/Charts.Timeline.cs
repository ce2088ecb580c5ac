using CooperationGraph.Plotting;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>
    /// The timeline of cooperation: one row per kind of joint action, a marker per action at its first day sized by its
    /// number of participants (a line to its last day when it lasts several days), and a row of signed declarations.
    /// Hovering shows the title, dates and participants.
    /// </summary>
    /// <param name="dataset">The dataset: every action and declaration.</param>
    public static Figure Timeline(CooperationDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return Timeline(dataset, AnalysisWindow.All);
    }

    /// <summary>The timeline of an analysis: only the actions and declarations in its window (<c>Gaps.Window</c> of its options).</summary>
    /// <param name="result">The analysis.</param>
    public static Figure Timeline(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return Timeline(result.Dataset, result.Options.Window);
    }

    /// <summary>
    /// The timeline of one institution in an analysis: the joint actions of the window it took part in and the
    /// declarations of the window it signed, drawn as <see cref="Timeline(CooperationDataset)"/> draws them all.
    /// </summary>
    /// <param name="result">The analysis.</param>
    /// <param name="institutionId">The institution.</param>
    /// <exception cref="KeyNotFoundException">No institution has that id.</exception>
    public static Figure Timeline(AnalysisResult result, string institutionId)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(institutionId);
        _ = result.Dataset.GetInstitution(institutionId);
        return Timeline(
            result.Dataset,
            result.Options.Window,
            a => a.Participants.Any(p => p.InstitutionId == institutionId),
            d => d.Signatories.Contains(institutionId));
    }

    private static Figure Timeline(CooperationDataset dataset, AnalysisWindow window, Func<JointAction, bool>? action = null, Func<Declaration, bool>? declaration = null)
    {
        action ??= _ => true;
        declaration ??= _ => true;
        var traces = new List<Trace>();
        var declarations = dataset.Declarations.Where(d => window.Includes(d) && declaration(d)).ToList();
        if (declarations.Count > 0)
        {
            traces.Add(new ScatterTrace
            {
                Name = Words.Get("DeclarationSigned"),
                X = [.. declarations.Select(d => (object?)d.SignedOn)],
                Y = [.. declarations.Select(_ => (object?)Words.Get("DeclarationSigned"))],
                HoverText = [.. declarations.Select(d => $"{d.Title}\n{Words.Get("SignedOn", InvariantText.Day(d.SignedOn))}\n{Words.Get("Signatories", d.Signatories.Count, Names(dataset, d.Signatories))}")],
                HoverInfo = "text",
                Marker = new Marker { Symbol = "diamond", Size = 14, Color = "#444444" },
            });
        }

        int kindIndex = 0;
        foreach (var kind in Enum.GetValues<JointActionKind>())
        {
            var actions = dataset.JointActions.Where(a => a.Kind == kind && window.Includes(a) && action(a)).OrderBy(a => a.Date).ToList();
            kindIndex++;
            if (actions.Count == 0)
            {
                continue;
            }

            string row = KindLabel(kind);
            string color = SectorPalette.Of(kindIndex + 10);
            var spans = actions.Where(a => a.EndDate is { } end && end > a.Date).ToList();
            if (spans.Count > 0)
            {
                traces.Add(new ScatterTrace
                {
                    Name = row,
                    LegendGroup = row,
                    ShowLegend = false,
                    Mode = "lines",
                    X = [.. spans.SelectMany(a => new object?[] { a.Date, a.EndDate, null })],
                    Y = [.. spans.SelectMany(_ => new object?[] { row, row, null })],
                    Line = new LineStyle(color, 6),
                    HoverInfo = "skip",
                });
            }

            traces.Add(new ScatterTrace
            {
                Name = row,
                LegendGroup = row,
                X = [.. actions.Select(a => (object?)a.Date)],
                Y = [.. actions.Select(_ => (object?)row)],
                HoverText = [.. actions.Select(a => Describe(dataset, a))],
                HoverInfo = "text",
                Marker = new Marker
                {
                    Color = color,
                    Sizes = [.. actions.Select(a => 6 + (4 * Math.Sqrt(a.Participants.Count)))],
                    Opacity = 0.85,
                    OutlineColor = "#ffffff",
                    OutlineWidth = 1,
                },
            });
        }

        return new Figure(traces, new FigureLayout
        {
            Title = Words.Get("TimelineTitle", dataset.JointActions.Count(a => window.Includes(a) && action(a)), declarations.Count),
            XAxis = new Axis { Kind = "date", Title = Words.Get("DateAxis"), TickFormat = Words.DateTicks },
            YAxis = new Axis { Kind = "category", Reversed = true },
            LegendTitle = Words.Get("MarkerSizeLegend"),
            HoverMode = "closest",
        });
    }

    private static string Describe(CooperationDataset dataset, JointAction action)
    {
        string when = action.EndDate is { } end && end > action.Date ? Words.Get("DayRange", InvariantText.Day(action.Date), InvariantText.Day(end)) : InvariantText.Day(action.Date);
        string cost = action.CostPln is { } pln ? "\n" + Words.Get("Cost", pln.ToString("#,0.##", Words.Numbers)) : string.Empty;
        return $"{action.Title}\n{when}{cost}\n{Words.Get("Participants", action.Participants.Count, Names(dataset, action.Participants.Select(p => p.InstitutionId)))}";
    }

    private static string Names(CooperationDataset dataset, IEnumerable<string> ids)
    {
        var names = ids.Select(id => dataset.TryGetInstitution(id, out var i) ? i.Name : id).ToList();
        const int shown = 8;
        return names.Count <= shown ? string.Join(", ", names) : string.Join(", ", names.Take(shown)) + Words.Get("AndMore", names.Count - shown);
    }

    internal static string KindLabel(JointActionKind kind) => Messages.Polish ? IO.FieldParser.Word(kind, DatasetLanguage.Polish) : kind switch
    {
        JointActionKind.StudyVisit => "study visit",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
