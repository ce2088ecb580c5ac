using System.Text;

namespace CooperationGraph.Tests.IO;

public class CooperationModelReaderTests
{
    private static CooperationModel Parse(string json, SectorCatalog? sectors = null) =>
        CooperationModelReader.Parse(Encoding.UTF8.GetBytes(json), "model.json", sectors);

    private static DatasetProblem[] Problems(string json) =>
        [.. Assert.Throws<DatasetException>(() => Parse(json)).Problems];

    [Fact]
    public void Aliases_resolve_and_links_are_unordered()
    {
        var model = Parse("""{"name": "m", "requiredSectors": ["gops", "Szkoła"], "requiredLinks": [["PUP", "Ośrodek Pomocy Społecznej"], ["OPS", "PUP"]]}""");
        Assert.Equal("m", model.Name);
        Assert.Equal(["OPS", "SCHOOL", "PUP"], model.RequiredSectors.Select(s => s.Code));
        var link = Assert.Single(model.RequiredLinks);
        Assert.Equal(("OPS", "PUP"), (link.First.Code, link.Second.Code));
    }

    [Fact]
    public void The_centre_sectors_are_read_in_english_or_polish_and_default_to_ops()
    {
        Assert.Equal(["OPS"], Parse("""{"name": "m", "requiredSectors": ["PUP"]}""").CentreSectors.Select(s => s.Code));
        Assert.Equal(["PCPR", "OPS"], Parse("""{"name": "m", "centre": ["PCPR", "gops", "OPS"], "requiredSectors": ["PUP"]}""").CentreSectors.Select(s => s.Code));
        Assert.Equal(["PUP"], Parse("""{"nazwa": "m", "centrum": ["PUP"], "wymaganeSektory": ["OPS"]}""").CentreSectors.Select(s => s.Code));
        Assert.Equal(["OPS"], Parse("""{"name": "m", "centre": [], "requiredSectors": ["PUP"]}""").CentreSectors.Select(s => s.Code));
    }

    [Fact]
    public void A_centre_that_is_not_an_array_or_names_an_unknown_sector_is_refused_on_its_line()
    {
        var notArray = Problems("{\"name\": \"m\",\n \"centre\": \"OPS\",\n \"requiredSectors\": [\"PUP\"]}");
        Assert.Equal(2, Assert.Single(notArray).Line);
        Assert.Contains("\"centre\" must be an array of sector codes", notArray[0].Message, StringComparison.Ordinal);
        var unknown = Problems("{\"name\": \"m\",\n \"requiredSectors\": [\"PUP\"],\n \"centre\": [\"OPZ\"]}");
        Assert.Equal(3, Assert.Single(unknown).Line);
        Assert.Contains("'OPZ'", unknown[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_file_is_the_built_in_rural_model()
    {
        string path = Path.Combine(RepositoryRoot(), "samples", "models", "rural-gmina.json");
        var model = CooperationModelReader.Load(path);
        var builtIn = CooperationModel.RuralGmina;
        Assert.Equal(builtIn.Name, model.Name);
        Assert.Equal(builtIn.RequiredSectors, model.RequiredSectors);
        Assert.Equal(builtIn.RequiredLinks, model.RequiredLinks);
        Assert.Equal(["OPS"], model.CentreSectors.Select(s => s.Code));
        Assert.Equal(builtIn.CentreSectors, model.CentreSectors);
        Assert.Equal(10, model.RequiredSectors.Count);
        Assert.Equal(9, model.RequiredLinks.Count);
        Assert.All(model.RequiredLinks, link => Assert.True(link.First.Code == "OPS" || link.Second.Code == "OPS"));
    }

    [Fact]
    public void Unknown_sectors_are_each_reported_on_their_line_with_the_nearest_code()
    {
        var problems = Problems("{\n  \"name\": \"m\",\n  \"requiredSectors\": [\"OPS\", \"POLCE\"],\n  \"requiredLinks\": [\n    [\"OPS\", \"SCOOL\"]\n  ]\n}");
        Assert.Equal(2, problems.Length);
        Assert.Equal(("model.json", 3), (problems[0].File, problems[0].Line));
        Assert.Contains("'POLCE'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("'POLICE'", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal(5, problems[1].Line);
        Assert.Contains("'SCHOOL'", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_sectors_of_a_dataset_are_allowed_when_its_catalogue_is_passed()
    {
        var catalog = SectorCatalog.Default.With([new Sector("SENIOR_CLUB", "klub seniora", "senior club")]);
        var model = Parse("""{"name": "m", "requiredLinks": [["OPS", "klub seniora"]]}""", catalog);
        Assert.Equal("SENIOR_CLUB", model.RequiredLinks[0].Second.Code);
        Assert.Contains("SENIOR_CLUB", Problems("""{"name": "m", "requiredSectors": ["SENIOR_CLUB"]}""")[0].Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"name\": \"m\",\n \"requiredSector\": [\"OPS\"]}", 2, "did you mean \"requiredSectors\"")]
    [InlineData("{\"name\": \"m\", \"requiredLinks\": [[\"OPS\", \"PUP\", \"PCPR\"]]}", 1, "exactly 2 sectors, found 3")]
    [InlineData("{\"name\": \"m\", \"requiredLinks\": [\"OPS\"]}", 1, "must be a pair")]
    [InlineData("{\"name\": \"m\",\n\n \"requiredSectors\": [\"OPS\",}", 3, "invalid JSON")]
    [InlineData("[\"OPS\"]", 1, "must be a JSON object")]
    [InlineData("{\"name\": 5}", 1, "\"name\" must be a string")]
    [InlineData("{\"requiredSectors\": [\"OPS\", 7]}", 1, "a sector must be a string")]
    public void Malformed_models_are_refused_with_a_located_message(string json, int line, string expected)
    {
        var problem = Assert.Single(Problems(json));
        Assert.Equal(line, problem.Line);
        Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_model_requiring_nothing_or_without_a_name_is_refused()
    {
        Assert.Contains("requires nothing", Problems("""{"name": "m"}""")[0].Message, StringComparison.Ordinal);
        Assert.Contains("needs a \"name\"", Problems("""{"requiredSectors": ["OPS"]}""")[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_file_is_a_dataset_problem_naming_it()
    {
        var exception = Assert.Throws<DatasetException>(() => CooperationModelReader.Load("/nonexistent/model.json"));
        Assert.Equal("/nonexistent/model.json", exception.Problems[0].File);
    }

    internal static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "CooperationGraph.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("CooperationGraph.sln not found above the test folder");
    }
}
