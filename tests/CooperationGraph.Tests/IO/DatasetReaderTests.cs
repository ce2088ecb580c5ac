using System.IO.Compression;
using System.Text;
using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

public class DatasetReaderTests
{
    private static string Sample => Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");

    [Fact]
    public void Aliases_polish_words_dates_and_numbers_are_understood()
    {
        using var data = TempDataset.With(
            ("institutions.csv", "id;name;sector;level\nops;GOPS Łoniów;gops;Gmina\nsp;Szkoła;Szkoła;gmina\nkp;Komisariat;policja;POWIAT\npcpr;PCPR;Ośrodek Pomocy Społecznej;województwo\n"),
            ("actions.csv", "id;title;kind;date;end_date;cost_pln;beneficiaries\na1;Spotkanie;spotkanie;01.10.2018;;56 340,50;7\na2;Wizyta;wizyta studyjna;2019-05-14;16.05.2019;1.234,5;\n"),
            ("participations.csv", "action_id;institution_id;role\na1;ops;lider\na1;sp;uczestnik\na2;kp;\n"),
            ("signatures.csv", "declaration_id,institution_id\nd1,ops\n"));
        var dataset = data.Load();
        Assert.Equal(["OPS", "SCHOOL", "POLICE", "OPS"], dataset.Institutions.Select(i => i.Sector.Code));
        Assert.Equal([TerritorialLevel.Gmina, TerritorialLevel.Gmina, TerritorialLevel.Powiat, TerritorialLevel.Voivodeship], dataset.Institutions.Select(i => i.Level!.Value));
        var a1 = dataset.GetJointAction("a1");
        Assert.Equal((JointActionKind.Meeting, new DateOnly(2018, 10, 1), 56340.50m, 7), (a1.Kind, a1.Date, a1.CostPln!.Value, a1.Beneficiaries!.Value));
        Assert.Equal([ParticipantRole.Lead, ParticipantRole.Participant], a1.Participants.Select(p => p.Role));
        var a2 = dataset.GetJointAction("a2");
        Assert.Equal((JointActionKind.StudyVisit, new DateOnly(2019, 5, 16), 1234.5m), (a2.Kind, a2.EndDate!.Value, a2.CostPln!.Value));
        Assert.Equal(ParticipantRole.Participant, a2.Participants[0].Role);
    }

    [Fact]
    public void Extra_columns_are_kept_as_attributes_in_order()
    {
        using var data = TempDataset.With(("institutions.csv", "id,name,sector,email,Gmina Partnerska\nops,OPS,OPS,ops@loniow.pl,Narewka\npcpr,PCPR,PCPR,,\nsp,SP,SCHOOL,sp@x.pl,\n"));
        var ops = data.Load().GetInstitution("ops");
        Assert.Equal(["email", "Gmina Partnerska"], ops.Attributes.Select(a => a.Key));
        Assert.Equal("Narewka", ops.Attributes["Gmina Partnerska"]);
        Assert.Equal(string.Empty, data.Load().GetInstitution("pcpr").Attributes["email"]);
    }

    [Fact]
    public void Blank_lines_excel_padding_and_quoted_newlines_are_accepted()
    {
        using var data = TempDataset.With(
            ("institutions.csv", "id;name;sector;;\r\nops;\"OPS \"\"Łoniów\"\"\nul. Główna\";OPS;;\r\n\r\npcpr;PCPR;PCPR;;\r\nsp;SP;SCHOOL;;\r\n;;;;\r\n;;;;\r\n"));
        var dataset = data.Load();
        Assert.Equal(3, dataset.Institutions.Count);
        Assert.Equal("OPS \"Łoniów\"\nul. Główna", dataset.GetInstitution("ops").Name);
    }

    [Fact]
    public void The_loniow_sample_holds_what_its_sources_say()
    {
        var dataset = DatasetReader.Load(Sample);
        Assert.Equal(20, dataset.Institutions.Count);
        Assert.Equal(4, dataset.Declarations.Count);
        Assert.Equal(24, dataset.Declarations.Sum(d => d.Signatories.Count));
        Assert.Equal(20, dataset.JointActions.Count);
        Assert.Equal(110, dataset.JointActions.Sum(a => a.Participants.Count));
        Assert.Single(dataset.CustomSectors);
        var pzk = dataset.GetDeclaration("POR_2019_PZK");
        Assert.Equal((new DateOnly(2019, 7, 9), DeclarationKind.Agreement, 10), (pzk.SignedOn, pzk.Kind, pzk.Signatories.Count));
        Assert.Equal(9, dataset.GetDeclaration("DEKL_2018").Signatories.Count);
        Assert.Equal(new DateOnly(2019, 5, 16), dataset.GetJointAction("WIZYTA_NAREWKA").EndDate);
        Assert.Equal(7, dataset.JointActions.Count(a => a.Id.StartsWith("GPZK_", StringComparison.Ordinal)));
        Assert.Equal(56340m, dataset.JointActions.Sum(a => a.CostPln ?? 0));
        Assert.Equal(2 + 3 + 2 + 1, dataset.JointActions.Where(a => a.Kind == JointActionKind.Service).Sum(a => a.Beneficiaries ?? 0));
    }

    [Fact]
    public void The_loniow_workbook_equals_the_csv_folder()
    {
        Assert.Equal(DatasetReader.Load(Sample), DatasetReader.Load(Sample + ".xlsx"));
    }

    public static TheoryData<string> Formats() => ["standard", "excel", "cp1250", "xlsx"];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Saving_and_loading_gives_an_equal_dataset(string format)
    {
        var original = DatasetReader.Load(Sample);
        using var target = TempDataset.Empty();
        string path = format == "xlsx" ? target["book.xlsx"] : target.Folder;
        if (format == "xlsx")
        {
            DatasetWriter.SaveWorkbook(original, path);
        }
        else
        {
            DatasetWriter.SaveFolder(original, path, format switch { "excel" => CsvFormat.Excel, "cp1250" => CsvFormat.Windows1250, _ => CsvFormat.Standard });
        }

        Assert.Equal(original, DatasetReader.Load(path));
    }

    [Fact]
    public void Cp1250_with_semicolons_loads_like_utf8_with_commas()
    {
        using var utf8 = TempDataset.Empty();
        using var cp1250 = TempDataset.Empty();
        foreach (var file in Directory.GetFiles(Sample, "*.csv"))
        {
            string text = File.ReadAllText(file, Encoding.UTF8);
            File.WriteAllText(Path.Combine(utf8.Folder, Path.GetFileName(file)), text, new UTF8Encoding(false));
        }

        DatasetWriter.SaveFolder(DatasetReader.Load(Sample), cp1250.Folder, CsvFormat.Windows1250);
        var bytes = File.ReadAllBytes(cp1250["institutions.csv"]);
        Assert.Contains((byte)0xA3, bytes);
        Assert.Contains((byte)';', bytes);
        Assert.Equal(utf8.Load(), cp1250.Load());
    }

    /// <summary>
    /// Bytes that read both as UTF-8 and as Windows-1250: the reading with more Polish letters wins (a random dataset's
    /// Windows-1250 name "Óź" is D3 9F, which UTF-8 reads as 'ӟ'; found by the corruption property, seed 228323759).
    /// </summary>
    [Theory]
    [InlineData("I1_Óź", "windows-1250")]
    [InlineData("Ńą i Ćż", "windows-1250")]
    [InlineData("żółć", "utf-8")]
    [InlineData("ó", "utf-8")]
    [InlineData("Фонд Ця", "utf-8")]
    [InlineData("plain", "utf-8")]
    public void Text_that_reads_both_ways_is_read_in_the_encoding_with_polish_letters(string text, string written)
    {
        var encoding = written == "utf-8" ? new UTF8Encoding(false) : TextDecoder.Windows1250;
        byte[] bytes = encoding.GetBytes("id,name\n" + text + ",x\n");
        if (written != "utf-8")
        {
            Assert.True(System.Text.Unicode.Utf8.IsValid(bytes));
        }

        using var stream = new MemoryStream(bytes);
        Assert.Equal(written, TextDecoder.Detect(stream, "t.csv").WebName);
    }

    [Fact]
    public void Hostile_text_round_trips_and_never_starts_a_csv_cell_as_a_formula()
    {
        string[] names = ["=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "<img src=x onerror=alert(1)>", "'=already guarded", "'apostrof"];
        var c = SectorCatalog.Default;
        var dataset = CooperationDataset.Create(names.Select((n, i) => new Institution($"i{i}", n, c["NGO"])));
        using var target = TempDataset.Empty();
        DatasetWriter.SaveFolder(dataset, target.Folder);
        Assert.Equal(dataset, DatasetReader.Load(target.Folder));
        var cells = File.ReadAllLines(target["institutions.csv"]).Skip(1).Select(l => l.Split(',', 2)[1]).ToArray();
        Assert.All(cells, cell => Assert.DoesNotMatch("^\"?[=+\\-@]", cell));
        Assert.StartsWith("\"'=HYPERLINK", cells[0], StringComparison.Ordinal);

        DatasetWriter.SaveWorkbook(dataset, target["book.xlsx"]);
        Assert.Equal(dataset, DatasetReader.Load(target["book.xlsx"]));
        using var zip = ZipFile.OpenRead(target["book.xlsx"]);
        foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)))
        {
            using var reader = new StreamReader(entry.Open());
            Assert.DoesNotContain("<x:f>", reader.ReadToEnd(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_name_windows_1250_cannot_hold_is_refused_when_saving()
    {
        var dataset = CooperationDataset.Create([new Institution("a", "Управление", SectorCatalog.Default["OPS"])]);
        using var target = TempDataset.Empty();
        var exception = Assert.Throws<InvalidOperationException>(() => DatasetWriter.SaveFolder(dataset, target.Folder, CsvFormat.Windows1250));
        Assert.Contains("cannot be written in windows-1250", exception.Message, StringComparison.Ordinal);
    }
}
