using System.Globalization;
using System.Text.Json;
using CooperationGraph.IO;
using CooperationGraph.Text;

namespace CooperationGraph;

/// <summary>
/// The whole dataset as one JSON document (custom sectors, institutions, declarations with signatories, joint actions
/// with participants and roles, direct ties, the partner survey when there is one), and back: <c>FromJson(ToJson(d))</c>
/// equals <c>d.WithoutBeneficiaries()</c>. Beneficiaries are personal data and are never written here.
/// </summary>
public static partial class DatasetJson
{
    /// <summary>The dataset as JSON.</summary>
    public static string ToJson(CooperationDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return JsonOutput.Document(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("sectors");
            foreach (var sector in dataset.CustomSectors)
            {
                w.WriteStartObject();
                w.WriteString("code", sector.Code);
                w.WriteString("namePl", sector.NamePl);
                w.WriteString("nameEn", sector.NameEn);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("institutions");
            foreach (var i in dataset.Institutions)
            {
                w.WriteStartObject();
                w.WriteString("id", i.Id);
                w.WriteString("name", i.Name);
                w.WriteString("sector", i.Sector.Code);
                if (i.ShortName is not null)
                {
                    w.WriteString("shortName", i.ShortName);
                }

                if (i.Unit is not null)
                {
                    w.WriteString("unit", i.Unit);
                }

                if (i.Level is { } level)
                {
                    w.WriteString("level", FieldParser.Word(level));
                }

                WriteAttributes(w, i.Attributes);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("declarations");
            foreach (var d in dataset.Declarations)
            {
                w.WriteStartObject();
                w.WriteString("id", d.Id);
                w.WriteString("title", d.Title);
                w.WriteString("signedOn", InvariantText.Day(d.SignedOn));
                w.WriteString("kind", FieldParser.Word(d.Kind));
                JsonOutput.Strings(w, "signatories", d.Signatories);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("actions");
            foreach (var a in dataset.JointActions)
            {
                w.WriteStartObject();
                w.WriteString("id", a.Id);
                w.WriteString("title", a.Title);
                w.WriteString("kind", FieldParser.Word(a.Kind));
                w.WriteString("date", InvariantText.Day(a.Date));
                if (a.EndDate is { } end)
                {
                    w.WriteString("endDate", InvariantText.Day(end));
                }

                if (a.CostPln is { } cost)
                {
                    w.WriteNumber("costPln", cost);
                }

                if (a.Beneficiaries is { } count)
                {
                    w.WriteNumber("beneficiaries", count);
                }

                w.WriteStartArray("participants");
                foreach (var p in a.Participants)
                {
                    w.WriteStartObject();
                    w.WriteString("institution", p.InstitutionId);
                    w.WriteString("role", FieldParser.Word(p.Role));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("ties");
            foreach (var t in dataset.Ties)
            {
                w.WriteStartObject();
                w.WriteString("source", t.SourceId);
                w.WriteString("target", t.TargetId);
                w.WriteNumber("weight", t.Weight);
                w.WriteString("layer", t.Layer);
                if (t.Date is { } date)
                {
                    w.WriteString("date", InvariantText.Day(date));
                }

                if (t.EndDate is { } endDate)
                {
                    w.WriteString("endDate", InvariantText.Day(endDate));
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            WriteSurvey(w, dataset.Survey);
            w.WriteEndObject();
        });
    }

    /// <summary>Reads a dataset written by <see cref="ToJson"/>.</summary>
    /// <exception cref="DatasetException">The JSON is malformed or the dataset inconsistent; <paramref name="label"/> names it.</exception>
    public static CooperationDataset FromJson(string json, string label = "dataset.json")
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var catalog = SectorCatalog.Default.With(root.GetProperty("sectors").EnumerateArray()
                .Select(s => new Sector(s.GetProperty("code").GetString()!, s.GetProperty("namePl").GetString()!, s.GetProperty("nameEn").GetString()!)));
            string fail = "";
            var institutions = root.GetProperty("institutions").EnumerateArray().Select(i => new Institution(
                i.GetProperty("id").GetString()!, i.GetProperty("name").GetString()!, catalog[i.GetProperty("sector").GetString()!],
                i.TryGetProperty("unit", out var unit) ? unit.GetString() : null,
                Level(i),
                i.GetProperty("attributes").EnumerateObject().Select(a => KeyValuePair.Create(a.Name, a.Value.GetString()!)))
            {
                ShortName = i.TryGetProperty("shortName", out var shortName) ? shortName.GetString() : null,
            }).ToList();
            var declarations = root.GetProperty("declarations").EnumerateArray().Select(d => new Declaration(
                d.GetProperty("id").GetString()!, d.GetProperty("title").GetString()!, ParseDate(d.GetProperty("signedOn")),
                FieldParser.TryDeclarationKind(d.GetProperty("kind").GetString()!, m => fail = m, out var k) ? k : throw new FormatException(fail),
                d.GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!))).ToList();
            var actions = root.GetProperty("actions").EnumerateArray().Select(a => new JointAction(
                a.GetProperty("id").GetString()!, a.GetProperty("title").GetString()!,
                FieldParser.TryActionKind(a.GetProperty("kind").GetString()!, m => fail = m, out var k) ? k : throw new FormatException(fail),
                ParseDate(a.GetProperty("date")),
                a.GetProperty("participants").EnumerateArray().Select(p => new Participation(p.GetProperty("institution").GetString()!,
                    FieldParser.TryRole(p.GetProperty("role").GetString()!, m => fail = m, out var r) ? r : throw new FormatException(fail))),
                a.TryGetProperty("endDate", out var end) ? ParseDate(end) : null,
                a.TryGetProperty("costPln", out var cost) ? cost.GetDecimal() : null,
                a.TryGetProperty("beneficiaries", out var count) ? count.GetInt32() : null)).ToList();
            var ties = root.GetProperty("ties").EnumerateArray().Select(t => new Tie(
                t.GetProperty("source").GetString()!, t.GetProperty("target").GetString()!, t.GetProperty("weight").GetDouble(), t.GetProperty("layer").GetString()!,
                t.TryGetProperty("date", out var tieDate) ? ParseDate(tieDate) : null, t.TryGetProperty("endDate", out var tieEnd) ? ParseDate(tieEnd) : null)).ToList();
            var dataset = CooperationDataset.Create(institutions, declarations, actions, ties, catalog);
            return root.TryGetProperty("survey", out var survey) ? dataset.WithSurvey(ReadSurvey(survey)) : dataset;
        }
        catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            throw new DatasetException(new DatasetProblem(label, exception is JsonException json1 && json1.LineNumber is { } line ? (int)line + 1 : null, $"not a dataset JSON document: {exception.Message}"));
        }
    }

    /// <summary>An institution's level: absent or null for none; any other value must be a level, as in the CSV format.</summary>
    private static TerritorialLevel? Level(JsonElement institution)
    {
        if (!institution.TryGetProperty("level", out var level) || level.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        string fail = "";
        return FieldParser.TryLevel(level.GetString()!, m => fail = m, out var value)
            ? value
            : throw new FormatException($"institution '{institution.GetProperty("id").GetString()}': {fail}");
    }

    private static DateOnly ParseDate(JsonElement element) => DateOnly.ParseExact(element.GetString()!, InvariantText.DayFormat, CultureInfo.InvariantCulture);
}
