using System.Text;

namespace CooperationGraph.Tests.IO;

/// <summary>The model reader's exact messages and lines, every Polish key, comments and trailing commas, and that a
/// problem never hides the ones after it.</summary>
public sealed class ModelReaderMessageTests
{
    private static CooperationModel Parse(string json) => CooperationModelReader.Parse(Encoding.UTF8.GetBytes(json), "model.json");

    private static string[] Problems(string json) =>
        [.. Assert.Throws<DatasetException>(() => Parse(json)).Problems.Select(p => p.ToString())];

    [Fact]
    public void Every_key_may_be_polish_and_comments_and_trailing_commas_are_allowed()
    {
        var model = Parse("""
            // a model in Polish
            {
              "nazwa": "m",
              "opis": "d",
              "wymaganeSektory": ["OPS",],
              "wymaganePowiązania": [["OPS", "PUP"],],
              "center": ["PUP"],
            }
            """);

        Assert.Equal("m", model.Name);
        Assert.Equal(["OPS", "PUP"], model.RequiredSectors.Select(s => s.Code));
        Assert.Equal("OPS–PUP", Assert.Single(model.RequiredLinks).ToString());
        Assert.Equal(["PUP"], model.CentreSectors.Select(s => s.Code));
    }

    [Fact]
    public void A_description_before_the_sectors_is_skipped_and_must_be_a_string()
    {
        Assert.Equal(["OPS"], Parse("""{"description": "d", "name": "m", "requiredSectors": ["OPS"]}""").RequiredSectors.Select(s => s.Code));
        Assert.Equal(["model.json:2: \"description\" must be a string"], Problems("{\"name\": \"m\",\n \"description\": 5, \"requiredSectors\": [\"OPS\"]}"));
    }

    [Theory]
    [InlineData("{\"name\": \"m\",\n \"requiredSectors\": \"OPS\"}", "model.json:2: \"requiredSectors\" must be an array of sector codes")]
    [InlineData("{\"name\": \"m\",\n \"requiredLinks\": \"OPS\"}", "model.json:2: \"requiredLinks\" must be an array of pairs like [\"OPS\", \"PUP\"]")]
    [InlineData("{\"name\": \"m\", \"requiredLinks\": [\n [\"OPS\"]]}", "model.json:2: a required link needs exactly 2 sectors, found 1")]
    [InlineData("{\"name\": \"m\",\n \"requiredSectors\": [\"OPS\",\n 7]}", "model.json:3: a sector must be a string such as \"OPS\"")]
    [InlineData("[\"OPS\"]", "model.json:1: the model must be a JSON object")]
    [InlineData("{\"name\": \"m\", \"requiredSectors\": [\"OPS\"], \"zzzzzzzzzzzz\": 1}", "model.json:1: unknown property \"zzzzzzzzzzzz\"")]
    [InlineData("{\"name\": \"m\", \"requiredSectors\": [\"OPS\"], \"nam\": 1}", "model.json:1: unknown property \"nam\"; did you mean \"name\"?")]
    [InlineData("{\"name\": \"m\"}", "model.json: the model requires nothing: give \"requiredSectors\" or \"requiredLinks\"")]
    [InlineData("{\"requiredSectors\": [\"OPS\"]}", "model.json: the model needs a \"name\"")]
    [InlineData("{\"name\": \"m\",\n\n \"requiredSectors\": [\"OPS\",}", "model.json:3: invalid JSON: '}' is an invalid start of a value.")]
    public void A_bad_model_gets_its_one_exact_message_on_its_line(string json, string problem) =>
        Assert.Equal([problem], Problems(json));

    [Fact]
    public void An_unknown_property_does_not_hide_the_problems_after_it()
    {
        var problems = Problems("{\"extra\": [1, 2],\n \"requiredSectors\": [\"OPZ\"]}");

        Assert.Equal(2, problems.Length);
        Assert.StartsWith("model.json:1: unknown property \"extra\"", problems[0], StringComparison.Ordinal);
        Assert.StartsWith("model.json:2: ", problems[1], StringComparison.Ordinal);
        Assert.Contains("'OPZ'", problems[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_with_an_unknown_sector_is_left_out_and_reported_once()
    {
        var problems = Problems("{\"name\": \"m\",\n \"requiredLinks\": [[\"OPS\", \"OPZ\"]]}");

        Assert.StartsWith("model.json:2: ", Assert.Single(problems), StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_path_is_refused_before_reading()
    {
        Assert.Equal("path", Assert.Throws<ArgumentException>(() => CooperationModelReader.Load("")).ParamName);
    }
}
