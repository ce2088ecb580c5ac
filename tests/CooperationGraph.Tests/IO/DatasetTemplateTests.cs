using CooperationGraph.IO;
using CooperationGraph.Tests.Cli;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CooperationGraph.Tests.IO;

/// <summary>The template workbook: it reads back as written, its drop-down lists hold exactly the allowed values, its
/// dates are date cells, and a copy saved by LibreOffice validates and analyses as it is.</summary>
public sealed class DatasetTemplateTests : IDisposable
{
    private readonly TempDataset folder = TempDataset.Empty();

    internal static string SamplePath => Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");

    public void Dispose() => folder.Dispose();

    /// <summary>Every sheet of a workbook by name, as rows of cell texts (inline, shared or numeric), with each sheet's list validations.</summary>
    internal static Dictionary<string, (List<string[]> Rows, Dictionary<string, string> Lists, Worksheet Sheet)> Open(string path)
    {
        using var document = SpreadsheetDocument.Open(path, false);
        var book = document.WorkbookPart!;
        var shared = book.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToArray() ?? [];
        var result = new Dictionary<string, (List<string[]>, Dictionary<string, string>, Worksheet)>(StringComparer.Ordinal);
        foreach (var sheet in book.Workbook.Sheets!.Elements<Sheet>())
        {
            var worksheet = ((WorksheetPart)book.GetPartById(sheet.Id!)).Worksheet;
            string Text(Cell c) => c.DataType?.Value == CellValues.SharedString ? shared[int.Parse(c.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)]
                : c.InlineString is { } inline ? inline.InnerText : c.CellValue?.Text ?? "";
            static int Index(Cell c, int position) => c.CellReference?.Value is { } reference
                ? reference.TakeWhile(char.IsLetter).Aggregate(0, (n, l) => (n * 26) + (l - 'A' + 1)) - 1
                : position;
            var rows = worksheet.Descendants<Row>().Select(r =>
            {
                var cells = r.Elements<Cell>().ToArray();
                var texts = new string[cells.Length == 0 ? 0 : cells.Select(Index).Max() + 1];
                Array.Fill(texts, "");
                for (int i = 0; i < cells.Length; i++)
                {
                    texts[Index(cells[i], i)] = Text(cells[i]);
                }

                return texts;
            }).ToList();
            var lists = worksheet.Descendants<DataValidation>().ToDictionary(v => v.SequenceOfReferences!.InnerText!.Split(':')[0], v => v.Formula1!.Text);
            result[sheet.Name!] = (rows, lists, (Worksheet)worksheet.CloneNode(true));
        }

        return result;
    }

    [Theory]
    [InlineData(DatasetLanguage.Polish)]
    [InlineData(DatasetLanguage.English)]
    public void The_template_filled_through_the_writer_reads_back_equal(DatasetLanguage language)
    {
        var sample = DatasetReader.Load(SamplePath);
        string path = folder[$"filled-{language}.xlsx"];
        DatasetTemplate.Save(path, new TemplateOptions { Language = language, Data = sample });
        Assert.Equal(sample, DatasetReader.Load(path, out var read));
        Assert.Equal(language, read);

        string empty = folder[$"template-{language}.xlsx"];
        DatasetTemplate.Save(empty, new TemplateOptions { Language = language });
        var example = DatasetReader.Load(empty);
        Assert.Equal(TemplateExample.Create(language), example);
        Assert.Equal(language == DatasetLanguage.Polish ? "ankieta" : "survey", Assert.Single(example.Ties).Layer);
    }

    [Theory]
    [InlineData("OPS (Ośrodek Pomocy Społecznej)", "OPS")]
    [InlineData("OPS (municipal social assistance centre)", "OPS")]
    [InlineData(" pup ( Powiatowy Urząd Pracy ) ", "PUP")]
    [InlineData("OPS (GOPS)", "OPS")]
    [InlineData("OPS (Powiatowy Urząd Pracy)", null)]
    [InlineData("OPS ()", "OPS")] // punctuation is ignored in every lookup, as it always was
    [InlineData("(Ośrodek Pomocy Społecznej)", "OPS")]
    [InlineData("OPS (PUP)", null)]
    public void A_sector_is_read_from_its_drop_down_entry_only_when_code_and_name_agree(string cell, string? code)
    {
        bool found = SectorCatalog.Default.TryResolve(cell, out var sector);

        Assert.Equal(code is not null, found);
        Assert.Equal(code, sector?.Code);
    }

    [Fact]
    public void The_worked_example_comes_from_the_loniow_sample()
    {
        var sample = DatasetReader.Load(SamplePath);
        var example = DatasetTemplate.Example;
        Assert.All(example.Institutions, i => Assert.Equal((sample.GetInstitution(i.Id).Name, sample.GetInstitution(i.Id).Sector, sample.GetInstitution(i.Id).Unit, sample.GetInstitution(i.Id).Level), (i.Name, i.Sector, i.Unit, i.Level)));
        var declaration = Assert.Single(example.Declarations);
        var signed = sample.GetDeclaration(declaration.Id);
        Assert.Equal((signed.Title, signed.SignedOn, signed.Kind), (declaration.Title, declaration.SignedOn, declaration.Kind));
        Assert.Contains(declaration.Signatories[0], sample.GetDeclaration(declaration.Id).Signatories);
        var action = Assert.Single(example.JointActions);
        var done = sample.GetJointAction(action.Id);
        Assert.Equal((done.Title, done.Kind, done.Date, done.EndDate, done.CostPln, done.Beneficiaries), (action.Title, action.Kind, action.Date, action.EndDate, action.CostPln, action.Beneficiaries));
        Assert.Contains(action.Participants[0], sample.GetJointAction(action.Id).Participants);
        Assert.Contains(Assert.Single(example.Beneficiaries), sample.Beneficiaries);
        Assert.Equal(sample.CustomSectors, example.CustomSectors);
    }

    [Theory]
    [InlineData(DatasetLanguage.Polish, "instrukcja", "_listy", "instytucje", "działania", "udziały", "deklaracje")]
    [InlineData(DatasetLanguage.English, "instructions", "_lists", "institutions", "actions", "participations", "declarations")]
    public void Drop_down_lists_hold_exactly_the_allowed_values(DatasetLanguage language, string instructions, string lists, string institutions, string actions, string participations, string declarations)
    {
        string path = folder["t.xlsx"];
        DatasetTemplate.Save(path, new TemplateOptions { Language = language, Rows = 500 });
        var book = Open(path);
        Assert.Equal(instructions, book.Keys.First());
        Assert.Equal(lists, book.Keys.Last());

        string[] Column(string range)
        {
            var match = System.Text.RegularExpressions.Regex.Match(range, @"^'(.+)'!\$([A-Z])\$2:\$[A-Z]\$(\d+)$");
            Assert.True(match.Success, range);
            var rows = book[match.Groups[1].Value].Rows;
            int column = match.Groups[2].Value[0] - 'A';
            int last = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            return [.. rows.Skip(1).Take(last - 1).Select(r => column < r.Length ? r[column] : "").Where(v => v.Length > 0)];
        }

        var catalogue = DatasetTemplate.Example.Sectors.Sectors.Select(s => s.Code).ToArray();
        Assert.Equal(SectorCatalog.Default.Sectors.Select(s => s.Code).Append("TRAINING_PROVIDER"), catalogue);
        var offered = Column(book[institutions].Lists["C2"]);
        Assert.Equal(language == DatasetLanguage.Polish
            ? ["OPS (Ośrodek Pomocy Społecznej)", "PCPR (Powiatowe Centrum Pomocy Rodzinie)", "PUP (Powiatowy Urząd Pracy)"]
            : ["OPS (municipal social assistance centre)", "PCPR (county family support centre)", "PUP (county labour office)"], offered.Take(3));
        Assert.Equal(language == DatasetLanguage.Polish ? "TRAINING_PROVIDER (instytucja szkoleniowa)" : "TRAINING_PROVIDER (training provider)", offered[^1]);
        Assert.Equal(catalogue, offered.Select(entry => DatasetTemplate.Example.Sectors[entry].Code));
        Assert.Equal(FieldParser.Words<TerritorialLevel>(language), Column(book[institutions].Lists["E2"]));
        Assert.Equal(FieldParser.Words<JointActionKind>(language), Column(book[actions].Lists["C2"]));
        Assert.Equal(FieldParser.Words<DeclarationKind>(language), Column(book[declarations].Lists["D2"]));
        Assert.Equal(FieldParser.Words<ParticipantRole>(language), Column(book[participations].Lists["C2"]));
        Assert.Equal($"'{actions}'!$A$2:$A$501", book[participations].Lists["A2"]);
        Assert.Equal($"'{institutions}'!$A$2:$A$501", book[participations].Lists["B2"]);
        Assert.Equal(3, book[participations].Lists.Count);
        Assert.Equal(language == DatasetLanguage.Polish ? "spotkanie" : "meeting", Column(book[actions].Lists["C2"])[0]);
    }

    [Theory]
    [InlineData(DatasetLanguage.Polish, "ankieta", "respondenci", "3 – koordynacja", "tak")]
    [InlineData(DatasetLanguage.English, "survey", "respondents", "3 – coordination", "true")]
    public void The_survey_sheets_offer_levels_with_their_labels_items_1_to_4_and_answers(DatasetLanguage language, string survey, string respondents, string level, string yes)
    {
        string path = folder["t.xlsx"];
        DatasetTemplate.Save(path, new TemplateOptions { Language = language, Rows = 50 });
        var book = Open(path);
        string[] Column(string range)
        {
            var match = System.Text.RegularExpressions.Regex.Match(range, @"^'(.+)'!\$([A-Z])\$2:\$[A-Z]\$(\d+)$");
            Assert.True(match.Success, range);
            int column = match.Groups[2].Value[0] - 'A';
            return [.. book[match.Groups[1].Value].Rows.Skip(1).Take(int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture) - 1)
                .Select(r => column < r.Length ? r[column] : "").Where(v => v.Length > 0)];
        }

        var lists = book[survey].Lists;
        Assert.Equal(6, Column(lists["C2"]).Length);
        Assert.Equal(level, Column(lists["C2"])[3]);
        foreach (var item in new[] { "D2", "E2", "F2", "G2", "H2", "I2" })
        {
            Assert.Equal(["1", "2", "3", "4"], Column(lists[item]));
        }

        Assert.Equal(yes, Column(book[respondents].Lists["B2"])[0]);
    }

    [Fact]
    public void Dates_are_date_cells_and_the_instructions_give_three_introductory_sentences_and_each_sheet_in_three_lines()
    {
        string path = folder["t.xlsx"];
        DatasetTemplate.Save(path, new TemplateOptions { Language = DatasetLanguage.Polish, Model = CooperationModel.RuralGmina });
        var book = Open(path);
        using (var document = SpreadsheetDocument.Open(path, false))
        {
            var formats = document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!.Elements<CellFormat>().ToArray();
            var declarations = book["deklaracje"].Sheet;
            var signed = declarations.Descendants<Cell>().Single(c => c.CellReference == "C2");
            Assert.Equal(14u, formats[(int)signed.StyleIndex!.Value].NumberFormatId!.Value);
            Assert.Equal(new DateOnly(2018, 9, 14).ToDateTime(TimeOnly.MinValue).ToOADate().ToString(System.Globalization.CultureInfo.InvariantCulture), signed.CellValue!.Text);
            var column = declarations.Descendants<Column>().Single(c => c.Min!.Value == 3);
            Assert.Equal(14u, formats[(int)column.Style!.Value].NumberFormatId!.Value);
            Assert.Equal(2, book["działania"].Sheet.Descendants<Column>().Count(c => c.Style is not null && formats[(int)c.Style.Value].NumberFormatId!.Value == 14));
        }

        var lines = book["instrukcja"].Rows;
        // The title, the introduction's three sentences (one a row, in column B), then the model.
        Assert.All(lines.Skip(1).Take(3), r => Assert.True(r.Length > 0 && r[^1].Length > 20 && !r[^1].Contains("Model", StringComparison.Ordinal), string.Join("|", r)));
        Assert.Equal(3, lines.Skip(1).Take(3).Select(r => r[^1]).Distinct().Count());
        Assert.Contains("Model kooperacji dla gminy wiejskiej", lines[4][^1], StringComparison.Ordinal);
        foreach (var sheet in new[] { "instytucje", "sektory", "deklaracje", "podpisy", "działania", "udziały", "powiązania", "beneficjenci" })
        {
            int at = lines.FindIndex(r => r.Length > 0 && r[0] == sheet);
            Assert.True(at > 0, sheet);
            Assert.All(lines.Skip(at).Take(3), r => Assert.True(r[^1].Length > 20, string.Join("|", r)));
            Assert.True(at + 3 == lines.Count || lines[at + 3].Length == 0, sheet);
        }

        Assert.Contains(lines, r => r.Any(c => c.Contains("Model kooperacji dla gminy wiejskiej", StringComparison.Ordinal) && c.Contains("COURT–OPS", StringComparison.Ordinal)));
    }

    [Fact]
    public void The_template_command_writes_a_workbook_that_validates()
    {
        string path = folder["szablon.xlsx"];
        string model = Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "models", "rural-gmina.json");
        var (code, stdout, stderr) = CliRunner.Run("template", "--out", path, "--lang", "pl", "--model", model);
        Assert.True(code == 0, stderr);
        Assert.Equal($"zapisano {path}", stdout.Trim());
        Assert.Equal("instrukcja", Open(path).Keys.First());
        Assert.Equal(0, CliRunner.Run("validate", path).Code);
        Assert.Equal(2, CliRunner.Run("template", "--out", folder["x.csv"]).Code);
    }

    [Fact]
    public void A_stray_empty_sheet_is_skipped_but_an_empty_table_sheet_is_refused()
    {
        var sample = DatasetReader.Load(SamplePath);
        var tables = DatasetTables.From(sample, DatasetLanguage.Polish);
        string path = folder["arkusz.xlsx"];
        DatasetWriter.SaveWorkbook([.. tables, new TableData("Arkusz1", [], [])], path);
        Assert.Equal(sample, DatasetReader.Load(path));

        DatasetWriter.SaveWorkbook([.. tables.Where(t => t.Name != "powiązania"), new TableData("powiązania", [], [])], path);
        var problem = Assert.Single(Assert.Throws<DatasetException>(() => DatasetReader.Load(path)).Problems);
        Assert.Equal($"{path}[powiązania]: is empty; it needs at least a header row", problem.ToString());
    }
}
