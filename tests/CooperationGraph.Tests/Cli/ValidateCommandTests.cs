using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Cli;

public class ValidateCommandTests
{
    private static string Sample => Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");

    private static (int Code, string Out, string Error) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void The_sample_is_valid_and_summarised_per_file_and_sector()
    {
        var (code, stdout, stderr) = Run("validate", Sample);
        Assert.Equal(0, code);
        Assert.Equal(string.Empty, stderr);
        Assert.Contains("valid dataset", stdout, StringComparison.Ordinal);
        Assert.Matches(@"institutions\s+20\b", stdout);
        Assert.Matches(@"participations\s+110\b", stdout);
        Assert.Matches(@"LOCAL_GOV\s+3\b", stdout);
        Assert.Matches(@"meeting\s+11\b", stdout);
    }

    [Fact]
    public void A_broken_dataset_lists_every_problem_as_file_line_message_without_a_stack_trace()
    {
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector\nops,OPS,OPS\npcpr,PCPR,PCPRR\nsp,SP,SCHOOL\n"),
            ("participations.csv", "action_id,institution_id\na1,ops\na1,nikt\n"));
        var (code, stdout, stderr) = Run("validate", data.Folder);
        Assert.Equal(1, code);
        Assert.Equal(string.Empty, stdout);
        var lines = stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith($"{data["institutions.csv"]}:3: unknown sector 'PCPRR'", lines[0], StringComparison.Ordinal);
        Assert.StartsWith($"{data["participations.csv"]}:3: unknown institution 'nikt'", lines[1], StringComparison.Ordinal);
        Assert.Equal("2 problems found.", lines[^1].Trim());
        Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_path_fails_clearly()
    {
        var (code, _, stderr) = Run("validate", "/no/such/place");
        Assert.Equal(1, code);
        Assert.Contains("/no/such/place: no such folder or .xlsx workbook", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Convert_to_a_workbook_and_back_validates_and_keeps_the_data()
    {
        using var target = TempDataset.Empty();
        string book = target["loniow.xlsx"];
        Assert.Equal(0, Run("convert", Sample, "--out", book).Code);
        Assert.Equal(0, Run("validate", book).Code);
        Assert.Equal(0, Run("convert", book, "--out", target["csv"], "--csv-format", "cp1250").Code);
        Assert.Equal(DatasetReader.Load(Sample), DatasetReader.Load(target["csv"]));
    }

    [Fact]
    public void Without_arguments_the_tool_explains_itself_and_fails()
    {
        var (code, _, stderr) = Run("validate");
        Assert.NotEqual(0, code);
        Assert.Contains("Required argument missing", stderr, StringComparison.Ordinal);
    }
}
