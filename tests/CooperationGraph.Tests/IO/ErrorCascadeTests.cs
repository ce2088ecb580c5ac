using System.Text;

namespace CooperationGraph.Tests.IO;

/// <summary>Errors that point at the cause: a table that cannot be read does not bury it under the references into it;
/// a problem many rows share is listed for a few and counted; long values are quoted short.</summary>
public class ErrorCascadeTests
{
    /// <summary>A copy of the Łoniów sample (20 institutions, 24 signatures, 110 participations) with one file replaced.</summary>
    private static TempDataset Sample(string file, Func<string, string> change)
    {
        var data = TempDataset.Empty();
        foreach (var path in Directory.GetFiles(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"), "*.csv"))
        {
            string text = File.ReadAllText(path, Encoding.UTF8);
            File.WriteAllText(data[Path.GetFileName(path)], Path.GetFileName(path) == file ? change(text) : text, new UTF8Encoding(false));
        }

        return data;
    }

    private static string ReplaceHeader(string text, string header) => header + text[text.IndexOf('\n', StringComparison.Ordinal)..];

    [Fact]
    public void A_header_mistake_in_institutions_gives_a_handful_of_lines_the_first_naming_the_header()
    {
        using var data = Sample("institutions.csv", t => ReplaceHeader(t, "id,nazwa,sektr,jednostka,poziom,nazwa_skrócona,note"));
        var problems = data.Problems();
        Assert.True(problems.Length <= 3, string.Join("\n", problems.Select(p => p.ToString())));
        Assert.Equal((data["institutions.csv"], 1), (problems[0].File, problems[0].Line));
        Assert.Equal("required column 'sektor' is missing; the header must name id,nazwa,sektor (optional: jednostka,poziom,nazwa_skrócona); is 'sektr' meant to be it?", problems[0].Message);
        var summary = problems[^1];
        Assert.Equal((data["institutions.csv"], (int?)null), (summary.File, summary.Line));
        // 134 from the signatures and participations, 127 from the illustrative partner survey (58 rows × 2 ids, 11 invitations).
        Assert.Equal("261 references into this table (from signatures.csv, participations.csv, respondents.csv, survey.csv) could not be checked because it could not be read; fix the problems above first", summary.Message);
    }

    [Fact]
    public void The_polish_header_that_once_gave_136_problems_is_now_read()
    {
        using var data = Sample("institutions.csv", t => ReplaceHeader(t, "id,nazwa,sektor,jednostka,poziom,nazwa_skrócona,note"));
        Assert.Equal(20, data.Load().Institutions.Count);
    }

    [Fact]
    public void A_missing_actions_file_counts_the_participations_it_leaves_unchecked()
    {
        using var data = Sample("actions.csv", _ => "");
        File.Delete(data["actions.csv"]);
        var problems = data.Problems();
        Assert.Equal(2, problems.Length);
        Assert.Equal("participations.csv is given but actions.csv is missing; the two go together", problems[0].Message);
        Assert.Equal((data.Folder, (int?)null), (problems[1].File, problems[1].Line));
        Assert.StartsWith("118 references into this table (from participations.csv, beneficiaries.csv)", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Forty_rows_with_the_same_unknown_id_list_three_and_count_the_rest()
    {
        var rows = string.Concat(Enumerable.Range(0, 40).Select(_ => "a1,nikt\n"));
        using var data = TempDataset.With(("participations.csv", "action_id,institution_id\na1,ops\n" + rows));
        Assert.Equal(40, data.Problems().Length);
        var problems = data.Summary();
        Assert.Equal(4, problems.Length);
        Assert.Equal([3, 4, 5], problems.Take(3).Select(p => p.Line!.Value));
        Assert.All(problems.Take(3), p => Assert.Equal("unknown institution 'nikt'; add a row for it to institutions.csv", p.Message));
        Assert.Equal((data["participations.csv"], (int?)null), (problems[3].File, problems[3].Line));
        Assert.Equal("the same kind of problem on 37 more lines: 6–42", problems[3].Message);
    }

    [Fact]
    public void A_thousand_actions_without_participants_are_three_lines_and_a_count_with_line_ranges()
    {
        var actions = string.Concat(Enumerable.Range(0, 1_355).Select(k => $"x{k},Spotkanie {k},meeting,2018-10-01\n"));
        using var data = TempDataset.With(("actions.csv", TempDataset.Actions + actions));

        var all = data.Problems();
        var shown = data.Summary();

        Assert.Equal(1_355, all.Length);
        Assert.Equal(4, shown.Length);
        Assert.Equal([3, 4, 5], shown.Take(3).Select(p => p.Line!.Value));
        Assert.Equal("the same kind of problem on 1 352 more lines: 6–1 357", shown[3].Message);
    }

    [Fact]
    public void Four_rows_with_one_problem_are_all_listed()
    {
        using var data = TempDataset.With(("participations.csv", "action_id,institution_id\na1,ops\na1,x\na2,y\na3,z\n"), ("signatures.csv", "declaration_id,institution_id\nd1,ops\nd9,ops\nd9,pcpr\nd9,sp\nd9,sp\n"));
        var problems = data.Problems();
        Assert.Equal(4, problems.Count(p => p.Message.StartsWith("declaration_id 'd9' is not a known declaration", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_long_value_is_quoted_by_its_first_80_characters_and_its_length()
    {
        string title = new('A', 2000);
        using var data = TempDataset.With(("actions.csv", $"id,title,kind,date\na1,{title},meeting,{title}\n"));
        var problem = data.Problem();
        Assert.Equal($"date '{new string('A', 80)}…' (2 000 characters) is not a date; write YYYY-MM-DD or DD.MM.YYYY", problem.Message);
    }

    [Fact]
    public void A_long_unknown_column_and_extra_value_are_quoted_short()
    {
        string name = new('Z', 500);
        using var data = TempDataset.With(("signatures.csv", $"declaration_id,institution_id,{name}\nd1,ops,1\nd1,pcpr,{name},x\n"));
        var problems = data.Problems();
        Assert.Equal(2, problems.Length);
        Assert.True(problems[0].IsWarning);
        string quoted = $"'{new string('Z', 80)}…' (500 characters)";
        Assert.Equal($"unknown column {quoted} is ignored", problems[0].Message);
        Assert.Equal($"has 4 fields but the header names 3; extra value 'x' (quote values that contain the delimiter)", problems[1].Message);
    }

    [Fact]
    public void A_broken_sectors_file_counts_the_custom_sectors_it_leaves_unchecked()
    {
        using var data = Sample("sectors.csv", t => ReplaceHeader(t, "code,nazwa_pl,name_en"));
        var problems = data.Problems();
        Assert.Equal(2, problems.Length);
        Assert.Equal(1, problems[0].Line);
        Assert.StartsWith("1 reference into this table (from institutions.csv) could not be checked", problems[1].Message, StringComparison.Ordinal);
    }
}
