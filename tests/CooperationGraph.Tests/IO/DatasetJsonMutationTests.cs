using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>The dataset's JSON written out in full by hand (keys, optional members, HTML-safe escaping, Polish letters
/// as they are), read back, and refused with the exact message for each kind of bad document; the JSON helpers alone.</summary>
public sealed class DatasetJsonMutationTests
{
    private static CooperationDataset Small(bool survey)
    {
        var catalog = SectorCatalog.Default.With([new Sector("KLUB", "klub <seniora> & \"przyjaciele\"", "club")]);
        var dataset = CooperationDataset.Create(
            [
                new Institution("a", "Ośrodek 'x'", catalog["OPS"], "Łoniów", TerritorialLevel.Gmina, [KeyValuePair.Create("phone", "1+2")]) { ShortName = "OPS Ł" },
                new Institution("b", "B", catalog["KLUB"]),
            ],
            [new Declaration("d", "T", new DateOnly(2018, 9, 14), DeclarationKind.Declaration, ["a", "b"])],
            [
                new JointAction("x", "X", JointActionKind.Meeting, new DateOnly(2020, 2, 3), [new Participation("a", ParticipantRole.Lead), new Participation("b")], new DateOnly(2020, 3, 1), 12.50m, 3),
                new JointAction("y", "Y", JointActionKind.Service, new DateOnly(2020, 4, 5), [new Participation("b")]),
            ],
            [new Tie("a", "b", 2.5, "survey", new DateOnly(2021, 1, 2), new DateOnly(2021, 6, 30)), new Tie("b", "a")],
            catalog);
        return survey
            ? dataset.WithSurvey(new PartnerSurvey(
                [
                    new SurveyResponse("a", "b", CollaborationLevel.Coordination) { Reliability = 4, Power = 1, Date = new DateOnly(2021, 5, 6), Attributes = new AttributeList([KeyValuePair.Create("wave", "1")]) },
                    new SurveyResponse("b", "a", CollaborationLevel.Networking) { Date = new DateOnly(2021, 5, 6) },
                ],
                [new SurveyInvitation("a", true), new SurveyInvitation("b", true)]))
            : dataset;
    }

    private const string SmallJson = """
        {
          "sectors": [
            {
              "code": "KLUB",
              "namePl": "klub \u003Cseniora\u003E \u0026 \u0022przyjaciele\u0022",
              "nameEn": "club"
            }
          ],
          "institutions": [
            {
              "id": "a",
              "name": "Ośrodek \u0027x\u0027",
              "sector": "OPS",
              "shortName": "OPS Ł",
              "unit": "Łoniów",
              "level": "gmina",
              "attributes": {
                "phone": "1\u002B2"
              }
            },
            {
              "id": "b",
              "name": "B",
              "sector": "KLUB",
              "attributes": {}
            }
          ],
          "declarations": [
            {
              "id": "d",
              "title": "T",
              "signedOn": "2018-09-14",
              "kind": "declaration",
              "signatories": [
                "a",
                "b"
              ]
            }
          ],
          "actions": [
            {
              "id": "x",
              "title": "X",
              "kind": "meeting",
              "date": "2020-02-03",
              "endDate": "2020-03-01",
              "costPln": 12.50,
              "beneficiaries": 3,
              "participants": [
                {
                  "institution": "a",
                  "role": "lead"
                },
                {
                  "institution": "b",
                  "role": "participant"
                }
              ]
            },
            {
              "id": "y",
              "title": "Y",
              "kind": "service",
              "date": "2020-04-05",
              "participants": [
                {
                  "institution": "b",
                  "role": "participant"
                }
              ]
            }
          ],
          "ties": [
            {
              "source": "a",
              "target": "b",
              "weight": 2.5,
              "layer": "survey",
              "date": "2021-01-02",
              "endDate": "2021-06-30"
            },
            {
              "source": "b",
              "target": "a",
              "weight": 1,
              "layer": "direct"
            }
          ]
        """;

    private const string SurveyJson = """
          "survey": {
            "invitations": [
              {
                "institution": "a",
                "responded": true
              },
              {
                "institution": "b",
                "responded": true
              }
            ],
            "responses": [
              {
                "respondent": "a",
                "partner": "b",
                "level": 3,
                "reliability": 4,
                "power": 1,
                "date": "2021-05-06",
                "attributes": {
                  "wave": "1"
                }
              },
              {
                "respondent": "b",
                "partner": "a",
                "level": 1,
                "date": "2021-05-06",
                "attributes": {}
              }
            ]
          }
        """;

    [Fact]
    public void A_dataset_is_written_member_by_member_with_html_sensitive_characters_escaped()
    {
        Assert.Equal(SmallJson + "\n}", DatasetJson.ToJson(Small(survey: false)));
    }

    [Fact]
    public void A_survey_is_written_with_its_invitations_and_only_the_items_rated()
    {
        Assert.Equal(SmallJson + ",\n" + SurveyJson + "\n}", DatasetJson.ToJson(Small(survey: true)));
    }

    [Fact]
    public void Null_arguments_are_refused_by_name()
    {
        Assert.Equal("dataset", Assert.Throws<ArgumentNullException>(() => DatasetJson.ToJson(null!)).ParamName);
        Assert.Equal("json", Assert.Throws<ArgumentNullException>(() => DatasetJson.FromJson(null!)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => DatasetTemplate.Save("", null, null)).ParamName);
        Assert.Equal("path", Assert.Throws<ArgumentNullException>(() => DatasetTemplate.Save(null!, null, null)).ParamName);
    }

    [Fact]
    public void A_response_rating_all_six_items_writes_each_under_its_name_in_order()
    {
        var rated = Small(survey: false).WithSurvey(new PartnerSurvey(
            [new SurveyResponse("a", "b", CollaborationLevel.Cooperation) { Reliability = 1, Mission = 2, Openness = 3, Power = 4, Involvement = 1, Resources = 2 }]));
        Assert.Contains(
            "\"level\": 2,\n        \"reliability\": 1,\n        \"mission\": 2,\n        \"openness\": 3,\n        \"power\": 4,\n        \"involvement\": 1,\n        \"resources\": 2",
            DatasetJson.ToJson(rated),
            StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void The_written_document_reads_back_equal(bool survey)
    {
        var dataset = Small(survey);
        Assert.Equal(dataset, DatasetJson.FromJson(DatasetJson.ToJson(dataset)));
    }

    [Fact]
    public void Optional_members_may_be_absent_and_a_survey_without_invitations_or_attributes_reads()
    {
        const string Json = """
            {"sectors": [], "institutions": [{"id": "a", "name": "A", "sector": "OPS", "attributes": {}}, {"id": "b", "name": "B", "sector": "PUP", "attributes": {}}],
             "declarations": [], "actions": [{"id": "x", "title": "X", "kind": "meeting", "date": "2020-02-03", "participants": [{"institution": "a", "role": "lead"}]}],
             "ties": [{"source": "a", "target": "b", "weight": 1, "layer": "direct"}],
             "survey": {"responses": [{"respondent": "a", "partner": "b", "level": 2, "mission": null, "openness": 3}]}}
            """;

        var dataset = DatasetJson.FromJson(Json);

        var institution = dataset.Institutions[0];
        Assert.Equal((null, null, (TerritorialLevel?)null), (institution.ShortName, institution.Unit, institution.Level));
        var action = Assert.Single(dataset.JointActions);
        Assert.Equal((null, null, (int?)null), (action.EndDate, action.CostPln, action.Beneficiaries));
        var tie = Assert.Single(dataset.Ties);
        Assert.Equal((null, null), (tie.Date, tie.EndDate));
        Assert.False(dataset.Survey.HasInvitations);
        var response = Assert.Single(dataset.Survey.Responses);
        Assert.Equal([null, null, 3, null, null, null], response.Items);
        Assert.Equal((CollaborationLevel)2, response.Level);
        Assert.Null(response.Date);
        Assert.Empty(response.Attributes);
    }

    [Theory]
    [InlineData("\"kind\": \"declaration\"", "\"kind\": \"petition\"", "'petition'")]
    [InlineData("\"kind\": \"meeting\"", "\"kind\": \"dance\"", "'dance'")]
    [InlineData("\"role\": \"lead\"", "\"role\": \"boss\"", "'boss'")]
    [InlineData("\"sector\": \"KLUB\"", "\"sector\": \"ZZZ\"", "ZZZ")]
    [InlineData("\"name\": \"B\"", "\"name\": 5", "requires an element of type 'String', but the target element has type 'Number'")]
    [InlineData("\"2018-09-14\"", "\"14.09.2018\"", "14.09.2018")]
    [InlineData("\"code\": \"KLUB\"", "\"code\": \"\"", "code")]
    public void Each_kind_of_bad_document_is_a_dataset_problem_with_its_reason(string good, string bad, string reason)
    {
        string json = DatasetJson.ToJson(Small(survey: false));
        Assert.Contains(good, json, StringComparison.Ordinal);

        var problem = Assert.Single(Assert.Throws<DatasetException>(() => DatasetJson.FromJson(json.Replace(good, bad, StringComparison.Ordinal), "d.json")).Problems);

        Assert.Equal(("d.json", (int?)null), (problem.File, problem.Line));
        Assert.StartsWith("not a dataset JSON document: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(reason, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_json_is_reported_on_its_line()
    {
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => DatasetJson.FromJson("{\n\"sectors\": [\n,\n", "d.json")).Problems);

        Assert.Equal(("d.json", (int?)3), (problem.File, problem.Line));
        Assert.StartsWith("not a dataset JSON document: ',' is an invalid start of a value.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Undefined_numbers_are_written_as_null()
    {
        string json = JsonOutput.Document(w =>
        {
            w.WriteStartObject();
            JsonOutput.Number(w, "nan", double.NaN);
            JsonOutput.Number(w, "inf", double.NegativeInfinity);
            JsonOutput.Number(w, "x", 0.1);
            w.WriteEndObject();
        }, indented: false);

        Assert.Equal("{\"nan\":null,\"inf\":null,\"x\":0.1}", json);
    }

    [Fact]
    public void Strings_objects_and_sector_pairs_are_written_in_order_compact_or_indented()
    {
        void Write(System.Text.Json.Utf8JsonWriter w)
        {
            w.WriteStartObject();
            JsonOutput.Strings(w, "s", ["<a>", "ż"]);
            JsonOutput.Objects(w, "o", [1, 2], (o, k) => o.WriteNumber("k", k));
            JsonOutput.SectorPairs(w, "p", [new SectorPair(SectorCatalog.Default["PUP"], SectorCatalog.Default["OPS"])]);
            w.WriteEndObject();
        }

        const string Compact = "{\"s\":[\"\\u003Ca\\u003E\",\"ż\"],\"o\":[{\"k\":1},{\"k\":2}],\"p\":[[\"OPS\",\"PUP\"]]}";
        Assert.Equal(Compact, JsonOutput.Document(Write, indented: false));
        using var compact = new MemoryStream();
        JsonOutput.Document(compact, Write, indented: false);
        Assert.Equal(Compact, Encoding.UTF8.GetString(compact.ToArray()));
        using var indented = new MemoryStream();
        JsonOutput.Document(indented, Write);
        string text = JsonOutput.Document(Write);
        Assert.Equal(text, Encoding.UTF8.GetString(indented.ToArray()));
        Assert.StartsWith("{\n  \"s\": [\n    \"\\u003Ca\\u003E\",\n    \"ż\"\n  ],\n  \"o\": [\n    {\n      \"k\": 1\n    },", text, StringComparison.Ordinal);
    }
}
