using System.Globalization;
using CooperationGraph.Text;

namespace CooperationGraph;

public static partial class Charts
{
    /// <summary>The middle of the PARTNER items' 1–4 scale, where the trust × value chart draws its quadrant lines.</summary>
    private const double ItemMidpoint = 2.5;

    /// <summary>
    /// Trust against value as the partners see them (<see cref="PerceivedCooperation"/>): one point per institution whose
    /// trust and value both reached the raters threshold (the others are not drawn, as <c>survey.csv</c> leaves them
    /// empty), dashed quadrant lines at the scale's midpoint 2.5. Null when no institution qualifies.
    /// </summary>
    /// <param name="result">An analysis of a dataset with a partner survey.</param>
    public static Figure? TrustValue(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.PerceivedCooperation is not { } survey)
        {
            return null;
        }

        var shown = survey.Scores.Where(s => double.IsFinite(s.Trust) && double.IsFinite(s.Value)).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var names = ShortLabels([.. shown.Select(s => s.Institution)]);
        var points = new ScatterTrace
        {
            X = [.. shown.Select(s => (object?)s.Trust)],
            Y = [.. shown.Select(s => (object?)s.Value)],
            Mode = "markers+text",
            Text = [.. names.Select(n => (string?)n)],
            TextPositions = [.. shown.Select(_ => "top center")],
            Marker = new Marker { Color = "#2c7fb8", Size = 11 },
            HoverText = [.. shown.Select((s, k) => $"{names[k]}\n{Words.Get("SurveyTrustAxis")}: {Words.Number(s.Trust)}\n{Words.Get("SurveyValueAxis")}: {Words.Number(s.Value)}\n{Words.Column("ratings_received")}: {s.RatingsReceived}")],
            HoverInfo = "text",
            ShowLegend = false,
        };
        var dashed = new LineStyle("#999999", 1, "dash");
        var vertical = new ScatterTrace { X = [ItemMidpoint, ItemMidpoint], Y = [1.0, 4.0], Mode = "lines", Line = dashed, HoverInfo = "skip", ShowLegend = false };
        var horizontal = new ScatterTrace { X = [1.0, 4.0], Y = [ItemMidpoint, ItemMidpoint], Mode = "lines", Line = dashed, HoverInfo = "skip", ShowLegend = false };
        return new Figure([vertical, horizontal, points], new FigureLayout
        {
            Title = Words.Get("SurveyScatterTitle", shown.Count, survey.Options.MinRaters),
            XAxis = new Axis { Title = Words.Get("SurveyTrustAxis"), Range = [0.8, 4.2], ZeroLine = false },
            YAxis = new Axis { Title = Words.Get("SurveyValueAxis"), Range = [0.8, 4.2], ZeroLine = false },
            Height = 560,
        });
    }

    /// <summary>
    /// The level matrix of a partner survey: row = rater, column = rated, coloured by the level reported (0–5 on the
    /// Frey scale); rows of invited institutions that did not answer are blank; cells of discordant pairs (the two
    /// reports 2 levels or more apart) are marked <c>*</c>. Null without a survey or with fewer than two invited.
    /// </summary>
    /// <param name="result">An analysis of a dataset with a partner survey.</param>
    public static Figure? LevelMatrix(AnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.PerceivedCooperation is not { InvitedCount: >= 2 } survey)
        {
            return null;
        }

        int m = survey.InvitedCount;
        var labels = ShortLabels([.. survey.Invited.Select(result.Dataset.GetInstitution)]);
        var discordant = survey.Discordant.Select(p => (p.FirstId, p.SecondId)).ToHashSet();
        var z = new double?[m][];
        var text = new string?[m][];
        for (int a = 0; a < m; a++)
        {
            z[a] = new double?[m];
            text[a] = new string?[m];
            for (int b = 0; b < m; b++)
            {
                if (a == b || survey.Level(a, b) is not { } level)
                {
                    continue;
                }

                z[a][b] = (int)level;
                bool marked = discordant.Contains((survey.Invited[a], survey.Invited[b])) || discordant.Contains((survey.Invited[b], survey.Invited[a]));
                text[a][b] = ((int)level).ToString(CultureInfo.InvariantCulture) + (marked ? "*" : "");
            }
        }

        var heatmap = new HeatmapTrace
        {
            X = labels,
            Y = labels,
            Z = z,
            CellText = text,
            ZMin = 0,
            ZMax = 5,
            ColorScale = [(0, "#f7fcf5"), (0.4, "#a1d99b"), (1, "#00441b")],
            ScaleTitle = Words.Get("SurveyLevelScale"),
            Gap = 1,
            HoverTemplate = Words.Get("SurveyLevelHover"),
        };
        return new Figure([heatmap], new FigureLayout
        {
            Title = Words.Get("SurveyLevelTitle"),
            XAxis = new Axis { Kind = "category", TickAngle = -45, ShowGrid = false },
            YAxis = new Axis { Kind = "category", Reversed = true, ShowGrid = false, EqualScale = true },
            Height = 320 + (28 * m),
        });
    }

    /// <summary>Short names where given (<c>OPS Łoniów</c>), else names; the id added where two would read the same.</summary>
    private static List<object?> ShortLabels(IReadOnlyList<Institution> institutions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var institution in institutions)
        {
            string label = institution.ShortName ?? institution.Name;
            counts[label] = counts.GetValueOrDefault(label) + 1;
        }

        return [.. institutions.Select(i => (object?)(counts[i.ShortName ?? i.Name] > 1 ? $"{i.ShortName ?? i.Name} ({i.Id})" : i.ShortName ?? i.Name))];
    }
}
