using CooperationGraph.IO;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using DocumentFormat.OpenXml.Validation;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// What the IO survivors of the Stryker after run (issue 26) showed untested on the writing side: a survey attribute
/// only some responses have, a dead run's half staging folder never becomes a missing target, the manifest's version,
/// no byte order mark in text files or the manifest, case-sensitive paths on Linux, a link loop, and the template's
/// drop-downs, instruction lines, column widths, schema validity and a survey column named <c>sector</c>.
/// </summary>
public sealed class IoSurvivorWritingTests : IDisposable
{
    private const int Dead = 999_999_999;

    private readonly string root = Directory.CreateTempSubdirectory("cg-io-survivors-write-").FullName;

    public void Dispose() => Directory.Delete(root, recursive: true);

    [Fact]
    public void A_survey_attribute_only_the_first_response_has_is_an_empty_cell_in_the_second_row()
    {
        var catalog = SectorCatalog.Default;
        var dataset = CooperationDataset.Create([new Institution("a", "A", catalog["OPS"]), new Institution("b", "B", catalog["PCPR"])], [], [])
            .WithSurvey(new PartnerSurvey(
            [
                new SurveyResponse("a", "b", CollaborationLevel.Coordination) { Attributes = new AttributeList([KeyValuePair.Create("wave", "1")]) },
                new SurveyResponse("b", "a", CollaborationLevel.Networking),
            ]));

        var survey = DatasetTables.From(dataset).Single(t => t.Name == "survey");

        Assert.Equal("wave", survey.Header[^1]);
        Assert.Equal(new object?[] { "a", "b", 3, null, null, null, null, null, null, "1" }, survey.Rows[0]);
        Assert.Equal(new object?[] { "b", "a", 1, null, null, null, null, null, null, null }, survey.Rows[1]);
    }

    [Fact]
    public void A_dead_runs_half_staging_folder_alone_is_swept_and_the_missing_target_stays_missing()
    {
        string target = Path.Combine(root, "out");
        string half = Path.Combine(root, $".out.cg-staging-{Dead}-a");
        Directory.CreateDirectory(half);
        new OutputManifest(["half.csv"], Staging: true).Write(half);
        File.WriteAllText(Path.Combine(half, "half.csv"), "half");

        Leftovers.Sweep(target);

        Assert.False(Directory.Exists(target));
        Assert.Empty(Directory.EnumerateFileSystemEntries(root));
    }

    [Fact]
    public void The_manifests_version_is_the_librarys_version()
    {
        Assert.Equal(typeof(OutputManifest).Assembly.GetName().Version!.ToString(3), OutputManifest.Version);
    }

    [Fact]
    public void A_text_file_of_the_result_is_utf8_without_a_byte_order_mark()
    {
        string target = Path.Combine(root, "out");
        using (var output = OutputFolder.Begin(target))
        {
            output.WriteText("a.txt", "ż");
            output.Commit();
        }

        Assert.Equal(new byte[] { 0xC5, 0xBC }, File.ReadAllBytes(Path.Combine(target, "a.txt")));
    }

    [Fact]
    public void The_manifest_file_starts_with_its_opening_brace_without_a_byte_order_mark()
    {
        string folder = Path.Combine(root, "m");
        Directory.CreateDirectory(folder);

        new OutputManifest(["a.csv"]).Write(folder);

        Assert.Equal((byte)'{', File.ReadAllBytes(Path.Combine(folder, OutputManifest.FileName))[0]);
    }

    [SkippableFact]
    public void On_linux_paths_differing_only_in_case_are_apart()
    {
        Skip.IfNot(OperatingSystem.IsLinux(), "Linux's names are case-sensitive");
        Directory.CreateDirectory(Path.Combine(root, "Data"));
        File.WriteAllText(Path.Combine(root, "a.csv"), "x");

        OutputPaths.CheckApart(Path.Combine(root, "data", "out"), [Path.Combine(root, "Data")]);
        OutputPaths.CheckApart(Path.Combine(root, "A.csv"), [Path.Combine(root, "a.csv")]);
    }

    [Fact]
    public void A_link_loop_is_refused_with_an_io_exception()
    {
        string first = Path.Combine(root, "first");
        string second = Path.Combine(root, "second");
        File.CreateSymbolicLink(first, second);
        File.CreateSymbolicLink(second, first);

        Assert.Throws<IOException>(() => OutputPaths.Real(Path.Combine(first, "out")));
    }

    private string SaveTemplate(TemplateOptions? options = null)
    {
        string path = Path.Combine(root, $"t{Guid.NewGuid():N}.xlsx");
        DatasetTemplate.Save(path, options);
        return path;
    }

    [Fact]
    public void The_survey_ties_and_link_sheets_offer_the_institutions_declarations_and_actions_as_drop_downs()
    {
        var book = DatasetTemplateTests.Open(SaveTemplate(new TemplateOptions { Rows = 20 }));

        string institutions = "'institutions'!$A$2:$A$21";
        Assert.Equal((institutions, institutions), (book["survey"].Lists["A2"], book["survey"].Lists["B2"]));
        Assert.Equal((institutions, institutions), (book["ties"].Lists["A2"], book["ties"].Lists["B2"]));
        Assert.Equal(("'declarations'!$A$2:$A$21", institutions), (book["signatures"].Lists["A2"], book["signatures"].Lists["B2"]));
        Assert.Equal(("'actions'!$A$2:$A$21", institutions), (book["participations"].Lists["A2"], book["participations"].Lists["B2"]));
    }

    [Fact]
    public void The_instructions_name_each_table_once_on_the_first_of_its_three_lines()
    {
        var rows = DatasetTemplateTests.Open(SaveTemplate())["instructions"].Rows;

        string[] expected = [.. DatasetTemplate.TemplateOrder.SelectMany(name => new[] { "", name, "", "" })];
        Assert.Equal(expected, rows.Skip(4).Select(r => r.ElementAtOrDefault(0) ?? ""));
    }

    [Fact]
    public void The_template_workbook_has_no_schema_errors()
    {
        using var document = SpreadsheetDocument.Open(SaveTemplate(), false);

        var errors = new OpenXmlValidator().Validate(document).Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}");

        Assert.Empty(errors);
    }

    [Fact]
    public void A_columns_width_is_its_longest_text_header_included_plus_two_and_an_empty_cell_counts_as_nothing()
    {
        string path = Path.Combine(root, "w.xlsx");
        var sheet = new TemplateSheet("s", ["a_header_of_twenty_c", "b"], [["x", null]], [], []);

        TemplateWorkbook.Save(path, [sheet], 1);

        using var document = SpreadsheetDocument.Open(path, false);
        var part = (WorksheetPart)document.WorkbookPart!.GetPartById(document.WorkbookPart.Workbook.Sheets!.Elements<Sheet>().Single().Id!);
        Assert.Equal([22.0, 10.0], part.Worksheet.Descendants<Column>().Select(c => c.Width!.Value));
    }

    [Fact]
    public void A_survey_column_named_sector_keeps_its_text_in_the_template()
    {
        var catalog = SectorCatalog.Default;
        var data = CooperationDataset.Create([new Institution("a", "A", catalog["OPS"]), new Institution("b", "B", catalog["PCPR"])], [], [])
            .WithSurvey(new PartnerSurvey([new SurveyResponse("a", "b", CollaborationLevel.Coordination) { Attributes = new AttributeList([KeyValuePair.Create("sector", "OPS")]) }]));

        var survey = DatasetTemplate.Sheets(new TemplateOptions { Data = data }).Single(s => s.Name == "survey");

        Assert.Equal("sector", survey.Header[^1]);
        Assert.Equal("OPS", survey.Rows.Single()[^1]);
    }
}
