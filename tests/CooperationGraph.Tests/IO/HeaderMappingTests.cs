using System.Globalization;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>
/// Headers mapped to a table's schema: the English contract, names found in either language, repeated, unnamed and
/// unknown columns, the exact message for a missing column and its likely misspelling, the header's language, and a
/// record's width against the header.
/// </summary>
public class HeaderMappingTests
{
    private static RawTable Table(string[] header, params string[][] rows) =>
        new("t.csv", 3, header, [.. rows.Select((fields, k) => new RawRow(4 + k, fields))]);

    private static (ColumnMap? Map, string[] Problems) Map(TableSchema schema, string[] header, params string[][] rows)
    {
        var problems = new List<DatasetProblem>();
        var map = schema.Map(Table(header, rows), problems);
        return (map, [.. problems.Select(p => p.ToString())]);
    }

    [Fact]
    public void Every_english_table_and_column_name_of_the_contract()
    {
        string[] contract =
        [
            "institutions: id name sector | unit level short_name | extra kept", "sectors: code name_pl name_en |  | ",
            "declarations: id title signed_on | kind | ", "signatures: declaration_id institution_id |  | ",
            "actions: id title kind date | end_date cost_pln beneficiaries | ", "participations: action_id institution_id | role | ",
            "ties: source target | weight layer date end_date | ", "beneficiaries: family_id action_id |  | ",
            "survey: respondent_id partner_id level | reliability mission openness power involvement resources date | extra kept",
            "respondents: institution_id responded |  | ",
        ];
        Assert.Equal(contract, TableSchema.All.Select(s => $"{s.Name}: {string.Join(' ', s.Required)} | {string.Join(' ', s.Optional)} | {(s.KeepsExtraColumns ? "extra kept" : "")}"));
    }

    [Fact]
    public void Each_table_is_found_by_its_english_or_polish_name_which_tells_the_language()
    {
        foreach (var schema in TableSchema.All)
        {
            Assert.Same(schema, TableSchema.Find(schema.Name.ToUpperInvariant(), out var english));
            Assert.Equal(DatasetLanguage.English, english);
            Assert.Same(schema, TableSchema.Find(schema.PolishName, out var polish));
            Assert.Equal(DatasetLanguage.Polish, polish);
        }

        Assert.Null(TableSchema.Find("notes", out var none));
        Assert.Null(none);
    }

    [Fact]
    public void Names_match_without_spaces_and_underscores_and_a_name_outside_the_schema_stays_as_it_is()
    {
        Assert.Equal("DATAPODPISANIA", TableSchema.Key("Data podpisania"));
        Assert.Equal("signed_on", TableSchema.Declarations.Match("DataPodpisania", out var polish));
        Assert.Equal(DatasetLanguage.Polish, polish);
        Assert.Equal("signed_on", TableSchema.Declarations.Match("SignedOn", out var english));
        Assert.Equal(DatasetLanguage.English, english);
        Assert.Equal("id", TableSchema.Declarations.Match(" ID ", out var both));
        Assert.Null(both);
        Assert.Equal(("note", "id_respondenta", "reliability"), (TableSchema.Survey.ColumnName("note", DatasetLanguage.Polish), TableSchema.Survey.ColumnName("respondent_id", DatasetLanguage.Polish), TableSchema.Survey.ColumnName("reliability", DatasetLanguage.English)));
    }

    [Fact]
    public void A_known_column_twice_is_refused()
    {
        var (map, problems) = Map(TableSchema.Actions, ["id", "title", "kind", "date", "Title"]);
        Assert.Null(map);
        Assert.Equal(["t.csv:3: column 'Title' appears twice in the header"], problems);
    }

    [Fact]
    public void An_extra_column_twice_is_refused_where_extra_columns_are_kept()
    {
        var (map, problems) = Map(TableSchema.Institutions, ["id", "name", "sector", "email", "E-mail"]);
        Assert.Null(map);
        Assert.Equal(["t.csv:3: column 'E-mail' appears twice in the header"], problems);
    }

    [Fact]
    public void An_unknown_column_twice_is_two_warnings_where_extra_columns_are_ignored()
    {
        var (map, problems) = Map(TableSchema.Actions, ["id", "title", "kind", "date", "uwagi", "uwagi"]);
        Assert.NotNull(map);
        Assert.Equal(["t.csv:3: warning: unknown column 'uwagi' is ignored", "t.csv:3: warning: unknown column 'uwagi' is ignored"], problems);
    }

    [Fact]
    public void An_unknown_column_near_a_missing_optional_one_is_named_in_its_warning()
    {
        var (map, problems) = Map(TableSchema.Actions, ["id", "title", "kind", "date", "cost_pl"]);
        Assert.NotNull(map);
        Assert.Equal(["t.csv:3: warning: unknown column 'cost_pl' is ignored; did you mean 'cost_pln'?"], problems);
    }

    [Fact]
    public void A_column_without_a_name_is_refused_only_when_some_row_has_a_value_in_it()
    {
        var (refused, problems) = Map(TableSchema.Institutions, ["id", "name", "sector", " "], ["pcpr", "PCPR", "PCPR", ""], ["ops", "OPS", "OPS", "x"]);
        Assert.Null(refused);
        Assert.Equal(["t.csv:3: column 4 has values but no name in the header"], problems);

        var (map, none) = Map(TableSchema.Institutions, ["id", "name", "sector", ""], ["ops", "OPS", "OPS"], ["pcpr", "PCPR", "PCPR", " "]);
        Assert.NotNull(map);
        Assert.Empty(none);
        Assert.Empty(map.Extras);
    }

    [Fact]
    public void One_column_without_a_name_is_ignored_silently_where_extra_columns_are_not_kept()
    {
        var (map, problems) = Map(TableSchema.Actions, ["id", "title", "kind", "date", ""], ["a1", "A", "meeting", "2019-01-01", ""]);
        Assert.NotNull(map);
        Assert.Empty(problems);
    }

    [Fact]
    public void A_missing_column_of_a_table_without_optional_columns_lists_only_the_required_ones()
    {
        var (map, problems) = Map(TableSchema.Signatures, ["declaration_id"]);
        Assert.Null(map);
        Assert.Equal(["t.csv:3: required column 'institution_id' is missing; the header must name declaration_id,institution_id"], problems);
    }

    [Fact]
    public void A_misspelling_far_from_the_other_languages_name_is_still_taken_for_the_missing_column()
    {
        var (_, problems) = Map(TableSchema.Signatures, ["declaration_id", "institution_d"]);
        Assert.Equal(["t.csv:3: required column 'institution_id' is missing; the header must name declaration_id,institution_id; is 'institution_d' meant to be it?"], problems);
    }

    [Fact]
    public void A_misspelling_of_the_other_languages_name_is_taken_for_the_missing_column()
    {
        var (_, problems) = Map(TableSchema.Declarations, ["id", "title", "data_podpisnia"]);
        Assert.Equal(["t.csv:3: required column 'signed_on' is missing; the header must name id,title,signed_on (optional: kind); is 'data_podpisnia' meant to be it?"], problems);
    }

    [Fact]
    public void The_misspelling_in_the_tables_language_is_preferred_and_the_other_is_an_unknown_column()
    {
        var (_, problems) = Map(TableSchema.Declarations, ["id", "title", "signed_onn", "data_podpisanie"]);
        Assert.Equal(
        [
            "t.csv:3: required column 'signed_on' is missing; the header must name id,title,signed_on (optional: kind); is 'signed_onn' meant to be it?",
            "t.csv:3: warning: unknown column 'data_podpisanie' is ignored; did you mean 'data_podpisania'?",
        ], problems);
    }

    [Fact]
    public void Missing_columns_are_named_in_the_headers_language_or_for_a_header_of_shared_names_in_the_ui_language()
    {
        Assert.Contains("required column 'title' is missing; the header must name id,title,kind,date (optional: end_date,cost_pln,beneficiaries)", Map(TableSchema.Actions, ["id"]).Problems[0], StringComparison.Ordinal);
        var polish = UiCulture.In(CultureInfo.GetCultureInfo("pl-PL"), () => Map(TableSchema.Actions, ["id"]).Problems);
        Assert.Equal("t.csv:3: brak wymaganej kolumny 'tytuł'; nagłówek musi zawierać id,tytuł,rodzaj,data (opcjonalnie: data_końcowa,koszt_pln,beneficjenci)", polish[0]);
        var english = UiCulture.In(CultureInfo.GetCultureInfo("pl-PL"), () => Map(TableSchema.Actions, ["id", "title"]).Problems);
        Assert.Equal("t.csv:3: brak wymaganej kolumny 'kind'; nagłówek musi zawierać id,title,kind,date (opcjonalnie: end_date,cost_pln,beneficiaries)", english[0]);
    }

    [Fact]
    public void The_maps_language_is_the_headers()
    {
        Assert.Equal(DatasetLanguage.Polish, Map(TableSchema.Signatures, ["id_deklaracji", "id_instytucji"]).Map!.Language);
        Assert.Equal(DatasetLanguage.English, Map(TableSchema.Signatures, ["declaration_id", "institution_id"]).Map!.Language);
        Assert.Equal(DatasetLanguage.Polish, Map(TableSchema.Sectors, ["kod", "nazwa_pl", "nazwa_en"]).Map!.Language);
    }

    [Fact]
    public void An_absent_columns_name_is_given_in_the_headers_language_and_its_value_is_empty()
    {
        var polish = Map(TableSchema.Institutions, ["ID", "Nazwa", "Sektor"], ["ops", "OPS", "OPS"]).Map!;
        var english = Map(TableSchema.Institutions, ["id", "name", "sector"]).Map!;
        var shared = Map(TableSchema.Beneficiaries, ["family_id", "action_id"]).Map!;
        Assert.Equal(("Nazwa", "jednostka", "unit"), (polish.Name("name"), polish.Name("unit"), english.Name("unit")));
        Assert.Equal("family_id", shared.Name("family_id"));
        var row = Table(["ID", "Nazwa", "Sektor"], ["ops", " OPS ", "OPS"]).Rows[0];
        Assert.Equal(("", "OPS", ""), (polish.Get(row, "unit"), polish.Get(row, "name"), ColumnMap.Field(row, 7)));
    }

    [Fact]
    public void A_record_is_as_wide_as_the_header_or_wider_by_empty_fields_only()
    {
        var table = Table(["id", "name", "sector"], ["ops", "OPS", "OPS", "", " "], ["pcpr", "PCPR"], ["sp", "SP", "SCHOOL", "", " x "]);
        var map = TableSchema.Institutions.Map(table, [])!;
        var problems = new List<DatasetProblem>();
        Assert.Equal([true, false, false], table.Rows.Select(row => map.CheckWidth(row, problems)));
        Assert.Equal(
        [
            "t.csv:5: has 2 fields but the header names 3; is a delimiter missing?",
            "t.csv:6: has 5 fields but the header names 3; extra value 'x' (quote values that contain the delimiter)",
        ], problems.Select(p => p.ToString()));
    }
}
