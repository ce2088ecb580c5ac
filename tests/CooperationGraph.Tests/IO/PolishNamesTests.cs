using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>Polish file, sheet and column names beside the English ones, as the dataset format's contract names them.</summary>
public class PolishNamesTests
{
    private const string Institutions = "id,nazwa,sektor,jednostka,poziom\nops,OPS Łoniów,OPS,Łoniów,gmina\npcpr,PCPR Sandomierz,PCPR,,powiat\nsp,PSP Łoniów,SCHOOL,,\n";

    private static TempDataset Polish(params (string File, string? Text)[] replaced)
    {
        var files = new List<(string, string?)>
        {
            ("institutions.csv", null), ("declarations.csv", null), ("signatures.csv", null), ("actions.csv", null), ("participations.csv", null),
            ("instytucje.csv", Institutions),
            ("deklaracje.csv", "id,tytuł,data_podpisania,rodzaj\nd1,Deklaracja,2018-09-14,deklaracja\n"),
            ("podpisy.csv", "id_deklaracji,id_instytucji\nd1,ops\nd1,pcpr\n"),
            ("działania.csv", "id,tytuł,rodzaj,data,data_końcowa,koszt_pln,beneficjenci\na1,Spotkanie,spotkanie,2018-10-01,,,\n"),
            ("udziały.csv", "id_działania,id_instytucji,rola\na1,ops,lider\na1,sp,uczestnik\n"),
        };
        files.AddRange(replaced);
        return TempDataset.With([.. files]);
    }

    [Fact]
    public void Every_polish_table_and_column_name_of_the_contract_is_read()
    {
        string[] contract =
        [
            "instytucje: id nazwa sektor jednostka poziom nazwa_skrócona", "sektory: kod nazwa_pl nazwa_en", "deklaracje: id tytuł data_podpisania rodzaj",
            "podpisy: id_deklaracji id_instytucji", "działania: id tytuł rodzaj data data_końcowa koszt_pln beneficjenci",
            "udziały: id_działania id_instytucji rola", "powiązania: źródło cel waga warstwa data data_końcowa", "beneficjenci: id_rodziny id_działania",
            "ankieta: id_respondenta id_partnera poziom niezawodność misja otwartość wpływ zaangażowanie zasoby data", "respondenci: id_instytucji odpowiedziała",
        ];
        Assert.Equal(contract, TableSchema.All.Select(s => $"{s.PolishName}: {string.Join(' ', s.ColumnNames(DatasetLanguage.Polish))}"));
    }

    [Fact]
    public void A_polish_dataset_loads_equal_to_the_same_data_in_english()
    {
        using var polish = Polish(
            ("powiązania.csv", "źródło,cel,waga,warstwa\nops,pcpr,2,umowa\n"),
            ("beneficjenci.csv", "id_rodziny,id_działania\nR1,a1\n"),
            ("sektory.csv", "kod,nazwa_pl,nazwa_en\nKLUB,klub seniora,senior club\n"));
        using var english = TempDataset.With(
            ("institutions.csv", "id,name,sector,unit,level\nops,OPS Łoniów,OPS,Łoniów,gmina\npcpr,PCPR Sandomierz,PCPR,,powiat\nsp,PSP Łoniów,SCHOOL,,\n"),
            ("declarations.csv", "id,title,signed_on,kind\nd1,Deklaracja,2018-09-14,declaration\n"),
            ("actions.csv", "id,title,kind,date,end_date,cost_pln,beneficiaries\na1,Spotkanie,meeting,2018-10-01,,,\n"),
            ("participations.csv", "action_id,institution_id,role\na1,ops,lead\na1,sp,participant\n"),
            ("ties.csv", "source,target,weight,layer\nops,pcpr,2,umowa\n"),
            ("beneficiaries.csv", "family_id,action_id\nR1,a1\n"),
            ("sectors.csv", "code,name_pl,name_en\nKLUB,klub seniora,senior club\n"));
        var dataset = DatasetReader.Load(polish.Folder, out var language);
        Assert.Equal(DatasetLanguage.Polish, language);
        Assert.Equal(english.Load(), dataset);
        Assert.Equal(2.0, dataset.Ties[0].Weight);
        DatasetReader.Load(english.Folder, out var englishLanguage);
        Assert.Equal(DatasetLanguage.English, englishLanguage);
    }

    [Theory]
    [InlineData("Data podpisania")]
    [InlineData("data_podpisania")]
    [InlineData("DATA PODPISANIA")]
    [InlineData("Data_Podpisania")]
    [InlineData("data podpisania ")]
    public void Names_match_ignoring_case_diacritics_spaces_and_underscores(string column)
    {
        using var data = Polish(("deklaracje.csv", $"id;Tytul;{column};Rodzaj\nd1;Deklaracja;14.09.2018;porozumienie\n"));
        var declaration = data.Load().GetDeclaration("d1");
        Assert.Equal((new DateOnly(2018, 9, 14), DeclarationKind.Agreement), (declaration.SignedOn, declaration.Kind));
    }

    [Fact]
    public void Errors_name_the_column_as_the_file_wrote_it()
    {
        using var data = Polish(("deklaracje.csv", "id,Tytuł,Data Podpisania\nd1,Deklaracja,2018-02-30\n"));
        var problem = data.Problem();
        Assert.Equal((data["deklaracje.csv"], 2), (problem.File, problem.Line));
        Assert.Equal("Data Podpisania '2018-02-30' is an impossible date", problem.Message);
    }

    [Fact]
    public void Languages_may_differ_across_tables_but_not_within_one_header()
    {
        using var mixedTables = Polish(("działania.csv", null), ("actions.csv", TempDataset.Actions));
        Assert.Single(mixedTables.Load().JointActions);

        using var mixedHeader = Polish(("instytucje.csv", "id,nazwa,sector,jednostka\nops,OPS,OPS,Łoniów\n"));
        var problems = mixedHeader.Problems();
        Assert.Equal((mixedHeader["instytucje.csv"], 1), (problems[0].File, problems[0].Line));
        Assert.Equal("the header mixes English and Polish column names ('sector' and 'nazwa'); use one language within a table", problems[0].Message);
        Assert.True(problems.Length <= 2, string.Join("\n", problems.Select(p => p.ToString())));
    }

    [Fact]
    public void The_same_table_in_both_languages_is_refused()
    {
        using var data = Polish(("institutions.csv", TempDataset.Institutions));
        Assert.Contains(data.Problems(), p => p.Message.Contains("a second file for table 'institutions'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(DatasetLanguage.Polish, "instytucje.csv", "id;nazwa;sektor;jednostka;poziom;nazwa_skrócona;note", "działania.csv", "spotkanie")]
    [InlineData(DatasetLanguage.English, "institutions.csv", "id;name;sector;unit;level;short_name;note", "actions.csv", "meeting")]
    public void The_writer_writes_the_language_asked_for_and_reads_back_equal(DatasetLanguage language, string institutions, string header, string actions, string word)
    {
        var sample = DatasetReader.Load(Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow"));
        using var target = TempDataset.Empty();
        DatasetWriter.SaveFolder(sample, target.Folder, CsvFormat.Windows1250, language);
        string text = File.ReadAllText(target[institutions], TextDecoder.Windows1250);
        Assert.StartsWith(header + "\n", text, StringComparison.Ordinal);
        Assert.Contains(";" + word + ";", File.ReadAllText(target[actions], TextDecoder.Windows1250), StringComparison.Ordinal);
        Assert.Equal(sample, DatasetReader.Load(target.Folder, out var read));
        Assert.Equal(language, read);

        DatasetWriter.SaveWorkbook(sample, target["book.xlsx"], language);
        Assert.Equal(sample, DatasetReader.Load(target["book.xlsx"], out var readBook));
        Assert.Equal(language, readBook);
    }

    [Fact]
    public void A_model_file_may_have_polish_keys()
    {
        var model = CooperationModelReader.Parse(Encoding.UTF8.GetBytes("""{"nazwa": "Model gminy", "opis": "…", "wymaganeSektory": ["GOPS", "Szkoła"], "wymaganePowiązania": [["OPS", "Policja"]]}"""), "model.json");
        Assert.Equal("Model gminy", model.Name);
        Assert.Equal(["OPS", "SCHOOL", "POLICE"], model.RequiredSectors.Select(s => s.Code));
        Assert.Equal(("OPS", "POLICE"), (model.RequiredLinks[0].First.Code, model.RequiredLinks[0].Second.Code));
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => CooperationModelReader.Parse(Encoding.UTF8.GetBytes("{\"nazwa\": \"m\", \"wymaganeSektor\": [\"OPS\"]}"), "m.json")).Problems);
        Assert.Contains("did you mean \"wymaganeSektory\"", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_words_in_a_polish_table_are_answered_with_polish_words()
    {
        using var data = Polish(("działania.csv", "id,tytuł,Rodzaj,data\na1,Spotkanie,spotkanko,2018-10-01\n"));
        Assert.Equal("unknown Rodzaj 'spotkanko'; did you mean 'spotkanie'?", data.Problem().Message);
    }

    [Fact]
    public void Every_word_the_writer_uses_reads_back_as_its_value()
    {
        foreach (var language in new[] { DatasetLanguage.Polish, DatasetLanguage.English })
        {
            static void Fail(string message) => Assert.Fail(message);
            Assert.All(Enum.GetValues<JointActionKind>(), v => Assert.True(FieldParser.TryActionKind(FieldParser.Word(v, language), Fail, out var read) && read == v));
            Assert.All(Enum.GetValues<DeclarationKind>(), v => Assert.True(FieldParser.TryDeclarationKind(FieldParser.Word(v, language), Fail, out var read) && read == v));
            Assert.All(Enum.GetValues<ParticipantRole>(), v => Assert.True(FieldParser.TryRole(FieldParser.Word(v, language), Fail, out var read) && read == v));
            Assert.All(Enum.GetValues<TerritorialLevel>(), v => Assert.True(FieldParser.TryLevel(FieldParser.Word(v, language), Fail, out var read) && read == v));
        }

        Assert.Equal(["spotkanie", "szkolenie", "wizyta studyjna", "badanie", "usługa", "wydarzenie", "inne"], FieldParser.Words<JointActionKind>(DatasetLanguage.Polish));
    }
}
