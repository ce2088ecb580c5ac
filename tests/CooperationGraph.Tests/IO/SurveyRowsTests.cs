namespace CooperationGraph.Tests.IO;

/// <summary>The survey's rows one by one: every Frey label and respondents' answer word, and each row refused with its line.</summary>
public class SurveyRowsTests
{
    private static readonly string[] Labels =
    [
        "no interaction", "none", "brak interakcji", "brak", "networking", "sieciowanie", "cooperation", "kooperacja",
        "coordination", "koordynacja", "coalition", "koalicja", "collaboration", "współpraca", "0", "5", "2 - cooperation",
    ];

    [Fact]
    public void Every_frey_label_in_english_and_polish_reads_as_its_level()
    {
        string institutions = TempDataset.Institutions + string.Concat(Labels.Select((_, k) => $"p{k},P{k},OPS\n"));
        string survey = "respondent_id,partner_id,level\n" + string.Concat(Labels.Select((label, k) => $"ops,p{k},{label}\n"));
        using var data = TempDataset.With(("institutions.csv", institutions), ("survey.csv", survey));
        Assert.Equal(
        [
            0, 0, 0, 0, 1, 1, 2, 2,
            3, 3, 4, 4, 5, 5, 0, 5, 2,
        ], data.Load().Survey.Responses.Select(r => (int)r.Level));
    }

    [Fact]
    public void Every_answer_word_of_respondents_reads_as_responded_or_not()
    {
        string[] answers = ["true", "false", "tak", "nie", "1", "0", "prawda", "fałsz"];
        string institutions = TempDataset.Institutions + string.Concat(answers.Select((_, k) => $"r{k},R{k},OPS\n"));
        string respondents = "institution_id,responded\n" + string.Concat(answers.Select((answer, k) => $"r{k},{answer}\n"));
        using var data = TempDataset.With(("institutions.csv", institutions), ("survey.csv", "respondent_id,partner_id,level\nr0,ops,1\n"), ("respondents.csv", respondents));
        Assert.Equal([true, false, true, false, true, false, true, false], data.Load().Survey.Invitations.Select(i => i.Responded));
    }

    [Fact]
    public void Survey_rows_with_an_empty_required_field_are_each_refused()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level\n,pcpr,1\nops,,1\nops,sp,\n"));
        Assert.Equal(["survey.csv:2: respondent_id is empty", "survey.csv:3: partner_id is empty", "survey.csv:4: level is empty"], TableRowsTests.Printed(data));
    }

    [Fact]
    public void Rows_with_unreadable_dates_are_left_out_so_they_are_no_second_rating()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level,date\nops,pcpr,1,maj\nops,pcpr,2,czerwiec\n"));
        Assert.Equal(
        [
            "survey.csv:2: date 'maj' is not a date; write YYYY-MM-DD or DD.MM.YYYY",
            "survey.csv:3: date 'czerwiec' is not a date; write YYYY-MM-DD or DD.MM.YYYY",
        ], TableRowsTests.Printed(data));
    }

    [Fact]
    public void Items_rated_with_a_level_above_0_are_no_warning()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level,openness\nops,pcpr,2,3\n"));
        DatasetReader.Load(data.Folder, out _, out var warnings);
        Assert.Empty(warnings);
    }

    [Fact]
    public void An_empty_respondents_table_lists_no_invitations_so_the_respondents_are_inferred()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level\nops,pcpr,1\n"), ("respondents.csv", "institution_id,responded\n"));
        var survey = data.Load().Survey;
        Assert.False(survey.HasInvitations);
        Assert.Equal([new SurveyInvitation("ops", true)], survey.Invitations);
    }

    [Fact]
    public void Respondents_whose_header_cannot_be_read_are_one_problem()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level\nops,pcpr,1\n"), ("respondents.csv", "institution_id\nops\n"));
        Assert.Equal(["respondents.csv:1: required column 'responded' is missing; the header must name institution_id,responded"], TableRowsTests.Printed(data));
    }

    [Fact]
    public void Respondents_without_a_survey_are_kept_as_invitations()
    {
        using var data = TempDataset.With(("respondents.csv", "institution_id,responded\nops,nie\n"));
        var survey = data.Load().Survey;
        Assert.Empty(survey.Responses);
        Assert.Equal([new SurveyInvitation("ops", false)], survey.Invitations);
    }

    [Fact]
    public void Respondent_rows_with_an_empty_field_are_each_refused()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level\nops,pcpr,1\n"), ("respondents.csv", "institution_id,responded\nops,tak\n,tak\npcpr,\n"));
        Assert.Equal(["respondents.csv:3: institution_id is empty", "respondents.csv:4: responded is empty"], TableRowsTests.Printed(data));
    }
}
