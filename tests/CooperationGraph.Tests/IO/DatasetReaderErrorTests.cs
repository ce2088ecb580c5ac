namespace CooperationGraph.Tests.IO;

/// <summary>One test or more per error class: exact file, exact line (header = 1), the offending value, the hint.</summary>
public class DatasetReaderErrorTests
{
    private static void AssertProblem(DatasetProblem problem, TempDataset data, string file, int? line, params string[] fragments)
    {
        Assert.Equal(data[file], problem.File);
        Assert.Equal(line, problem.Line);
        foreach (var fragment in fragments)
        {
            Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_id_of_another_sector_code_is_never_suggested_and_the_row_to_add_is_named_as_the_dataset_names_it()
    {
        using var data = TempDataset.With(
            ("institutions.csv", null),
            ("instytucje.csv", "id,nazwa,sektor\nops,OPS Łoniów,OPS\npcpr,PCPR Sandomierz,PCPR\nsp,PSP Łoniów,SCHOOL\nPUP_LIPNO,PUP Lipno,PUP\n"),
            ("participations.csv", "action_id,institution_id\na1,ops\na1,PPP_LIPNO\na1,PUP_LIPNOO\n"));

        var problems = data.Problems();

        Assert.Equal("unknown institution 'PPP_LIPNO'; add a row for it to instytucje.csv", problems[0].Message);
        Assert.Equal("unknown institution 'PUP_LIPNOO'; did you mean 'PUP_LIPNO'? Or add a row for it to instytucje.csv", problems[1].Message);
    }

    [Fact]
    public void Unknown_institution_in_participations_names_the_nearest_id()
    {
        using var data = TempDataset.With(("participations.csv", "action_id,institution_id\na1,ops\na1,pcrp\n"));
        AssertProblem(data.Problem(), data, "participations.csv", 3, "unknown institution 'pcrp'", "did you mean 'pcpr'?");
    }

    [Fact]
    public void Unknown_institution_in_signatures_and_ties()
    {
        using var data = TempDataset.With(("signatures.csv", "declaration_id,institution_id\nd1,ops\nd1,xyzzy\n"), ("ties.csv", "source,target\nops,spp\n"));
        var problems = data.Problems();
        Assert.Equal(2, problems.Length);
        AssertProblem(problems[0], data, "signatures.csv", 3, "unknown institution 'xyzzy'");
        AssertProblem(problems[1], data, "ties.csv", 2, "unknown institution 'spp'", "did you mean 'sp'?");
    }

    [Fact]
    public void Unknown_declaration_and_action_ids()
    {
        using var data = TempDataset.With(("signatures.csv", "declaration_id,institution_id\nd1,ops\nd2,pcpr\n"), ("participations.csv", "action_id,institution_id\na1,ops\nb7,sp\n"));
        var problems = data.Problems();
        AssertProblem(problems[0], data, "signatures.csv", 3, "declaration_id 'd2' is not a known declaration", "did you mean 'd1'?");
        AssertProblem(problems[1], data, "participations.csv", 3, "action_id 'b7' is not a known action");
    }

    [Fact]
    public void Duplicate_ids_in_each_table()
    {
        using var data = TempDataset.With(
            ("institutions.csv", TempDataset.Institutions + "ops,Inny OPS,OPS\n"),
            ("declarations.csv", TempDataset.Declarations + "d1,Znowu,2019-01-01\n"),
            ("actions.csv", TempDataset.Actions + "a1,Znowu,meeting,2019-01-01\n"));
        var problems = data.Problems();
        AssertProblem(problems.Single(p => p.File.EndsWith("institutions.csv", StringComparison.Ordinal)), data, "institutions.csv", 5, "duplicate institution id 'ops'");
        Assert.Contains(problems, p => p.File == data["declarations.csv"] && p.Line == 3 && p.Message.Contains("duplicate declaration id 'd1'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.File == data["actions.csv"] && p.Line == 3 && p.Message.Contains("duplicate action id 'a1'", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_sector_names_the_nearest_code()
    {
        using var data = TempDataset.With(("institutions.csv", "id,name,sector\nops,OPS,OPS\npcpr,PCPR,PCPR\nsp,SP,SCHOL\n"));
        AssertProblem(data.Problem(), data, "institutions.csv", 4, "unknown sector 'SCHOL'", "'SCHOOL'");
    }

    [Theory]
    [InlineData("2019-02-30", "impossible date")]
    [InlineData("31.04.2019", "impossible date")]
    [InlineData("wczoraj", "is not a date")]
    [InlineData("2019/01/01", "is not a date")]
    public void Bad_dates_are_located_and_explained(string date, string expected)
    {
        using var data = TempDataset.With(("actions.csv", $"id,title,kind,date\na1,Spotkanie,meeting,{date}\n"));
        AssertProblem(data.Problem(), data, "actions.csv", 2, $"'{date}'", expected);
    }

    [Theory]
    [InlineData("cost_pln", "dużo", "cost_pln 'dużo' is not a number")]
    [InlineData("beneficiaries", "2.5", "beneficiaries '2.5' is not a whole number")]
    [InlineData("cost_pln", "-10", "negative cost")]
    [InlineData("beneficiaries", "-1", "negative number of beneficiaries")]
    public void Bad_numbers_in_actions(string column, string value, string expected)
    {
        using var data = TempDataset.With(("actions.csv", $"id,title,kind,date,{column}\na1,Spotkanie,meeting,2018-10-01,{value}\n"));
        AssertProblem(data.Problem(), data, "actions.csv", 2, expected);
    }

    [Theory]
    [InlineData("ops,sp,abc", "weight 'abc' is not a number")]
    [InlineData("ops,sp,0", "positive finite number")]
    [InlineData("ops,ops,1", "to itself")]
    public void Bad_ties(string row, string expected)
    {
        using var data = TempDataset.With(("ties.csv", "source,target,weight\n" + row + "\n"));
        AssertProblem(data.Problem(), data, "ties.csv", 2, expected);
    }

    [Fact]
    public void End_date_before_date()
    {
        using var data = TempDataset.With(("actions.csv", "id,title,kind,date,end_date\na1,Wizyta,study_visit,2019-05-16,14.05.2019\n"));
        AssertProblem(data.Problem(), data, "actions.csv", 2, "ends (2019-05-14) before it starts (2019-05-16)");
    }

    [Fact]
    public void A_misspelt_required_column_is_one_message_and_another_missing_one_is_its_own()
    {
        using var data = TempDataset.With(("actions.csv", "id,titel,kind\na1,Spotkanie,meeting\n"));
        var problems = data.Problems().Where(p => p.File == data["actions.csv"] && p.Line == 1).ToList();
        Assert.Equal(2, problems.Count);
        AssertProblem(problems[0], data, "actions.csv", 1, "required column 'title' is missing", "is 'titel' meant to be it?");
        AssertProblem(problems[1], data, "actions.csv", 1, "required column 'date' is missing");
        Assert.DoesNotContain(problems, p => p.Message.Contains("unknown column", StringComparison.Ordinal));
    }

    [Fact]
    public void An_extra_column_is_a_warning_the_sheet_is_read_and_every_other_problem_is_reported()
    {
        using var data = TempDataset.With(
            ("actions.csv", "id,title,kind,date,uwagi,_moje\na1,Spotkanie,meeting,2018-10-01,pierwsze,x\n"),
            ("participations.csv", "action_id,institution_id\na1,ops\na1,PPP_X\n"),
            ("declarations.csv", "id,title,data_podpisnia\nd1,Deklaracja,2018-09-14\n"));

        var problems = data.Problems();

        Assert.Equal(3, problems.Count(p => p.Line is not null));
        var warning = Assert.Single(problems, p => p.IsWarning);
        Assert.Equal($"{data["actions.csv"]}:1: warning: unknown column 'uwagi' is ignored", warning.ToString());
        Assert.Contains(problems, p => p.Message.StartsWith("required column 'signed_on' is missing", StringComparison.Ordinal) && p.Message.Contains("'data_podpisnia'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message == "unknown institution 'PPP_X'; add a row for it to institutions.csv");

        File.WriteAllText(data["participations.csv"], "action_id,institution_id\na1,ops\n");
        File.WriteAllText(data["declarations.csv"], TempDataset.Declarations);
        var dataset = DatasetReader.Load(data.Folder, out _, out var warnings);
        Assert.Equal("unknown column 'uwagi' is ignored", Assert.Single(warnings).Message);
        Assert.Single(dataset.JointActions);
    }

    [Fact]
    public void Missing_institutions_file_and_unpaired_tables()
    {
        using var data = TempDataset.With(("institutions.csv", null), ("signatures.csv", null));
        var problems = data.Problems();
        Assert.Contains(problems, p => p.File == data.Folder && p.Line is null && p.Message.Contains("institutions.csv is missing", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Message.Contains("declarations.csv is given but signatures.csv is missing", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(new byte[0])]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF })]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0D, 0x0A, 0x09 })]
    public void Empty_files_are_refused(byte[] content)
    {
        using var data = TempDataset.With();
        File.WriteAllBytes(data["actions.csv"], content);
        var problems = data.Problems();
        Assert.Equal(2, problems.Length);
        AssertProblem(problems[0], data, "actions.csv", null, "is empty");
        AssertProblem(problems[1], data, "actions.csv", null, "2 references into this table (from participations.csv) could not be checked");
    }

    [Fact]
    public void Unterminated_quote_is_reported_where_it_opens_counting_lines_inside_quoted_fields()
    {
        // Line 2 holds a title spanning lines 2-3; the broken record starts on line 4.
        using var data = TempDataset.With(("actions.csv", "id,title,kind,date\na1,\"Spotkanie\nw dwóch liniach\",meeting,2018-10-01\na2,\"Niedomknięte,meeting,2018-11-01\na3,Trzecie,meeting,2018-12-01\n"));
        var problems = data.Problems();
        AssertProblem(problems[0], data, "actions.csv", 4, "closing quote is missing");
    }

    [Fact]
    public void Text_after_a_closing_quote_is_refused()
    {
        using var data = TempDataset.With(("actions.csv", "id,title,kind,date\na1,\"Spotkanie\" nr 1,meeting,2018-10-01\n"));
        AssertProblem(data.Problems()[0], data, "actions.csv", 2, "text after the closing quote");
    }

    [Fact]
    public void Too_few_and_too_many_fields()
    {
        using var data = TempDataset.With(("institutions.csv", "id,name,sector\nops,OPS\npcpr,PCPR,PCPR,extra\nsp,PSP,SCHOOL\n"));
        var problems = data.Problems().Where(p => p.File == data["institutions.csv"]).ToArray();
        AssertProblem(problems[0], data, "institutions.csv", 2, "has 2 fields but the header names 3");
        AssertProblem(problems[1], data, "institutions.csv", 3, "extra value 'extra'");
    }

    [Fact]
    public void Binary_garbage_and_a_png_are_not_text()
    {
        using var data = TempDataset.With();
        File.WriteAllBytes(data["actions.csv"], [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D]);
        File.WriteAllBytes(data["participations.csv"], [.. "action_id,institution_id\n"u8, 0x01, 0x02, 0x7F, 0x03]);
        var problems = data.Problems();
        AssertProblem(problems.Single(p => p.File == data["actions.csv"]), data, "actions.csv", null, "is not a text file");
        AssertProblem(problems.Single(p => p.File == data["participations.csv"]), data, "participations.csv", 2, "is not a text file", "U+0001");
    }

    [Fact]
    public void Unknown_file_gets_a_suggestion_and_underscore_files_are_ignored()
    {
        using var data = TempDataset.With(("instituton.csv", "x,y\n"), ("_notes.csv", "anything at all\n"));
        AssertProblem(data.Problem(), data, "instituton.csv", null, "is not a table of the dataset format", "did you mean 'institutions'?");
    }

    [Fact]
    public void Problems_in_several_files_are_all_reported_in_file_order()
    {
        using var data = TempDataset.With(
            ("institutions.csv", "id,name,sector\nops,OPS,OPS\npcpr,PCPR,PCPRR\nsp,SP,SCHOOL\n"),
            ("actions.csv", "id,title,kind,date\na1,Spotkanie,spotkanko,2018-10-01\n"),
            ("participations.csv", "action_id,institution_id\na1,ops\na1,nikt\n"));
        var problems = data.Problems();
        Assert.Equal([data["institutions.csv"], data["actions.csv"], data["participations.csv"]], problems.Select(p => p.File));
        Assert.Contains("unknown kind 'spotkanko'", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("did you mean 'meeting'?", problems[1].Message, StringComparison.Ordinal);
        Assert.Equal(3, problems[2].Line);
    }

    [Fact]
    public void Declarations_and_actions_without_anyone_are_refused()
    {
        using var data = TempDataset.With(("declarations.csv", TempDataset.Declarations + "d2,Pusta,2019-01-01\n"));
        AssertProblem(data.Problem(), data, "declarations.csv", 3, "declaration 'd2' has no signatories");
    }

    [Fact]
    public void A_missing_dataset_path_is_one_problem()
    {
        var exception = Assert.Throws<DatasetException>(() => DatasetReader.Load("/no/such/dataset"));
        Assert.Equal("/no/such/dataset: no such folder or .xlsx workbook", Assert.Single(exception.Problems).ToString());
    }
}
