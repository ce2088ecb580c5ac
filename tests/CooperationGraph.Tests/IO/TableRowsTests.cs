namespace CooperationGraph.Tests.IO;

/// <summary>
/// Row by row through each table of a dataset folder: what a row yields (custom sectors, units, tie layers and dates),
/// and each refusal as the tool prints it, file and line included, with nothing more and nothing less.
/// </summary>
public class TableRowsTests
{
    /// <summary>Every problem as printed, the folder's path left out.</summary>
    internal static string[] Printed(TempDataset data) => [.. data.Problems().Select(p => Relative(data, p.ToString()))];

    internal static string Relative(TempDataset data, string text) =>
        text.Replace(data.Folder + Path.DirectorySeparatorChar, "", StringComparison.Ordinal).Replace(data.Folder, ".", StringComparison.Ordinal);

    private static TempDataset OnlyInstitutions(string institutions, params (string File, string? Text)[] more) =>
        TempDataset.With([("institutions.csv", institutions), ("declarations.csv", null), ("signatures.csv", null), ("actions.csv", null), ("participations.csv", null), .. more]);

    [Fact]
    public void A_record_refused_for_its_quoting_is_no_action_so_its_participations_are_unknown()
    {
        using var data = TempDataset.With(("actions.csv", "id,title,kind,date\na1,\"Spotkanie\" nr 1,meeting,2018-10-01\n"));
        Assert.Equal(
        [
            "actions.csv:2: text after the closing quote of a quoted field: \"Spotkanie\" nr 1,meeting,2018-1; double the quotes inside a quoted field (\"\")",
            "participations.csv:2: action_id 'a1' is not a known action",
            "participations.csv:3: action_id 'a1' is not a known action",
        ], Printed(data));
    }

    [Fact]
    public void Rows_of_the_wrong_width_are_no_institutions_so_their_references_are_unknown()
    {
        using var data = TempDataset.With(("institutions.csv", "id,name,sector\nops,OPS\npcpr,PCPR,PCPR,extra\nsp,PSP,SCHOOL\n"));
        Assert.Equal(
        [
            "institutions.csv:2: has 2 fields but the header names 3; is a delimiter missing?",
            "institutions.csv:3: has 4 fields but the header names 3; extra value 'extra' (quote values that contain the delimiter)",
            "signatures.csv:2: unknown institution 'ops'; did you mean 'sp'? Or add a row for it to institutions.csv",
            "signatures.csv:3: unknown institution 'pcpr'; add a row for it to institutions.csv",
            "participations.csv:2: unknown institution 'ops'; did you mean 'sp'? Or add a row for it to institutions.csv",
        ], Printed(data));
    }

    [Fact]
    public void Custom_sectors_keep_their_code_and_both_names()
    {
        using var data = OnlyInstitutions("id,name,sector\nk,Klub,KLUB\ns,Sala,SALA\n", ("sectors.csv", "code,name_pl,name_en\nKLUB,klub seniora,senior club\nSALA,sala gminna,community hall\n"));
        Assert.Equal(["KLUB klub seniora senior club", "SALA sala gminna community hall"], data.Load().CustomSectors.Select(s => $"{s.Code} {s.NamePl} {s.NameEn}"));
    }

    [Fact]
    public void Each_refused_sector_row_says_why_and_is_no_sector()
    {
        using var data = OnlyInstitutions("id,name,sector\nk,Klub,KLUB\ns,Sala,SALA\n", ("sectors.csv", "code,name_pl,name_en\nKLUB,klub seniora,senior club\nklub,x,y\nOPS,x,y\nGOPS,x,y\nKLUB,a,b\nSALA,sala\n"));
        Assert.Equal(
        [
            "sectors.csv:3: sector code 'klub' must be upper-case letters A-Z, digits and underscores",
            "sectors.csv:4: sector code 'OPS' is already known as sector 'OPS'",
            "sectors.csv:5: sector code 'GOPS' is already known as sector 'OPS'",
            "sectors.csv:6: sector 'KLUB' is declared twice",
            "sectors.csv:7: has 2 fields but the header names 3; is a delimiter missing?",
            "institutions.csv:3: unknown sector 'SALA'; did you mean 'COURT' (from 'SAD')?",
        ], Printed(data));
    }

    [Fact]
    public void An_institution_keeps_its_unit_and_an_empty_required_field_is_named()
    {
        using var loaded = OnlyInstitutions("id,name,sector,unit\nops,OPS,OPS,Łoniów\n");
        Assert.Equal("Łoniów", loaded.Load().Institutions[0].Unit);

        using var empty = OnlyInstitutions("id,Name,sector\nops,,OPS\n,X,OPS\npcpr,PCPR,\n");
        Assert.Equal(["institutions.csv:2: Name is empty", "institutions.csv:3: id is empty", "institutions.csv:4: sector is empty"], Printed(empty));
    }

    [Fact]
    public void Institutions_without_rows_are_refused()
    {
        using var data = OnlyInstitutions("id,name,sector\n");
        Assert.Equal(["institutions.csv: lists no institutions"], Printed(data));
    }

    [Fact]
    public void An_unknown_level_is_answered_in_the_tables_language()
    {
        using var english = OnlyInstitutions("id,name,sector,level\nops,OPS,OPS,gminaa\n");
        Assert.Equal(["institutions.csv:2: unknown level 'gminaa'; did you mean 'gmina'?"], Printed(english));
        using var polish = OnlyInstitutions("id,nazwa,sektor,poziom\nops,OPS,OPS,wojewodztwoo\n");
        Assert.Equal(["institutions.csv:2: unknown poziom 'wojewodztwoo'; did you mean 'województwo'?"], Printed(polish));
    }

    [Fact]
    public void A_declaration_row_too_short_is_no_declaration_and_an_unknown_kind_is_named()
    {
        using var shortRow = TempDataset.With(("declarations.csv", "id,title,signed_on\nd1,Deklaracja\n"));
        Assert.Equal(
        [
            "declarations.csv:2: has 2 fields but the header names 3; is a delimiter missing?",
            "signatures.csv:2: declaration_id 'd1' is not a known declaration",
            "signatures.csv:3: declaration_id 'd1' is not a known declaration",
        ], Printed(shortRow));
        using var kind = TempDataset.With(("declarations.csv", "id,title,signed_on,kind\nd1,Deklaracja,2018-09-14,umowka\n"));
        Assert.Equal(["declarations.csv:2: unknown kind 'umowka'; did you mean 'agreement'?"], Printed(kind));
    }

    [Fact]
    public void Declarations_that_cannot_be_read_leave_their_signatures_counted_in_one_line()
    {
        using var data = TempDataset.With(("declarations.csv", "id,title\nd1,Deklaracja\n"));
        Assert.Equal(
        [
            "declarations.csv:1: required column 'signed_on' is missing; the header must name id,title,signed_on (optional: kind)",
            "declarations.csv: 2 references into this table (from signatures.csv) could not be checked because it could not be read; fix the problems above first",
        ], Printed(data));
    }

    [Fact]
    public void An_unknown_event_id_is_named_with_the_column_as_written_and_a_hint_only_when_one_is_near()
    {
        using var polish = TempDataset.With(("signatures.csv", null), ("podpisy.csv", "id_deklaracji,id_instytucji\nd1,ops\nd9,pcpr\n"));
        Assert.Equal(["podpisy.csv:3: id_deklaracji 'd9' is not a known declaration; did you mean 'd1'?"], Printed(polish));
        using var far = TempDataset.With(("participations.csv", "action_id,institution_id\na1,ops\nxyzzy,sp\n"));
        Assert.Equal(["participations.csv:3: action_id 'xyzzy' is not a known action"], Printed(far));
    }

    [Fact]
    public void Link_rows_with_an_empty_or_missing_field_are_each_refused()
    {
        using var data = TempDataset.With(("signatures.csv", "declaration_id,institution_id\nd1,ops\n,pcpr\nd1,\nd1\n"));
        Assert.Equal(
        [
            "signatures.csv:3: declaration_id is empty",
            "signatures.csv:4: institution_id is empty",
            "signatures.csv:5: has 1 fields but the header names 2; is a delimiter missing?",
            "signatures.csv:5: institution_id is empty",
        ], Printed(data));
    }

    [Fact]
    public void A_bad_end_date_of_an_action_is_named()
    {
        using var data = TempDataset.With(("actions.csv", "id,title,kind,date,end_date\na1,Spotkanie,meeting,2018-10-01,jutro\n"));
        Assert.Equal(["actions.csv:2: end_date 'jutro' is not a date; write YYYY-MM-DD or DD.MM.YYYY"], Printed(data));
    }

    [Fact]
    public void Ties_keep_their_layer_and_dates_and_an_empty_layer_is_the_default_one()
    {
        using var data = TempDataset.With(("ties.csv", "source,target,layer,date,end_date\nops,pcpr,,,\nops,sp,umowa,2019-01-01,2019-01-01\npcpr,sp,,01.01.2019,30.06.2019\n"));
        var ties = data.Load().Ties;
        Assert.Equal([Tie.DefaultLayer, "umowa", Tie.DefaultLayer], ties.Select(t => t.Layer));
        Assert.Equal([null, new DateOnly(2019, 1, 1), new DateOnly(2019, 1, 1)], ties.Select(t => t.Date));
        Assert.Equal([null, new DateOnly(2019, 1, 1), new DateOnly(2019, 6, 30)], ties.Select(t => t.EndDate));
    }

    [Fact]
    public void A_polish_tie_tables_date_problems_name_its_polish_columns_in_either_ui_language()
    {
        using var data = TempDataset.With(("powiązania.csv", "źródło,cel,data,data_końcowa\nops,pcpr,,2019-01-01\nops,sp,2019-02-01,2019-01-01\nsp,ops,wczoraj,\n"));
        Assert.Equal(
        [
            "powiązania.csv:2: data_końcowa is given without a data",
            "powiązania.csv:3: data_końcowa is before data",
            "powiązania.csv:4: data 'wczoraj' is not a date; write YYYY-MM-DD or DD.MM.YYYY",
        ], Printed(data));
        Assert.Equal(
        [
            "powiązania.csv:2: data_końcowa jest podana, ale data jest pusta",
            "powiązania.csv:3: data_końcowa jest wcześniejsza niż data",
        ], UiCulture.In(System.Globalization.CultureInfo.GetCultureInfo("pl-PL"), () => Printed(data)).Take(2));
    }

    [Fact]
    public void Each_refused_tie_row_says_why()
    {
        using var data = TempDataset.With(("ties.csv", "source,target,date,end_date\nops,pcpr,,2019-01-01\nops,sp,2019-02-01,2019-01-01\n,sp,,\npcpr,,,\npcpr,sp,wczoraj,\nsp,ops,2019-01-01,jutro\n"));
        Assert.Equal(
        [
            "ties.csv:2: end_date is given without a date",
            "ties.csv:3: end_date is before date",
            "ties.csv:4: source is empty",
            "ties.csv:5: target is empty",
            "ties.csv:6: date 'wczoraj' is not a date; write YYYY-MM-DD or DD.MM.YYYY",
            "ties.csv:7: end_date 'jutro' is not a date; write YYYY-MM-DD or DD.MM.YYYY",
        ], Printed(data));
    }

    [Fact]
    public void Each_refused_beneficiary_row_says_why_on_its_line()
    {
        using var data = TempDataset.With(("beneficiaries.csv", "family_id,action_id\nR1,a1\n,a1\nR3,\nR4,a9\n"));
        Assert.Equal(
        [
            "beneficiaries.csv:3: family_id is empty",
            "beneficiaries.csv:4: action_id is empty",
            "beneficiaries.csv:5: action_id 'a9' is not a known action",
        ], Printed(data));
    }

    [Fact]
    public void Without_institutions_the_dataset_is_refused_at_once()
    {
        using var data = TempDataset.With(("institutions.csv", null));
        Assert.Equal(["institutions.csv is missing; every dataset needs it, with columns id,name,sector"], data.Problems().Select(p => p.Message));
        Assert.Equal(data.Folder, data.Problems()[0].File);
    }
}
