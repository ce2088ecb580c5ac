using CooperationGraph.IO;

namespace CooperationGraph.Tests.IO;

/// <summary>An institution's optional short name (the label on maps): read in English and Polish, kept by every writer.</summary>
public class ShortNameTests
{
    [Fact]
    public void The_short_name_column_is_read_in_english_and_polish_and_blank_means_none()
    {
        using var english = TempDataset.With(("institutions.csv", "id,name,short_name,sector\nops,Ośrodek Pomocy Społecznej w Łoniowie,OPS Łoniów,OPS\npcpr,PCPR Sandomierz, ,PCPR\nsp,PSP Łoniów,,SCHOOL\n"));
        var dataset = english.Load();
        Assert.Equal(["OPS Łoniów", null, null], dataset.Institutions.Select(i => i.ShortName));
        Assert.All(dataset.Institutions, i => Assert.Empty(i.Attributes)); // a known column, not an attribute

        using var polish = TempDataset.With(("institutions.csv", null), ("instytucje.csv", "id,nazwa,sektor,Nazwa skrócona\nops,Ośrodek Pomocy Społecznej w Łoniowie,OPS,OPS Łoniów\npcpr,PCPR Sandomierz,PCPR,\nsp,PSP Łoniów,SCHOOL,\n"));
        Assert.Equal(dataset, polish.Load());
        Assert.NotEqual(dataset.Institutions[0], dataset.Institutions[0] with { ShortName = "OPS" });
    }

    [Theory]
    [InlineData("csv", DatasetLanguage.English)]
    [InlineData("csv", DatasetLanguage.Polish)]
    [InlineData("xlsx", DatasetLanguage.Polish)]
    [InlineData("json", DatasetLanguage.English)]
    public void Writers_keep_the_short_name(string format, DatasetLanguage language)
    {
        using var source = TempDataset.With(("institutions.csv", "id,name,sector,short_name\nops,Ośrodek Pomocy Społecznej w Łoniowie,OPS,OPS Łoniów\npcpr,PCPR Sandomierz,PCPR,\nsp,PSP Łoniów,SCHOOL,\n"));
        var dataset = source.Load();
        using var target = TempDataset.With();
        string written = Path.Combine(target.Folder, "out");
        var again = format switch
        {
            "csv" => Save(() => DatasetWriter.SaveFolder(dataset, written, null, language), written),
            "xlsx" => Save(() => DatasetWriter.SaveWorkbook(dataset, written + ".xlsx", language), written + ".xlsx"),
            _ => DatasetJson.FromJson(DatasetJson.ToJson(dataset)),
        };
        Assert.Equal(dataset, again);
        Assert.Equal("OPS Łoniów", again.Institutions[0].ShortName);
        if (format == "csv")
        {
            string header = File.ReadLines(Path.Combine(written, language == DatasetLanguage.Polish ? "instytucje.csv" : "institutions.csv")).First();
            Assert.Equal(language == DatasetLanguage.Polish ? "id,nazwa,sektor,jednostka,poziom,nazwa_skrócona" : "id,name,sector,unit,level,short_name", header.TrimStart('\uFEFF'));
        }

        static CooperationDataset Save(Action save, string path)
        {
            save();
            return DatasetReader.Load(path);
        }
    }

    [Fact]
    public void Without_short_names_no_column_is_written_and_the_template_shows_one()
    {
        var tables = DatasetTables.From(CooperationDataset.Create([new Institution("ops", "OPS", SectorCatalog.Default["OPS"])], [], []));
        Assert.Equal(["id", "name", "sector", "unit", "level"], tables.Single(t => t.Name == "institutions").Header);
        var sheet = DatasetTemplate.Sheets(new TemplateOptions { Language = DatasetLanguage.Polish }).Single(s => s.Name == "instytucje");
        Assert.Contains("nazwa_skrócona", sheet.Header);
        Assert.Contains(sheet.Rows, r => r.Contains("OPS Łoniów"));
    }
}
