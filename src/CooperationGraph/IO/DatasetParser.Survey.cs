using System.Globalization;
using System.Text.RegularExpressions;
using CooperationGraph.Text;

namespace CooperationGraph.IO;

/// <summary>The partner survey's two tables: <c>survey.csv</c> (<c>ankieta</c>) and <c>respondents.csv</c> (<c>respondenci</c>).</summary>
internal sealed partial class DatasetParser
{
    private static readonly string[] SurveyItems = ["reliability", "mission", "openness", "power", "involvement", "resources"];

    /// <summary>The Frey labels a level may be written as, English and Polish, matched ignoring case and diacritics.</summary>
    private static readonly Dictionary<string, CollaborationLevel> LevelLabels = new(StringComparer.Ordinal)
    {
        [TextKey.Normalize("no interaction")] = CollaborationLevel.NoInteraction, [TextKey.Normalize("none")] = CollaborationLevel.NoInteraction,
        [TextKey.Normalize("brak interakcji")] = CollaborationLevel.NoInteraction, [TextKey.Normalize("brak")] = CollaborationLevel.NoInteraction,
        [TextKey.Normalize("networking")] = CollaborationLevel.Networking, [TextKey.Normalize("sieciowanie")] = CollaborationLevel.Networking,
        [TextKey.Normalize("cooperation")] = CollaborationLevel.Cooperation, [TextKey.Normalize("kooperacja")] = CollaborationLevel.Cooperation,
        [TextKey.Normalize("coordination")] = CollaborationLevel.Coordination, [TextKey.Normalize("koordynacja")] = CollaborationLevel.Coordination,
        [TextKey.Normalize("coalition")] = CollaborationLevel.Coalition, [TextKey.Normalize("koalicja")] = CollaborationLevel.Coalition,
        [TextKey.Normalize("collaboration")] = CollaborationLevel.Collaboration, [TextKey.Normalize("współpraca")] = CollaborationLevel.Collaboration,
    };

    private static readonly Dictionary<string, bool> Answers = new(StringComparer.Ordinal)
    {
        [TextKey.Normalize("true")] = true, [TextKey.Normalize("false")] = false, [TextKey.Normalize("tak")] = true, [TextKey.Normalize("nie")] = false,
        ["1"] = true, ["0"] = false, [TextKey.Normalize("prawda")] = true, [TextKey.Normalize("fałsz")] = false,
    };

    private PartnerSurvey ReadSurvey()
    {
        var invitations = ReadRespondents();
        if (Columns("survey", TableSchema.Survey, out var table) is not { } columns || table is null)
        {
            return invitations is null ? PartnerSurvey.None : new PartnerSurvey([], invitations);
        }

        var result = new List<SurveyResponse>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (!columns.CheckWidth(row, problems)
                | !Required(table, row, columns, "respondent_id", out string respondent)
                | !Required(table, row, columns, "partner_id", out string partner)
                | !Required(table, row, columns, "level", out string levelText))
            {
                continue;
            }

            void Report(string message) => Fail(table, row, message);
            var level = ParseLevel(levelText, columns.Name("level"), Report);
            var items = new int?[SurveyItems.Length];
            for (int i = 0; i < items.Length; i++)
            {
                items[i] = ParseItem(columns.Get(row, SurveyItems[i]), columns.Name(SurveyItems[i]), Report);
            }

            // With a date column every row needs a readable one; a row without is left out, so that each problem is reported once.
            string dateText = columns.Get(row, "date");
            DateOnly? date = null;
            if (dateText.Length == 0 && columns.Has("date"))
            {
                Report(Messages.Get("SurveyDateMissing", columns.Name("date")));
                continue;
            }
            else if (dateText.Length > 0)
            {
                if (!FieldParser.TryDate(dateText, columns.Name("date"), Report, out var day))
                {
                    continue;
                }

                date = day;
            }

            var response = new SurveyResponse(respondent, partner, level)
            {
                Reliability = items[0], Mission = items[1], Openness = items[2], Power = items[3], Involvement = items[4], Resources = items[5], Date = date,
                Attributes = new AttributeList(columns.Extras.Select(e => KeyValuePair.Create(e.Name, ColumnMap.Field(row, e.Index)))),
            };
            if (level == CollaborationLevel.NoInteraction && response.HasItems)
            {
                problems.Add(new DatasetProblem(table.Label, row.Line, Messages.Get("SurveyLevelZeroWithItems", Messages.Quote(partner)), IsWarning: true));
            }

            result.Add(response);
            map.SurveyLines.Add(row.Line);
        }

        return new PartnerSurvey(result, invitations);
    }

    private List<SurveyInvitation>? ReadRespondents()
    {
        if (Columns("respondents", TableSchema.Respondents, out var table) is not { } columns || table is null || table.Rows.Count == 0)
        {
            return null; // an empty sheet (the template's) is no list of invitations
        }

        var result = new List<SurveyInvitation>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            if (!columns.CheckWidth(row, problems)
                | !Required(table, row, columns, "institution_id", out string id)
                | !Required(table, row, columns, "responded", out string answer))
            {
                continue;
            }

            if (!Answers.TryGetValue(TextKey.Normalize(answer), out bool responded))
            {
                Fail(table, row, Messages.Get("SurveyBadAnswer", columns.Name("responded"), Messages.Quote(answer)));
                responded = true; // a placeholder, so that its survey rows do not cascade into more problems
            }

            result.Add(new SurveyInvitation(id, responded));
            map.RespondentLines.Add(row.Line);
        }

        return result;
    }

    /// <summary>A level: a whole number 0–5, a Frey label (English or Polish), or both as a drop-down writes them (<c>3 – coordination</c>).</summary>
    private static CollaborationLevel ParseLevel(string text, string column, Action<string> fail)
    {
        var match = LeadingNumber().Match(text);
        string number = match.Success ? match.Groups[1].Value : text;
        if (int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is >= 0 and <= 5)
        {
            return (CollaborationLevel)value;
        }

        if (!match.Success && LevelLabels.TryGetValue(TextKey.Normalize(text), out var level))
        {
            return level;
        }

        fail(Messages.Get("SurveyLevelOutOfRange", column, Model.SurveyValidator.LevelWords(), Messages.Quote(text)));
        return CollaborationLevel.NoInteraction;
    }

    private static int? ParseItem(string text, string column, Action<string> fail)
    {
        if (text.Length == 0)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) && value is >= 1 and <= 4)
        {
            return value;
        }

        fail(Messages.Get("SurveyItemOutOfRange", column, Messages.Quote(text)));
        return null;
    }

    [GeneratedRegex(@"^\s*(\d+)\s*(?:[-–:.)]?\s*\p{L}.*)?$")]
    private static partial Regex LeadingNumber();
}
