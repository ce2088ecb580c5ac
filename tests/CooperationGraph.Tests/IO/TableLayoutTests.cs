using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>The tables a dataset is written as: only those it has rows for, their names and headers in each language,
/// dated ties with empty dates where a tie has none, and the respondents' answer words.</summary>
public class TableLayoutTests
{
    private static string Row(object?[] cells) => string.Join("|", cells.Select(c => c?.ToString() ?? "∅"));

    [Fact]
    public void A_dataset_of_institutions_only_is_one_table()
    {
        var dataset = CooperationDataset.Create([new Institution("ops", "OPS", SectorCatalog.Default["OPS"])]);
        var table = Assert.Single(DatasetTables.From(dataset, DatasetLanguage.Polish));
        Assert.Equal(("instytucje", "id nazwa sektor jednostka poziom"), (table.Name, string.Join(' ', table.Header)));
    }

    [Fact]
    public void Ties_with_a_date_on_some_are_written_with_both_date_columns()
    {
        using var data = TempDataset.With(("ties.csv", "source,target,layer,date\nops,pcpr,,2019-01-01\nops,sp,umowa,\n"));
        var ties = DatasetTables.From(data.Load()).Single(t => t.Name == "ties");
        Assert.Equal(["source", "target", "weight", "layer", "date", "end_date"], ties.Header);
        Assert.Equal(["ops|pcpr|1|direct|2019-01-01|∅", "ops|sp|1|umowa|∅|∅"], ties.Rows.Select(Row));
    }

    [Fact]
    public void Ties_without_dates_have_no_date_columns_in_either_language()
    {
        using var data = TempDataset.With(("ties.csv", "source,target,weight\nops,pcpr,2\n"));
        var english = DatasetTables.From(data.Load()).Single(t => t.Name == "ties");
        Assert.Equal(["source", "target", "weight", "layer"], english.Header);
        Assert.Equal(["ops|pcpr|2|direct"], english.Rows.Select(Row));
        var polish = DatasetTables.From(data.Load(), DatasetLanguage.Polish).Single(t => t.Name == "powiązania");
        Assert.Equal(["źródło", "cel", "waga", "warstwa"], polish.Header);
    }

    [Theory]
    [InlineData(DatasetLanguage.English, "respondents", "institution_id responded", "ops|true", "pcpr|false")]
    [InlineData(DatasetLanguage.Polish, "respondenci", "id_instytucji odpowiedziała", "ops|tak", "pcpr|nie")]
    public void Respondents_answer_in_the_languages_words(DatasetLanguage language, string name, string header, string yes, string no)
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level\nops,pcpr,1\n"), ("respondents.csv", "institution_id,responded\nops,tak\npcpr,nie\n"));
        var tables = DatasetTables.From(data.Load(), language);
        var respondents = tables.Single(t => t.Name == name);
        Assert.Equal(header, string.Join(' ', respondents.Header));
        Assert.Equal([yes, no], respondents.Rows.Select(Row));
    }

    [Fact]
    public void A_survey_without_a_list_of_respondents_is_one_table_without_a_date_column()
    {
        using var data = TempDataset.With(("survey.csv", "respondent_id,partner_id,level,power\nops,pcpr,1,2\n"));
        var tables = DatasetTables.From(data.Load());
        Assert.Equal(["institutions", "declarations", "signatures", "actions", "participations", "survey"], tables.Select(t => t.Name));
        var survey = tables[^1];
        Assert.Equal("respondent_id partner_id level reliability mission openness power involvement resources", string.Join(' ', survey.Header));
        Assert.Equal(["ops|pcpr|1|∅|∅|∅|2|∅|∅"], survey.Rows.Select(Row));
    }

    [Fact]
    public void Invitations_without_responses_are_an_empty_survey_table_without_a_date_column_and_the_respondents()
    {
        using var data = TempDataset.With(("respondents.csv", "institution_id,responded\nops,nie\n"));
        var tables = DatasetTables.From(data.Load());
        var survey = tables.Single(t => t.Name == "survey");
        Assert.Equal("respondent_id partner_id level reliability mission openness power involvement resources", string.Join(' ', survey.Header));
        Assert.Empty(survey.Rows);
        Assert.Equal(["ops|false"], tables.Single(t => t.Name == "respondents").Rows.Select(Row));
    }
}
