using System.Globalization;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// A partner survey in waves (issue 23): with a <c>date</c> column every row needs a date, a pair may appear once per
/// date; the refusals name file, line and problem in English and Polish; the dates survive the workbook, the CSV
/// folder and the dataset's JSON.
/// </summary>
public class SurveyWavesReaderTests
{
    private const string TwoWaves =
        "respondent_id,partner_id,level,reliability,mission,openness,power,involvement,resources,date,note\n" +
        "ops,pcpr,2,2,2,2,2,2,2,2024-05-01,x\nops,sp,0,,,,,,,2024-05-01,\npcpr,ops,3,,,,,,,2024-05-01,\n" +
        "ops,pcpr,4,4,3,4,,2,1,15.10.2024,y\npcpr,ops,5,1,1,1,1,1,1,2024-10-15,\n";

    private static T InCulture<T>(CultureInfo culture, Func<T> action) => UiCulture.In(culture, action);

    [Fact]
    public void The_same_pair_on_two_dates_is_two_waves()
    {
        using var data = TempDataset.With(("survey.csv", TwoWaves), ("respondents.csv", "institution_id,responded\nops,tak\npcpr,tak\nsp,nie\n"));
        var survey = data.Load().Survey;
        Assert.Equal(5, survey.Responses.Count);
        Assert.Equal([new DateOnly(2024, 5, 1), new DateOnly(2024, 10, 15)], survey.Waves);
    }

    [Theory]
    [InlineData("survey.csv", "respondent_id,partner_id,level,date\nops,pcpr,1,2024-05-01\nops,sp,2,\n", 3, "date is empty; a survey with dates needs on every row the day of its wave", "date jest puste; ankieta z datami potrzebuje w każdym wierszu dnia swojej fali")]
    [InlineData("ankieta.csv", "id_respondenta;id_partnera;poziom;data\nops;pcpr;1;\n", 2, "data is empty; a survey with dates needs on every row the day of its wave (YYYY-MM-DD or DD.MM.YYYY)", "data jest puste; ankieta z datami potrzebuje w każdym wierszu dnia swojej fali (RRRR-MM-DD albo DD.MM.RRRR)")]
    [InlineData("survey.csv", "respondent_id,partner_id,level,date\nops,pcpr,1,2024-05-01\nops,pcpr,3,2024-10-15\nops,pcpr,2,01.05.2024\n", 4, "'ops' rates 'pcpr' twice in the wave of 2024-05-01 (first on another row); one row per respondent and partner in each wave", "'ops' ocenia 'pcpr' drugi raz w fali z 2024-05-01 (pierwszy raz w innym wierszu); jeden wiersz na respondenta i partnera w każdej fali")]
    [InlineData("survey.csv", "respondent_id,partner_id,level,date\nops,pcpr,1,2024-05-01\nops,sp,2,maj 2024\n", 3, "date 'maj 2024' is not a date", "date 'maj 2024' nie jest datą")]
    public void Each_refusal_names_file_line_and_problem_in_english_and_polish(string file, string survey, int line, string english, string polish)
    {
        using var data = TempDataset.With((file, survey));
        foreach (var (culture, expected) in new[] { (CultureInfo.InvariantCulture, english), (CultureInfo.GetCultureInfo("pl-PL"), polish) })
        {
            var problem = InCulture(culture, data.Problem);
            Assert.Equal((data[file], (int?)line), (problem.File, problem.Line));
            Assert.Contains(expected, problem.Message, StringComparison.Ordinal);
            Assert.False(problem.IsWarning);
        }
    }

    [Fact]
    public void A_survey_built_in_code_with_some_rows_dated_is_refused_for_each_undated_row()
    {
        using var data = TempDataset.With();
        var loaded = data.Load();
        var problems = Assert.Throws<DatasetException>(() => loaded.WithSurvey(new PartnerSurvey(
        [
            new SurveyResponse("ops", "pcpr", CollaborationLevel.Coalition) { Date = new DateOnly(2024, 5, 1) },
            new SurveyResponse("ops", "sp", CollaborationLevel.Networking),
        ]))).Problems;
        Assert.Contains("date is empty; a survey with dates needs on every row the day of its wave", Assert.Single(problems).Message, StringComparison.Ordinal);
        var fine = loaded.WithSurvey(new PartnerSurvey(
        [
            new SurveyResponse("ops", "pcpr", CollaborationLevel.Coalition) { Date = new DateOnly(2024, 5, 1) },
            new SurveyResponse("ops", "pcpr", CollaborationLevel.Networking) { Date = new DateOnly(2024, 10, 15) },
        ]));
        Assert.Equal(2, fine.Survey.Waves.Count);
    }

    [Theory]
    [InlineData(DatasetLanguage.English)]
    [InlineData(DatasetLanguage.Polish)]
    public void Two_waves_read_back_equal_from_a_workbook_and_a_csv_folder(DatasetLanguage language)
    {
        using var data = TempDataset.With(("survey.csv", TwoWaves), ("respondents.csv", "institution_id,responded\nops,tak\npcpr,tak\nsp,nie\n"));
        var loaded = data.Load();
        string book = data[$"book-{language}.xlsx"];
        DatasetTemplate.Save(book, new TemplateOptions { Language = language, Data = loaded });
        Assert.Equal(loaded, DatasetReader.Load(book));
        string folder = data[$"folder-{language}"];
        DatasetWriter.SaveFolder(loaded, folder, null, language);
        Assert.Equal(loaded, DatasetReader.Load(folder));
    }

    [Fact]
    public void Two_waves_read_back_equal_from_the_dataset_json()
    {
        using var data = TempDataset.With(("survey.csv", TwoWaves));
        var loaded = data.Load();
        var back = DatasetJson.FromJson(DatasetJson.ToJson(loaded));
        Assert.Equal(loaded.WithoutBeneficiaries(), back);
        Assert.Equal([new DateOnly(2024, 5, 1), new DateOnly(2024, 10, 15)], back.Survey.Waves);
        Assert.Equal(new DateOnly(2024, 10, 15), back.Survey.Responses[3].Date);
    }
}
