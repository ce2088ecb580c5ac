using System.Globalization;

namespace CooperationGraph.Tests.IO;

/// <summary>The partner survey's tables (issue 23): what is read, and every refusal with its file, line and message in English and Polish.</summary>
public class SurveyReaderTests
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    private static T InCulture<T>(CultureInfo culture, Func<T> action) => UiCulture.In(culture, action);

    [Fact]
    public void Levels_as_numbers_english_and_polish_frey_labels_and_items_are_read_and_respondents_answer_tak_nie()
    {
        using var data = TempDataset.With(
            ("survey.csv", "respondent_id,partner_id,level,reliability,mission,openness,power,involvement,resources,note\nops,pcpr,4,4,3,4,,2,1,x\nops,sp,Coordination,,,,,,,\npcpr,ops,współpraca,1,1,1,1,1,1,\npcpr,sp,3 – koordynacja,,,,,,,\n"),
            ("respondents.csv", "institution_id,responded\nops,tak\npcpr,TRUE\nsp,nie\n"));

        var survey = data.Load().Survey;

        Assert.Equal([CollaborationLevel.Coalition, CollaborationLevel.Coordination, CollaborationLevel.Collaboration, CollaborationLevel.Coordination], survey.Responses.Select(r => r.Level));
        Assert.Equal([4, 3, 4, null, 2, 1], survey.Responses[0].Items);
        Assert.Equal("x", survey.Responses[0].Attributes[0].Value);
        Assert.Equal([new SurveyInvitation("ops", true), new SurveyInvitation("pcpr", true), new SurveyInvitation("sp", false)], survey.Invitations);
        Assert.True(survey.HasInvitations);
    }

    [Fact]
    public void Polish_table_and_column_names_read_the_same_survey_as_english_ones()
    {
        using var english = TempDataset.With(("survey.csv", "respondent_id,partner_id,level,reliability\nops,pcpr,2,3\n"), ("respondents.csv", "institution_id,responded\nops,1\npcpr,0\n"));
        using var polish = TempDataset.With(("ankieta.csv", "id_respondenta;id_partnera;poziom;niezawodność\nops;pcpr;kooperacja;3\n"), ("respondenci.csv", "id_instytucji;odpowiedziała\nops;tak\npcpr;nie\n"));
        Assert.Equal(english.Load().Survey, polish.Load().Survey);
    }

    [Fact]
    public void Without_respondents_the_invited_are_exactly_the_respondents_and_without_a_survey_nothing_is_there()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level\npcpr,ops,1\npcpr,sp,0\n"));
        Assert.Equal([new SurveyInvitation("pcpr", true)], data.Load().Survey.Invitations);
        using var none = TempDataset.With();
        Assert.True(none.Load().Survey.IsEmpty);
        Assert.Same(PartnerSurvey.None, none.Load().Survey);
    }

    [Theory]
    [InlineData("survey.csv", "respondent_id,partner_id,level\nops,pcpr,1\nops,pcrp,2\n", null, 3, "unknown institution 'pcrp'; did you mean 'pcpr'?", "nieznana instytucja 'pcrp'; czy chodziło o 'pcpr'?")]
    [InlineData("survey.csv", "respondent_id,partner_id,level\nops,pcpr,1\nsp,sp,2\n", null, 3, "'sp' rates itself", "'sp' ocenia samą siebie")]
    [InlineData("survey.csv", "respondent_id,partner_id,level\nops,pcpr,1\nops,sp,2\nops,pcpr,3\n", null, 4, "'ops' rates 'pcpr' twice", "'ops' ocenia 'pcpr' drugi raz")]
    [InlineData("survey.csv", "respondent_id,partner_id,level\nops,pcpr,6\n", null, 2, "level must be a whole number from 0 to 5 or a level of the Frey scale (0 no interaction, 1 networking", "level musi być liczbą całkowitą od 0 do 5 albo poziomem skali Freya (0 brak interakcji, 1 sieciowanie")]
    [InlineData("survey.csv", "respondent_id,partner_id,level\nops,pcpr,friends\n", null, 2, "not 'friends'", "a nie 'friends'")]
    [InlineData("survey.csv", "respondent_id,partner_id,level,power\nops,pcpr,2,5\n", null, 2, "power must be a whole number from 1 to 4 or empty, not '5'", "power musi być liczbą całkowitą od 1 do 4 albo pozostać puste, a nie '5'")]
    [InlineData("survey.csv", "respondent_id,partner_id,level,mission\nops,pcpr,2,2.5\n", null, 2, "mission must be a whole number from 1 to 4", "mission musi być liczbą całkowitą od 1 do 4")]
    [InlineData("survey.csv", "respondent_id,partner_id,level\nops,pcpr,2\nsp,ops,1\n", "institution_id,responded\nops,true\nsp,false\n", 3, "'sp' is marked in respondents.csv as not responded", "'sp' ma w respondents.csv oznaczenie, że nie odpowiedziała")]
    [InlineData("survey.csv", "respondent_id,partner_id,level\nops,pcpr,2\npcpr,ops,1\n", "institution_id,responded\nops,true\n", 3, "'pcpr' answers the survey but is not listed in respondents.csv", "'pcpr' odpowiada na ankietę, ale nie ma jej w respondents.csv")]
    [InlineData("respondents.csv", "respondent_id,partner_id,level\nops,pcpr,2\n", "institution_id,responded\nops,true\nopz,false\n", 3, "unknown institution 'opz'", "nieznana instytucja 'opz'")]
    [InlineData("respondents.csv", "respondent_id,partner_id,level\nops,pcpr,2\n", "institution_id,responded\nops,true\nops,false\n", 3, "institution 'ops' is listed twice", "instytucja 'ops' jest wymieniona dwa razy")]
    [InlineData("respondents.csv", "respondent_id,partner_id,level\nops,pcpr,2\n", "institution_id,responded\nops,maybe\n", 2, "responded must be true/false, tak/nie or 1/0, not 'maybe'", "responded musi mieć wartość tak/nie, true/false albo 1/0, a nie 'maybe'")]
    public void Each_refusal_names_file_line_and_problem_in_english_and_polish(string file, string survey, string? respondents, int line, string english, string polish)
    {
        using var data = TempDataset.With(("survey.csv", survey), ("respondents.csv", respondents));
        foreach (var (culture, expected) in new[] { (CultureInfo.InvariantCulture, english), (Polish, polish) })
        {
            var problem = InCulture(culture, data.Problem);
            Assert.Equal(data[file], problem.File);
            Assert.Equal(line, problem.Line);
            Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
            Assert.False(problem.IsWarning);
        }
    }

    [Fact]
    public void A_row_with_level_0_and_items_is_a_warning_in_both_languages_and_the_dataset_loads()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level,openness\nops,pcpr,0,3\nops,sp,2,\n"));
        foreach (var (culture, expected) in new[] { (CultureInfo.InvariantCulture, "level 0 (no interaction) for 'pcpr' with items rated"), (Polish, "poziom 0 (brak interakcji) dla 'pcpr' z ocenionymi pozycjami") })
        {
            var warning = Assert.Single(InCulture(culture, () => { DatasetReader.Load(data.Folder, out _, out var warnings); return warnings; }));
            Assert.True(warning.IsWarning);
            Assert.Equal((data["survey.csv"], 2), (warning.File, warning.Line));
            Assert.Contains(expected, warning.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_survey_built_in_code_is_checked_like_a_read_one()
    {
        var dataset = TempDataset.With();
        using (dataset)
        {
            var loaded = dataset.Load();
            var problems = Assert.Throws<DatasetException>(() => loaded.WithSurvey(new PartnerSurvey([new SurveyResponse("ops", "ops", CollaborationLevel.Coalition), new SurveyResponse("ops", "sp", (CollaborationLevel)7) { Power = 0 }]))).Problems;
            Assert.Equal(3, problems.Count);
        }
    }

    [Theory]
    [InlineData(DatasetLanguage.English)]
    [InlineData(DatasetLanguage.Polish)]
    public void A_survey_written_as_a_workbook_reads_back_equal(DatasetLanguage language)
    {
        using var data = TempDataset.With(
            ("survey.csv", "respondent_id,partner_id,level,reliability,mission,openness,power,involvement,resources,date\nops,pcpr,4,4,3,4,,2,1,2024-05-01\npcpr,ops,5,1,1,1,1,1,1,2024-05-02\n"),
            ("respondents.csv", "institution_id,responded\nops,tak\npcpr,TRUE\nsp,nie\n"));
        var loaded = data.Load();
        string path = data[$"book-{language}.xlsx"];
        DatasetTemplate.Save(path, new TemplateOptions { Language = language, Data = loaded });
        Assert.Equal(loaded, DatasetReader.Load(path));
    }

    [Fact]
    public void The_dataset_json_carries_the_survey_and_reads_it_back_equal()
    {
        using var data = TempDataset.With(
            ("survey.csv", "respondent_id,partner_id,level,reliability,mission,openness,power,involvement,resources,date,note\nops,pcpr,4,4,3,4,,2,1,2024-05-01,x\nops,sp,0,,,,,,,2024-05-01,\n"),
            ("respondents.csv", "institution_id,responded\nops,tak\npcpr,nie\n"));
        var loaded = data.Load();
        string json = DatasetJson.ToJson(loaded);

        var back = DatasetJson.FromJson(json);

        Assert.Equal(loaded.WithoutBeneficiaries(), back);
        Assert.Equal([4, 3, 4, null, 2, 1], back.Survey.Responses[0].Items);
        Assert.Equal(new DateOnly(2024, 5, 1), back.Survey.Responses[0].Date);
        Assert.Equal([new SurveyInvitation("ops", true), new SurveyInvitation("pcpr", false)], back.Survey.Invitations);
        Assert.Contains("\"survey\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_respondents_the_json_survey_infers_the_invited_again_and_without_a_survey_json_has_no_survey_key()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level\npcpr,ops,1\n"));
        var loaded = data.Load();
        var back = DatasetJson.FromJson(DatasetJson.ToJson(loaded));
        Assert.Equal(loaded, back);
        Assert.False(back.Survey.HasInvitations);
        using var none = TempDataset.With();
        Assert.DoesNotContain("\"survey\"", DatasetJson.ToJson(none.Load()), StringComparison.Ordinal);
        Assert.Same(PartnerSurvey.None, DatasetJson.FromJson(DatasetJson.ToJson(none.Load())).Survey);
    }

    [Fact]
    public void A_json_survey_that_rates_an_unknown_institution_is_refused()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level\npcpr,ops,1\n"));
        string json = DatasetJson.ToJson(data.Load()).Replace("\"partner\": \"ops\"", "\"partner\": \"opz\"", StringComparison.Ordinal);
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => DatasetJson.FromJson(json)).Problems);
        Assert.Contains("unknown institution 'opz'", problem.Message, StringComparison.Ordinal);
    }
}
