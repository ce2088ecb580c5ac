using System.Text.Json;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// The partner survey in the dataset's JSON: <c>"survey": {"invitations": [...], "responses": [...]}</c>, written only
/// when the dataset has a survey; <c>invitations</c> only when <c>respondents.csv</c> was given, items only when rated.
/// </summary>
public static partial class DatasetJson
{
    private static readonly string[] ItemNames = ["reliability", "mission", "openness", "power", "involvement", "resources"];

    private static void WriteSurvey(Utf8JsonWriter w, PartnerSurvey survey)
    {
        if (survey.IsEmpty)
        {
            return;
        }

        w.WriteStartObject("survey");
        if (survey.HasInvitations)
        {
            JsonOutput.Objects(w, "invitations", survey.Invitations, (o, i) =>
            {
                o.WriteString("institution", i.InstitutionId);
                o.WriteBoolean("responded", i.Responded);
            });
        }

        JsonOutput.Objects(w, "responses", survey.Responses, (o, r) =>
        {
            o.WriteString("respondent", r.RespondentId);
            o.WriteString("partner", r.PartnerId);
            o.WriteNumber("level", (int)r.Level);
            var items = r.Items;
            for (int k = 0; k < ItemNames.Length; k++)
            {
                if (items[k] is { } item)
                {
                    o.WriteNumber(ItemNames[k], item);
                }
            }

            if (r.Date is { } date)
            {
                o.WriteString("date", InvariantText.Day(date));
            }

            WriteAttributes(o, r.Attributes);
        });
        w.WriteEndObject();
    }

    private static PartnerSurvey ReadSurvey(JsonElement survey)
    {
        var invitations = survey.TryGetProperty("invitations", out var listed)
            ? listed.EnumerateArray().Select(i => new SurveyInvitation(i.GetProperty("institution").GetString()!, i.GetProperty("responded").GetBoolean())).ToList()
            : null;
        var responses = survey.GetProperty("responses").EnumerateArray().Select(r =>
        {
            int? Item(int k) => r.TryGetProperty(ItemNames[k], out var item) && item.ValueKind != JsonValueKind.Null ? item.GetInt32() : null;
            return new SurveyResponse(r.GetProperty("respondent").GetString()!, r.GetProperty("partner").GetString()!, (CollaborationLevel)r.GetProperty("level").GetInt32())
            {
                Reliability = Item(0), Mission = Item(1), Openness = Item(2), Power = Item(3), Involvement = Item(4), Resources = Item(5),
                Date = r.TryGetProperty("date", out var date) ? ParseDate(date) : null,
                Attributes = new AttributeList(r.TryGetProperty("attributes", out var attributes)
                    ? attributes.EnumerateObject().Select(a => KeyValuePair.Create(a.Name, a.Value.GetString()!))
                    : []),
            };
        }).ToList();
        return new PartnerSurvey(responses, invitations);
    }

    /// <summary>A row's further columns as the object <c>"attributes"</c>, in their order.</summary>
    private static void WriteAttributes(Utf8JsonWriter writer, AttributeList attributes)
    {
        writer.WriteStartObject("attributes");
        foreach (var (key, value) in attributes)
        {
            writer.WriteString(key, value);
        }

        writer.WriteEndObject();
    }
}
