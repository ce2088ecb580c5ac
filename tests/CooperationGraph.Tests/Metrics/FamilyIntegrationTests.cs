using CooperationGraph.Tests.Cli;
using CooperationGraph.Tests.IO;

namespace CooperationGraph.Tests.Metrics;

public class FamilyIntegrationTests
{
    private const string Key = "a-key-of-at-least-sixteen-characters";
    private static string Sample => Path.Combine(CooperationModelReaderTests.RepositoryRoot(), "samples", "loniow");

    [Fact]
    public void No_family_id_from_the_input_appears_in_any_output_of_analyze_or_export()
    {
        var familyIds = DatasetReader.Load(Sample).Beneficiaries.Select(b => b.FamilyId).Distinct().ToList();
        Assert.Equal(7, familyIds.Count);
        using var target = TempDataset.Empty();
        Assert.Equal(0, CliRunner.Run("analyze", Sample, "--out", target["analysis"], "--xlsx", "--compare", "..2019-06-30", "--pseudonym-key", Key).Code);
        foreach (var format in new[] { "gexf", "graphml", "pajek", "json" })
        {
            Assert.Equal(0, CliRunner.Run("export", Sample, "--format", format, "--out", target["export." + format]).Code);
        }

        var files = Directory.GetFiles(target.Folder, "*", SearchOption.AllDirectories);
        Assert.Contains(files, f => f.EndsWith("families.csv", StringComparison.Ordinal));
        foreach (var file in files)
        {
            string text = file.EndsWith(".xlsx", StringComparison.Ordinal) ? Unzipped(file) : File.ReadAllText(file);
            foreach (var id in familyIds)
            {
                Assert.DoesNotContain(id, text, StringComparison.Ordinal);
            }

            Assert.DoesNotContain(Key, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Counts_below_the_threshold_are_suppressed()
    {
        var report = FamilyIntegration.Compute(DatasetReader.Load(Sample), new Pseudonymizer(Key));
        var families = report.PerFamily;
        var pairs = report.SharedFamilies;
        Assert.Equal(7, families.Count);
        Assert.False(report.RandomPseudonyms);
        // Every family got one or two actions: always suppressed.
        Assert.All(families, row => Assert.Equal("<3", row.Actions));
        // RODZINA_06 got vocational training and the internship: OPS, TRAINING_PROVIDER, PUP, GOK → 4 institutions, 4 sectors.
        var sixth = families.Single(f => f.Family == new Pseudonymizer(Key).Pseudonym("RODZINA_06"));
        Assert.Equal(("4", "4"), (sixth.Sectors, sixth.Institutions));
        // Three families saw the dietitian with OPS: 3 is not below 3.
        Assert.Equal("3", pairs.Single(r => r.SourceId == "DIETITIAN").Count);
        Assert.Equal("<3", pairs.Single(r => r.SourceId == "OPS_LONIOW" && r.TargetId == "REHAB_PROVIDER").Count);
        var strict = FamilyIntegration.Compute(DatasetReader.Load(Sample), new Pseudonymizer(Key), threshold: 5).SharedFamilies;
        Assert.Equal("<5", strict.Single(r => r.SourceId == "DIETITIAN").Count);
        // The frames hold the same text, rows in the same order, for families.csv and family_pairs.csv.
        var frame = pairs.ToDataFrame();
        Assert.Equal(["institution", "partner", "families"], frame.Columns.Select(c => c.Name));
        Assert.Equal(pairs.Select(p => p.Count), frame["families"].Cast<string>());
    }

    [Fact]
    public void Pseudonyms_are_stable_under_one_key_and_differ_under_another()
    {
        var a = new Pseudonymizer(Key);
        Assert.Equal(a.Pseudonym("RODZINA_01"), new Pseudonymizer(Key).Pseudonym("RODZINA_01"));
        Assert.NotEqual(a.Pseudonym("RODZINA_01"), new Pseudonymizer(Key + "!").Pseudonym("RODZINA_01"));
        Assert.NotEqual(a.Pseudonym("RODZINA_01"), a.Pseudonym("RODZINA_02"));
        Assert.Matches("^F-[0-9a-f]{12}$", a.Pseudonym("RODZINA_01"));
        Assert.False(Pseudonymizer.FromKeyOrEnvironment(Key).IsRandom);
        Assert.Throws<ArgumentException>(() => new Pseudonymizer("short"));
    }

    [Fact]
    public void Overlapping_services_of_one_kind_are_counted()
    {
        var c = SectorCatalog.Default;
        var dataset = CooperationDataset.Create(
            [new("ops", "OPS", c["OPS"]), new("pcpr", "PCPR", c["PCPR"])],
            actions:
            [
                new("s1", "s", JointActionKind.Service, new DateOnly(2020, 1, 1), [new("ops")], new DateOnly(2020, 6, 30)),
                new("s2", "s", JointActionKind.Service, new DateOnly(2020, 3, 1), [new("pcpr")]),
                new("s3", "s", JointActionKind.Service, new DateOnly(2020, 8, 1), [new("pcpr")]),
            ],
            beneficiaries: [new("f", "s1"), new("f", "s2"), new("f", "s3")]);
        var family = FamilyIntegration.Compute(dataset, new Pseudonymizer(Key), threshold: 1).PerFamily[0];
        Assert.Equal(["3", "2", "2", "1"], [family.Actions, family.Sectors, family.Institutions, family.OverlappingSameKind]);
    }

    [Fact]
    public void Beneficiaries_must_name_known_actions()
    {
        using var data = TempDataset.With(("beneficiaries.csv", "family_id,action_id\nF1,a1\nF2,zz\nF1,a1\n"));
        var problems = data.Problems();
        Assert.Contains(problems, p => p.File == data["beneficiaries.csv"] && p.Line == 3 && p.Message.Contains("'zz' is not a known action", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Line == 4 && p.Message.Contains("listed twice", StringComparison.Ordinal));
    }

    private static string Unzipped(string path)
    {
        using var zip = System.IO.Compression.ZipFile.OpenRead(path);
        return string.Concat(zip.Entries.Select(e => new StreamReader(e.Open()).ReadToEnd()));
    }
}
