using System.Globalization;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// A dataset folder as a whole: which path is a dataset, a second file for one table, unknown files named up to three,
/// the language tables are named in when one is missing and the language the dataset is said to be in, and the
/// order problems are listed in (the format's table order, the folder's own problems first).
/// </summary>
public class DatasetFolderTests
{
    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    private const string PolishInstitutions = "id,nazwa,sektor\nops,OPS Łoniów,OPS\npcpr,PCPR Sandomierz,PCPR\nsp,PSP Łoniów,SCHOOL\n";

    private static TempDataset Only(params (string File, string? Text)[] files) =>
        TempDataset.With([("institutions.csv", null), ("declarations.csv", null), ("signatures.csv", null), ("actions.csv", null), ("participations.csv", null), .. files]);

    [Fact]
    public void An_empty_path_is_an_argument_error_and_a_file_not_xlsx_is_no_dataset()
    {
        Assert.Throws<ArgumentException>(() => DatasetReader.Load(""));
        using var data = TempDataset.With(("notes.txt", "x"));
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => DatasetReader.Load(data["notes.txt"])).Problems);
        Assert.Equal($"{data["notes.txt"]}: is neither a folder of CSV files nor an .xlsx workbook", problem.ToString());
    }

    [Fact]
    public void The_second_file_for_a_table_in_name_order_is_the_one_refused()
    {
        using var data = TempDataset.With(("instytucje.csv", PolishInstitutions));
        Assert.Equal(["instytucje.csv: a second file for table 'institutions' (names differ only in case, spelling or language)"], TableRowsTests.Printed(data));
    }

    [Fact]
    public void A_file_for_a_table_whose_first_file_could_not_be_read_is_still_a_second_file()
    {
        using var data = TempDataset.With(("institutions.csv", ""), ("instytucje.csv", PolishInstitutions));
        Assert.Equal(
        [
            "instytucje.csv: a second file for table 'institutions' (names differ only in case, spelling or language)",
            "institutions.csv: is empty; it needs at least a header line",
        ], TableRowsTests.Printed(data));
    }

    [Fact]
    public void Three_unknown_files_are_all_named_without_a_count()
    {
        using var data = TempDataset.With(("aaaaaaaaaaaa.csv", "x\n"), ("bbbbbbbbbbbb.csv", "x\n"), ("cccccccccccc.csv", "x\n"));
        const string known = "is not a table of the dataset format; known tables: institutions, sectors, declarations, signatures, actions, participations, ties, beneficiaries, survey, respondents (prefix the name with '_' to keep it out of the dataset)";
        Assert.Equal([$"aaaaaaaaaaaa.csv: {known}", $"bbbbbbbbbbbb.csv: {known}", $"cccccccccccc.csv: {known}"], TableRowsTests.Printed(data));
        string polish = UiCulture.In(Polish, () => TableRowsTests.Printed(data))[0];
        Assert.Equal("aaaaaaaaaaaa.csv: nie jest tabelą formatu danych; znane tabele: instytucje, sektory, deklaracje, podpisy, działania, udziały, powiązania, beneficjenci, ankieta, respondenci (poprzedź nazwę znakiem '_', aby pominąć go w danych)", polish);
    }

    [Fact]
    public void Missing_tables_are_named_in_english_when_the_file_names_are_even()
    {
        using var data = Only(("instytucje.csv", PolishInstitutions), ("actions.csv", TempDataset.Actions));
        Assert.Equal(["actions.csv is given but participations.csv is missing; the two go together"], data.Problems().Select(p => p.Message));
    }

    [Fact]
    public void Missing_tables_are_named_in_polish_when_most_file_names_are()
    {
        using var data = Only(("instytucje.csv", PolishInstitutions), ("działania.csv", "id,tytuł,rodzaj,data\na1,Spotkanie,spotkanie,2018-10-01\n"));
        Assert.Equal(["działania.csv is given but udziały.csv is missing; the two go together"], data.Problems().Select(p => p.Message));
    }

    [Fact]
    public void An_empty_folder_names_the_missing_table_in_the_ui_language()
    {
        using var data = TempDataset.Empty();
        Assert.Equal([".: institutions.csv is missing; every dataset needs it, with columns id,name,sector"], TableRowsTests.Printed(data));
        Assert.Equal([".: brakuje instytucje.csv; każdy zbiór danych go potrzebuje, z kolumnami id,nazwa,sektor"], UiCulture.In(Polish, () => TableRowsTests.Printed(data)));
    }

    [Fact]
    public void English_file_names_keep_missing_tables_english_under_a_polish_ui()
    {
        using var data = TempDataset.With(("signatures.csv", null));
        Assert.Equal("jest declarations.csv, ale brakuje signatures.csv; te dwie tabele występują razem", UiCulture.In(Polish, () => data.Problems()[0].Message));
    }

    [Fact]
    public void The_dataset_is_polish_only_when_more_than_half_of_its_headers_are()
    {
        const string polishActions = "id,tytuł,rodzaj,data\na1,Spotkanie,spotkanie,2018-10-01\n";
        const string polishParticipations = "id_działania,id_instytucji\na1,ops\n";
        using var even = TempDataset.With(("institutions.csv", PolishInstitutions), ("actions.csv", polishActions), ("declarations.csv", null), ("signatures.csv", null), ("ties.csv", "source,target\nops,sp\n"));
        DatasetReader.Load(even.Folder, out var evenLanguage);
        Assert.Equal(DatasetLanguage.English, evenLanguage);

        using var most = TempDataset.With(("institutions.csv", PolishInstitutions), ("actions.csv", polishActions), ("participations.csv", polishParticipations));
        DatasetReader.Load(most.Folder, out var mostLanguage);
        Assert.Equal(DatasetLanguage.Polish, mostLanguage);
    }

    [Fact]
    public void Problems_are_listed_in_the_formats_table_order()
    {
        using var data = TempDataset.With(
            ("sectors.csv", "code,name_pl,name_en\nklub,Klub,Club\n"),
            ("institutions.csv", TempDataset.Institutions + "x1,,OPS\n"),
            ("declarations.csv", "id,title,signed_on,kind\nd1,Deklaracja,2018-09-14,umowka\n"),
            ("signatures.csv", TempDataset.Signatures + "d1,\n"),
            ("actions.csv", "id,title,kind,date,cost_pln\na1,Spotkanie,meeting,2018-10-01,dużo\n"),
            ("participations.csv", TempDataset.Participations + "a1,pcpr,szef\n"),
            ("ties.csv", "source,target,weight\nops,sp,abc\n"),
            ("beneficiaries.csv", "family_id,action_id\nR1,\n"),
            ("survey.csv", "respondent_id,partner_id,level\nops,pcpr,9\n"),
            ("respondents.csv", "institution_id,responded\nops,maybe\n"));
        Assert.Equal(
            ["sectors.csv", "institutions.csv", "declarations.csv", "signatures.csv", "actions.csv", "participations.csv", "ties.csv", "beneficiaries.csv", "survey.csv", "respondents.csv"],
            data.Problems().Select(p => Path.GetFileName(p.File)));
    }

    [Fact]
    public void The_folders_own_problems_come_before_those_of_sectors()
    {
        using var data = TempDataset.With(("sectors.csv", ""), ("signatures.csv", null));
        Assert.Equal(
        [
            ".: declarations.csv is given but signatures.csv is missing; the two go together",
            "sectors.csv: is empty; it needs at least a header line",
        ], TableRowsTests.Printed(data));
    }

    [Fact]
    public void A_folder_with_brackets_in_its_name_still_names_its_tables_by_file_name()
    {
        using var data = TempDataset.With(("participations.csv", TempDataset.Participations + "a1,nikt,lead\n"));
        string folder = Path.Combine(data.Folder, "dane [2019]");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.GetFiles(data.Folder, "*.csv"))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)));
        }

        var problem = Assert.Single(Assert.Throws<DatasetException>(() => DatasetReader.Load(folder)).Problems);
        Assert.Equal((Path.Combine(folder, "participations.csv"), (int?)4, "unknown institution 'nikt'; add a row for it to institutions.csv"), (problem.File, problem.Line, problem.Message));
    }
}
